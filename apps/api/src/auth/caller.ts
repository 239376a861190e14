import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import { Principal } from './principal';

/** Who is asking and under which request id: what every write records in the audit log. */
export interface Caller {
  readonly principal: Principal;
  readonly requestId: string | null;
  /** The caller's own X-Request-Id, kept beside ours: theirs to correlate, never our id. */
  readonly clientRequestId: string | null;
}

/** The authenticated caller and the request id the request-logging middleware assigned (X-Request-Id). */
export const CurrentCaller = createParamDecorator((_data: unknown, context: ExecutionContext): Caller => {
  const request = context.switchToHttp().getRequest<{ principal?: Principal; id?: unknown; clientRequestId?: unknown }>();
  if (!request.principal) throw new Error('CurrentCaller used on a route AccessGuard did not authenticate');
  return {
    principal: request.principal,
    requestId: typeof request.id === 'string' ? request.id : null,
    clientRequestId: typeof request.clientRequestId === 'string' ? request.clientRequestId : null,
  };
});
