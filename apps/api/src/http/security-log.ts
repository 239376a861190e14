import { Injectable, Logger } from '@nestjs/common';
import { Request } from 'express';
import { Principal, principalKey } from '../auth/principal';

/** A denied attempt: who (when known), from where, at what, and why. */
export interface SecurityEvent {
  /** LOGIN_REFUSED: a wrong password, an unknown login or a deactivated account; WRITE_DENIED: a 401 or 403 on anything but a read. */
  readonly event: 'LOGIN_REFUSED' | 'WRITE_DENIED';
  /** The problem code answered (INVALID_CREDENTIALS, UNAUTHENTICATED, FORBIDDEN, …). */
  readonly code: string;
  /** `user:<id>` or `integration:<id>` when the caller was authenticated (a 403), else null. */
  readonly caller: string | null;
  /** The login name tried, for a refused login. */
  readonly login?: string;
  /** The client's address (behind TRUST_PROXY: the address the proxy reports). */
  readonly address: string;
  readonly method: string;
  readonly path: string;
  readonly requestId: string | null;
}

const READS = new Set(['GET', 'HEAD', 'OPTIONS']);
const LOGIN_REFUSALS = new Set(['INVALID_CREDENTIALS', 'ACCOUNT_DEACTIVATED']);

/**
 * The security log: denied attempts as warn lines of their own (`context: "Security"`, a
 * `security` object), in the process's log — not in the audit log, whose rows are the system's
 * changes and whose chain lock a flood of refusals must not be able to take (and a refused request
 * writes nothing to the database). Ship the log to the SIEM like any other.
 */
@Injectable()
export class SecurityLog {
  private readonly logger = new Logger('Security');

  /** Records the answer if it is a denied attempt; called for every problem the API answers. */
  observe(request: Request & { principal?: Principal; id?: unknown }, status: number, code: string): void {
    if (status !== 401 && status !== 403) return;
    const loginRefused = LOGIN_REFUSALS.has(code);
    if (!loginRefused && READS.has(request.method)) return;
    const body: unknown = request.body;
    const login = loginRefused && typeof body === 'object' && body !== null && typeof (body as { login?: unknown }).login === 'string' ? (body as { login: string }).login.slice(0, 100) : undefined;
    this.record({
      event: loginRefused ? 'LOGIN_REFUSED' : 'WRITE_DENIED',
      code,
      caller: request.principal ? principalKey(request.principal) : null,
      ...(login === undefined ? {} : { login }),
      address: request.ip ?? request.socket.remoteAddress ?? 'unknown',
      method: request.method,
      path: request.originalUrl.split('?')[0],
      requestId: typeof request.id === 'string' ? request.id : null,
    });
  }

  record(event: SecurityEvent): void {
    this.logger.warn({ security: event }, `${event.event} ${event.code} ${event.method} ${event.path} from ${event.address}`);
  }
}
