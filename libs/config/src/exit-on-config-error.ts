import { ConfigError } from './app-config';

/** Entry points wrap their bootstrap in this: a bad environment ends the process with one readable line. */
export function exitOnConfigError(error: unknown): never {
  if (error instanceof ConfigError) {
    process.stderr.write(`${error.message}\n`);
    process.exit(78); // EX_CONFIG
  }
  throw error;
}
