// npm run bench:recovery — Redis lost every deadline job (the bench prefix's keys deleted, nothing
// else): how long the reconciler takes to schedule all of N open deadlines again, beside a bare
// BullMQ addBulk of exactly the same jobs in the same run. BENCH_DEADLINES sets N (default 10 000;
// the full scale is 100 000).
// Then the kill -9 recovery: a worker process killed mid-job, and the time until another worker
// runs its job — with the configured lock and stalled interval (WORKER_LOCK_DURATION_MS,
// WORKER_STALLED_INTERVAL_MS) beside BullMQ's defaults (30 s, 30 s) in the same run.
// BENCH_KILL_TRIALS trials each (default 5; the baseline takes up to a minute a trial).
import { killRecoveryMs } from './support/kill-recovery';
import { benchConfig, deleteQueueKeys, freshBenchDatabase, report } from './support/write-path-env';
import { rebuildSchedule } from './support/write-path-schedule';
import { deliveredProtest, prosecutorSession, startApi } from './support/write-path-seed';

async function main(): Promise<void> {
  const count = Number(process.env.BENCH_DEADLINES ?? 10_000);
  const databaseUrl = await freshBenchDatabase('pao_bench_writes');
  const config = benchConfig(databaseUrl, `bench-rec-${process.pid}`, { RECONCILE_INTERVAL_MS: '86400000' });
  const api = await startApi(config);
  const template = await deliveredProtest(api.baseUrl, await prosecutorSession(api.baseUrl));
  await api.app.close();
  try {
    const run = await rebuildSchedule(databaseUrl, config, template, count);
    process.stdout.write(`recovery: ${run.deadlines} open deadlines, ${run.jobs} jobs\n`);
    const ratio = run.reconcileMs / run.bareAddBulkMs;
    const trials = Number(process.env.BENCH_KILL_TRIALS ?? 5);
    const childEnv = (overrides: Record<string, string>) => ({ DATABASE_URL: databaseUrl, REDIS_URL: config.REDIS_URL!, QUEUE_PREFIX: config.QUEUE_PREFIX, NODE_ENV: 'test', ...overrides });
    const configured = await killRecoveryMs(config, childEnv({}), trials);
    const bullDefaults = { WORKER_LOCK_DURATION_MS: '30000', WORKER_STALLED_INTERVAL_MS: '30000' };
    const defaults = await killRecoveryMs(benchConfig(databaseUrl, config.QUEUE_PREFIX, bullDefaults), childEnv(bullDefaults), trials);
    const worst = Math.max(...configured);
    const worstDefault = Math.max(...defaults);
    process.stdout.write(`kill -9: back after ${configured.join(', ')} ms (configured); ${defaults.join(', ')} ms (BullMQ defaults)\n`);
    report('recovery', [
      { name: `job back after kill -9 of its worker, worst of ${trials} (lock ${config.WORKER_LOCK_DURATION_MS} ms, stalled check ${config.WORKER_STALLED_INTERVAL_MS} ms; baseline: BullMQ's 30 s / 30 s)`, value: worst, unit: 'ms', baseline: worstDefault, ratio: worst / worstDefault, goal: '≤ 5000 ms', met: worst <= 5000 },
      { name: `reconciler rebuild of ${run.deadlines} deadlines`, value: run.reconcileMs, unit: 'ms', baseline: run.bareAddBulkMs, ratio, goal: '≤ 2×', met: ratio <= 2 },
      { name: 'jobs lost (planned id absent after rebuild)', value: run.lost, unit: 'jobs', baseline: run.bareLost, goal: '= 0', met: run.lost === 0 },
    ], { deadlines: run.deadlines, jobs: run.jobs, killRecoveryMs: configured, killRecoveryBullDefaultsMs: defaults });
  } finally {
    await deleteQueueKeys(config.QUEUE_PREFIX);
  }
}

main().then(
  () => process.exit(0),
  (error: Error) => {
    process.stderr.write(`${error.stack}\n`);
    process.exit(1);
  },
);
