import { ConfigError } from './app-config';

/** Entry points wrap their bootstrap in this: a bad environment ends the process with one readable line. */
export function exitOnConfigError(error: unknown): never {
  if (error instanceof ConfigError) {
    process.stderr.write(`${error.message}\n`);
    process.exit(78); // EX_CONFIG
  }
  throw error;
}

/**
 * Runs a `listen` for the port a setting names; a port another process holds ends the start with
 * one line naming the setting (a ConfigError) instead of a stack trace.
 */
export async function listenOn<T>(variable: string, host: string, port: number, listen: () => Promise<T>): Promise<T> {
  try {
    return await listen();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') throw new ConfigError(variable, `${host}:${port} is taken by another process: choose another port`);
    if (code === 'EADDRNOTAVAIL') throw new ConfigError(variable, `${host} is not an address of this machine`);
    throw error;
  }
}
