// npm run bench:memory — RSS of the API and the worker (child processes) at rest and under filing
// load, and Redis bytes per pending deadline (INFO used_memory delta after the reconciler schedules
// N open deadlines) beside a bare BullMQ addBulk of the same jobs. BENCH_DEADLINES sets N
// (default 10 000). used_memory is server-wide: another client's writes during the run skew it.
import autocannon from 'autocannon';
import { freePort, rssMb, spawnApp, stop, waitReady } from './support/write-path-child';
import { REDIS_URL, benchConfig, deleteQueueKeys, freshBenchDatabase, report } from './support/write-path-env';
import { rebuildSchedule } from './support/write-path-schedule';
import { cloneCases, deliveredProtest, PROTEST_BODY, prosecutorSession } from './support/write-path-seed';

const LOAD_SECONDS = 10;

async function main(): Promise<void> {
  const count = Number(process.env.BENCH_DEADLINES ?? 10_000);
  const databaseUrl = await freshBenchDatabase('pao_bench_writes');
  const prefix = `bench-mem-${process.pid}`;
  const [apiPort, healthPort] = [await freePort(), await freePort()];
  const env = { DATABASE_URL: databaseUrl, REDIS_URL, QUEUE_PREFIX: prefix, LOG_LEVEL: 'warn', RATE_LIMIT_MAX: '100000000' };
  const api = spawnApp('api', { ...env, API_HOST: '127.0.0.1', API_PORT: String(apiPort) });
  const worker = spawnApp('worker', { ...env, WORKER_HEALTH_HOST: '127.0.0.1', WORKER_HEALTH_PORT: String(healthPort) });
  try {
    await waitReady(`http://127.0.0.1:${apiPort}/health/ready`);
    await waitReady(`http://127.0.0.1:${healthPort}/health/ready`);
    const baseUrl = `http://127.0.0.1:${apiPort}/api/v1`;
    await new Promise((resolve) => setTimeout(resolve, 3000));
    const rest = { api: rssMb(api.pid!), worker: rssMb(worker.pid!) };
    const session = await prosecutorSession(baseUrl);
    const caseIds = await cloneCases(databaseUrl, session.caseId, 1000);
    // Load: filings at 16 connections, RSS of both processes sampled every 250 ms. (Filings are
    // drafts: they have no deadlines, so the worker is at rest here — its load is in bench:lateness.)
    let next = 0;
    const peak = { api: rest.api, worker: rest.worker };
    const sampler = setInterval(() => {
      peak.api = Math.max(peak.api, rssMb(api.pid!));
      peak.worker = Math.max(peak.worker, rssMb(worker.pid!));
    }, 250);
    await autocannon({
      url: `${baseUrl}/acts/protests`,
      method: 'POST',
      connections: 16,
      duration: LOAD_SECONDS,
      headers: { 'content-type': 'application/json', authorization: `Bearer ${session.token}` },
      requests: [{ setupRequest: (request) => ({ ...request, body: JSON.stringify(PROTEST_BODY(caseIds[(next += 1) % caseIds.length])) }) }],
    });
    clearInterval(sampler);
    const template = await deliveredProtest(baseUrl, session);
    await stop(worker);
    // Redis bytes: the in-process reconciler under its own prefix (the child worker is stopped).
    const run = await rebuildSchedule(databaseUrl, benchConfig(databaseUrl, `${prefix}-r`, { RECONCILE_INTERVAL_MS: '86400000' }), template, count);
    await deleteQueueKeys(`${prefix}-r`);
    const ratio = run.redisBytesPerDeadline / run.bareRedisBytesPerDeadline;
    report('memory', [
      { name: 'API RSS at rest', value: rest.api, unit: 'MB' },
      { name: `API RSS peak under filing load (c=16, ${LOAD_SECONDS} s)`, value: peak.api, unit: 'MB' },
      { name: 'worker RSS at rest', value: rest.worker, unit: 'MB' },
      { name: 'worker RSS peak during the API load', value: peak.worker, unit: 'MB' },
      { name: `Redis bytes per pending deadline (${(run.jobs / run.deadlines).toFixed(1)} jobs)`, value: run.redisBytesPerDeadline, unit: 'bytes', baseline: run.bareRedisBytesPerDeadline, ratio, goal: '≤ 1.2×', met: ratio <= 1.2 },
    ], { deadlines: run.deadlines, jobs: run.jobs, bytesPerJob: run.redisBytesPerDeadline * (run.deadlines / run.jobs), bareBytesPerJob: run.bareRedisBytesPerDeadline * (run.deadlines / run.jobs) });
  } finally {
    await stop(api);
    await stop(worker);
    await deleteQueueKeys(prefix);
  }
}

main().then(
  () => process.exit(0),
  (error: Error) => {
    process.stderr.write(`${error.stack}\n`);
    process.exit(1);
  },
);
