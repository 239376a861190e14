import { ActRefusalCode, DomainRefusalCode, EditionRefusalCode, formatCitation, Refusal } from '@app/domain';
import { HttpStatus } from '@nestjs/common';
import { ProblemException } from '../http/problem-details';

/** Refusals about who is asking: the caller may see the act but not fire this event. */
const CALLER_REFUSALS: ReadonlySet<string> = new Set([
  ActRefusalCode.ACTOR_NOT_ALLOWED,
  ActRefusalCode.NOT_ACT_OFFICE,
  ActRefusalCode.NOT_HIGHER_PROSECUTOR,
  ActRefusalCode.NOT_HEAD_OF_OFFICE,
  ActRefusalCode.PROTEST_SUSPENSION_RESERVED,
]);

/** The status a domain refusal answers with (see refusalProblem). */
export function refusalStatus(code: DomainRefusalCode): HttpStatus {
  // The act's state (or its document's, or its edition's) does not allow it yet: 409, like a stale view.
  if (code === ActRefusalCode.EVENT_NOT_ALLOWED_IN_STATE || code === ActRefusalCode.DOCUMENT_NOT_SIGNED || code === EditionRefusalCode.EDITION_CHANGED_SINCE_DRAFT) return HttpStatus.CONFLICT;
  return CALLER_REFUSALS.has(code) ? HttpStatus.FORBIDDEN : HttpStatus.UNPROCESSABLE_ENTITY;
}

/**
 * A domain refusal as an HTTP problem: 409 when the act's state does not allow the event (the
 * client's view of the act is stale), 403 when the caller is not the one the statute names,
 * 422 when the request itself breaks a rule. Always with the code, the article and the field.
 */
export function refusalProblem(refusal: Refusal, context: { state?: string; event?: string } = {}): ProblemException {
  return new ProblemException({
    status: refusalStatus(refusal.code),
    title: refusal.message,
    code: refusal.code,
    article: refusal.citation ? formatCitation(refusal.citation) : undefined,
    state: context.state,
    event: context.event,
    errors: refusal.field ? [{ field: refusal.field, code: refusal.code, message: refusal.message }] : undefined,
  });
}
