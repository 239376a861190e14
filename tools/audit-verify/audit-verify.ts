import { loadDatabaseUrl } from '@app/config';
import { dataSourceOptions, verifyAuditChain } from '@app/persistence';
import { DataSource } from 'typeorm';

export interface AuditVerifyOutcome {
  /** 0: intact. 1: broken. */
  readonly exitCode: 0 | 1;
  readonly message: string;
}

/** Verifies the chain of the database the environment names; throws ConfigError on a bad environment. */
export async function auditVerify(env: NodeJS.ProcessEnv | Record<string, string | undefined>): Promise<AuditVerifyOutcome> {
  const dataSource = await new DataSource(dataSourceOptions(loadDatabaseUrl(env), 1)).initialize();
  try {
    const report = await verifyAuditChain(dataSource);
    if (!report.firstBroken) return { exitCode: 0, message: `audit chain intact: ${report.checked} rows` };
    const { id, reason } = report.firstBroken;
    const why = reason === 'HASH_MISMATCH' ? 'its content does not match its hash' : 'it does not point at the hash of the row before it';
    return { exitCode: 1, message: `audit chain BROKEN at row ${id} (${reason}): ${why}; the ${report.checked - 1} rows before it are intact` };
  } finally {
    await dataSource.destroy();
  }
}
