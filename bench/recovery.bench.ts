// npm run bench:recovery — Redis lost every deadline job (the bench prefix's keys deleted, nothing
// else): how long the reconciler takes to schedule all of N open deadlines again, beside a bare
// BullMQ addBulk of exactly the same jobs in the same run. BENCH_DEADLINES sets N (default 10 000;
// the full scale is 100 000).
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
    report('recovery', [
      { name: `reconciler rebuild of ${run.deadlines} deadlines`, value: run.reconcileMs, unit: 'ms', baseline: run.bareAddBulkMs, ratio, goal: '≤ 2×', met: ratio <= 2 },
      { name: 'jobs lost (planned id absent after rebuild)', value: run.lost, unit: 'jobs', baseline: run.bareLost, goal: '= 0', met: run.lost === 0 },
    ], { deadlines: run.deadlines, jobs: run.jobs });
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
