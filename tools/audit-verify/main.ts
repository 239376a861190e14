import { ConfigError, exitOnConfigError } from '@app/config';
import { auditVerify } from './audit-verify';

/**
 * `npm run audit:verify`: recomputes the audit log's hash chain in PostgreSQL (DATABASE_URL).
 * Exit 0: "audit chain intact: N rows". Exit 1: the first broken row is named. Exit 2: it could
 * not check (database unreachable, …). Exit 78: the environment is invalid.
 */
auditVerify(process.env)
  .then(({ exitCode, message }) => {
    process.stdout.write(`${message}\n`);
    process.exit(exitCode);
  })
  .catch((error: unknown) => {
    if (error instanceof ConfigError) exitOnConfigError(error);
    process.stderr.write(`audit chain not verified: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(2);
  });
