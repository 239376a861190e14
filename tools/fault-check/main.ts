import { ConfigError, exitOnConfigError, loadDatabaseUrl } from '@app/config';
import { checkDeadlineConsistency, ConsistencyReport } from './deadline-consistency';

/**
 * `npm run faults:check [-- --as-of=<ISO instant>] [-- --json]`: the offline consistency check of
 * DATABASE_URL after a fault-injection run (tools/fault-check/deadline-consistency.ts).
 * Exit 0: consistent. Exit 1: violations (each named, with examples). Exit 2: it could not check.
 * Exit 78: the environment is invalid.
 */
async function main(): Promise<number> {
  const asOfArg = process.argv.find((arg) => arg.startsWith('--as-of='))?.slice('--as-of='.length);
  const asOf = asOfArg ? new Date(asOfArg) : undefined;
  if (asOf && Number.isNaN(asOf.getTime())) throw new Error(`--as-of must be an ISO instant, got '${asOfArg}'`);
  const report = await checkDeadlineConsistency(loadDatabaseUrl(process.env), { asOf });
  process.stdout.write(process.argv.includes('--json') ? `${JSON.stringify(report, null, 2)}\n` : describe(report));
  return report.ok ? 0 : 1;
}

function describe(report: ConsistencyReport): string {
  const { figures } = report;
  const lines = [
    `deadline consistency as of ${report.asOf}: ${report.ok ? 'CONSISTENT' : 'VIOLATIONS FOUND'}`,
    `  acts ${figures.acts}, deadlines ${figures.deadlines}, ran out ${figures.dueDeadlines}, MISSED ${figures.missedDeadlines}`,
    `  breach notices ${figures.breachNotices}, breach webhook deliveries ${figures.breachWebhookDeliveries}, audit rows verified ${figures.auditRowsVerified}, outbox unrelayed ${figures.outboxUnrelayed}`,
    `  missing ${report.missing}, doubled ${report.doubled}, half-written ${report.halfWritten}`,
  ];
  for (const [violation, findings] of Object.entries(report.violations)) {
    lines.push(`  ${violation}: ${findings.count}`, ...findings.examples.map((example) => `    - ${example}`));
  }
  return `${lines.join('\n')}\n`;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof ConfigError) exitOnConfigError(error);
    process.stderr.write(`deadline consistency not checked: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(2);
  },
);
