import { ActRefusalCode, CalendarRefusalCode, EditionRefusalCode, LedgerRefusalCode, TermRefusalCode } from '@app/domain';
import { HttpStatus } from '@nestjs/common';
import { ApiErrorCode, HttpErrorCode } from './error-codes';

/** What one problem code means and the status it comes with (several where the cause decides). */
export interface ProblemCodeDoc {
  readonly statuses: readonly HttpStatus[];
  readonly meaning: string;
}

const doc = (statuses: HttpStatus | HttpStatus[], meaning: string): ProblemCodeDoc => ({ statuses: Array.isArray(statuses) ? statuses : [statuses], meaning });
const { BAD_REQUEST, UNAUTHORIZED, FORBIDDEN, NOT_FOUND, METHOD_NOT_ALLOWED, CONFLICT, PRECONDITION_FAILED, PAYLOAD_TOO_LARGE, UNSUPPORTED_MEDIA_TYPE, UNPROCESSABLE_ENTITY, TOO_MANY_REQUESTS, INTERNAL_SERVER_ERROR, SERVICE_UNAVAILABLE } = HttpStatus;

/**
 * Every problem code, its status and what a client should make of it. A Record over the union of
 * codes: a code added to the code base without a line here does not compile. Published in the
 * OpenAPI document (`x-enumDescriptions` of ProblemCode) and in docs/error-codes.md.
 */
export const PROBLEM_CODES: Readonly<Record<ApiErrorCode, ProblemCodeDoc>> = {
  [HttpErrorCode.MALFORMED_JSON]: doc(BAD_REQUEST, 'The body is not valid JSON.'),
  [HttpErrorCode.UNREADABLE_BODY]: doc(BAD_REQUEST, 'The body could not be read (a broken transfer or encoding).'),
  [HttpErrorCode.BODY_TOO_DEEP]: doc(BAD_REQUEST, 'The JSON nests deeper than any request needs.'),
  [HttpErrorCode.PAYLOAD_TOO_LARGE]: doc(PAYLOAD_TOO_LARGE, 'The body is larger than BODY_LIMIT_BYTES.'),
  [HttpErrorCode.UNSUPPORTED_MEDIA_TYPE]: doc(UNSUPPORTED_MEDIA_TYPE, 'Send the body as application/json.'),
  [HttpErrorCode.VALIDATION_FAILED]: doc(UNPROCESSABLE_ENTITY, 'A field, query or path parameter or header is wrong; `errors[]` names each one and why.'),
  [HttpErrorCode.BAD_REQUEST]: doc(BAD_REQUEST, 'The request cannot be read at all (e.g. a path that is not valid percent-encoding).'),
  [HttpErrorCode.NOT_FOUND]: doc(NOT_FOUND, 'Nothing with this id within your reach — the same answer whether it exists elsewhere or not at all.'),
  [HttpErrorCode.METHOD_NOT_ALLOWED]: doc(METHOD_NOT_ALLOWED, 'The route does not take this method.'),
  [HttpErrorCode.RATE_LIMITED]: doc(TOO_MANY_REQUESTS, 'Too many requests in the window: wait Retry-After seconds.'),
  [HttpErrorCode.HTTP_ERROR]: doc(BAD_REQUEST, 'Another HTTP-level refusal; `title` says which.'),
  [HttpErrorCode.INTERNAL_ERROR]: doc(INTERNAL_SERVER_ERROR, 'An unexpected failure; nothing was changed. Quote `errorId` when reporting it.'),
  [HttpErrorCode.UNAUTHENTICATED]: doc(UNAUTHORIZED, 'No valid Bearer access token or X-Api-Key: log in again, or check the key.'),
  [HttpErrorCode.FORBIDDEN]: doc(FORBIDDEN, 'Your role or your key’s scopes do not open this route.'),
  [HttpErrorCode.INVALID_CREDENTIALS]: doc(UNAUTHORIZED, 'The login or the password is wrong, or the account is inactive.'),
  [HttpErrorCode.INVALID_REFRESH_TOKEN]: doc(UNAUTHORIZED, 'The refresh token is expired, revoked or already spent (a replay revokes its whole family): log in again.'),
  [HttpErrorCode.ACCOUNT_DEACTIVATED]: doc(UNAUTHORIZED, 'The password is right but the account is deactivated: an administrator of the office reactivates it.'),
  [HttpErrorCode.LOGIN_BUSY]: doc(SERVICE_UNAVAILABLE, 'Too many sign-ins at once: the password checks are queued up to PASSWORD_CHECK_QUEUE; retry after Retry-After seconds.'),
  [HttpErrorCode.IDEMPOTENCY_KEY_REUSED]: doc(UNPROCESSABLE_ENTITY, 'This Idempotency-Key was used for another request: use a new key for a new request.'),
  [HttpErrorCode.IDEMPOTENCY_REQUEST_IN_PROGRESS]: doc(CONFLICT, 'A request with this Idempotency-Key has not finished: retry once it has answered.'),
  [HttpErrorCode.INVALID_IF_MATCH]: doc(BAD_REQUEST, 'If-Match must carry the act’s version as its ETag gives it, e.g. "3".'),
  [HttpErrorCode.PRECONDITION_FAILED]: doc(PRECONDITION_FAILED, 'The act has moved on from the version in If-Match: read it again, then decide.'),
  [HttpErrorCode.VERSION_CONFLICT]: doc(CONFLICT, 'Another change of the act won the race: read it again and retry.'),
  [HttpErrorCode.IF_MATCH_REQUIRED]: doc(HttpStatus.PRECONDITION_REQUIRED, 'A draft is corrected only against the version you read: send its ETag as If-Match.'),
  [HttpErrorCode.ACT_NOT_A_DRAFT]: doc(CONFLICT, 'Only a draft is corrected; an issued act changes through its events (an amendment by the higher prosecutor, art. 8).'),
  [HttpErrorCode.ALREADY_RESPONSIBLE]: doc(CONFLICT, 'The person named already answers for this case or act.'),
  [HttpErrorCode.ACT_CLOSED]: doc(CONFLICT, 'The act’s life cycle has ended; there is nothing left to answer for.'),
  [HttpErrorCode.USER_HAS_OPEN_WORK]: doc(CONFLICT, 'The user answers for acts still in their life cycle: name who takes them over (`reassignTo`), or reassign them first.'),
  [HttpErrorCode.ABSENCE_OVERLAPS]: doc(CONFLICT, 'The user already has an absence that overlaps these dates.'),
  [HttpErrorCode.CASE_NUMBER_TAKEN]: doc(CONFLICT, 'Your office already has a case with this number: numbers are unique per office (ADR 0008).'),
  [HttpErrorCode.OFFICE_CODE_TAKEN]: doc(CONFLICT, 'An office with this code exists.'),
  [HttpErrorCode.LOGIN_TAKEN]: doc(CONFLICT, 'A user with this login exists.'),
  [HttpErrorCode.SELF_LOCKOUT]: doc(CONFLICT, 'An administrator cannot deactivate their own account or give up their own role.'),
  [HttpErrorCode.DELIVERY_NOT_REDELIVERABLE]: doc(CONFLICT, 'Only a FAILED or DEAD webhook delivery is sent again.'),
  [HttpErrorCode.SUBSCRIPTION_INACTIVE]: doc(CONFLICT, 'Nothing is sent for a deactivated webhook subscription.'),
  [HttpErrorCode.DATE_NOT_COVERED]: doc(UNPROCESSABLE_ENTITY, 'The date is outside the years the production calendar covers.'),
  [HttpErrorCode.CALENDAR_ENTRY_EXISTS]: doc(CONFLICT, 'A calendar entry with this id exists.'),
  [HttpErrorCode.CALENDAR_INCONSISTENT]: doc(UNPROCESSABLE_ENTITY, 'The edit would leave the calendar contradicting itself (e.g. two entries for one day).'),
  [HttpErrorCode.ACT_TEXT_LANGUAGE_MISSING]: doc(CONFLICT, 'The act has no text in the language asked for: write it (PATCH the draft) or ask for the other language.'),
  [HttpErrorCode.DOCUMENT_NOT_PREPARED]: doc(CONFLICT, 'No PDF of the draft as it stands in this language: download it (GET …/document), sign those bytes, then send the signature.'),
  [HttpErrorCode.MULTIPART_REQUIRED]: doc(UNSUPPORTED_MEDIA_TYPE, 'Upload a file as multipart/form-data, in one part named `file`.'),
  [HttpErrorCode.INVALID_UPLOAD]: doc(BAD_REQUEST, 'The multipart body is broken, or has no part `file`, or more than one file; nothing was stored.'),
  [HttpErrorCode.ATTACHMENT_TOO_LARGE]: doc(PAYLOAD_TOO_LARGE, 'The file is larger than ATTACHMENT_MAX_BYTES (`detail` says the limit); nothing was stored.'),
  [HttpErrorCode.ATTACHMENT_TYPE_NOT_ALLOWED]: doc(UNSUPPORTED_MEDIA_TYPE, 'The file’s content is not of an allowed type (ATTACHMENT_TYPES: PDF, JPEG, PNG, TIFF by default), whatever its name says; nothing was stored.'),
  [HttpErrorCode.ATTACHMENT_LOCKED]: doc(CONFLICT, 'The act was issued: its files are part of the record and are no longer deleted.'),
  [HttpErrorCode.SIGNATURE_MALFORMED]: doc(UNPROCESSABLE_ENTITY, 'The signature is not a base64 DER CMS (PKCS#7) SignedData, detached, with one signer and its certificate.'),
  [HttpErrorCode.SIGNATURE_GOST_NOT_SUPPORTED]: doc(UNPROCESSABLE_ENTITY, 'GOST 34.310 (and other GOST) signatures are not verified yet: sign with an RSA key (out of scope for now, not a fault of the signature).'),
  [HttpErrorCode.SIGNATURE_ALGORITHM_NOT_SUPPORTED]: doc(UNPROCESSABLE_ENTITY, 'Only RSA signatures with SHA-256, SHA-384 or SHA-512 are verified.'),
  [HttpErrorCode.SIGNATURE_DOCUMENT_MISMATCH]: doc(UNPROCESSABLE_ENTITY, 'The signature is not over this PDF: sign the bytes GET …/document answers now.'),
  [HttpErrorCode.SIGNATURE_INVALID]: doc(UNPROCESSABLE_ENTITY, 'The signature does not verify with its certificate.'),
  [HttpErrorCode.SIGNATURE_CERTIFICATE_UNTRUSTED]: doc(UNPROCESSABLE_ENTITY, 'The signer’s certificate does not chain to a trusted root (SIGNATURE_TRUST_ANCHORS_FILE).'),
  [HttpErrorCode.SIGNATURE_CERTIFICATE_NOT_VALID]: doc(UNPROCESSABLE_ENTITY, 'The signer’s certificate (or one of its chain) was not valid at the signing time.'),
  [HttpErrorCode.SIGNATURE_KEY_USAGE_NOT_ALLOWED]: doc(UNPROCESSABLE_ENTITY, 'The signer’s certificate is not for signing: its key usage lacks digitalSignature and nonRepudiation.'),
  [HttpErrorCode.SIGNING_TIME_IMPLAUSIBLE]: doc(UNPROCESSABLE_ENTITY, 'The signing time is in the future, or before the PDF it signs was prepared.'),

  [ActRefusalCode.EVENT_NOT_ALLOWED_IN_STATE]: doc(CONFLICT, 'The act’s state does not allow the event (`state`, `event`, `article` say which): read the act again; `allowedEvents` lists what may be fired.'),
  [ActRefusalCode.ACTOR_NOT_ALLOWED]: doc(FORBIDDEN, 'Your role never fires this event (e.g. an event only the deadline engine fires).'),
  [ActRefusalCode.NOT_ACT_OFFICE]: doc(FORBIDDEN, 'Only a prosecutor of the act’s (or the case’s) own office may do this.'),
  [ActRefusalCode.NOT_HIGHER_PROSECUTOR]: doc(FORBIDDEN, 'Only a supervisor of a strictly higher office may do this (arts. 8.2, 8.3, 16.1, 5.4, 24.5).'),
  [ActRefusalCode.EVENT_BEFORE_PRIOR_STATE]: doc(UNPROCESSABLE_ENTITY, 'A reported instant (`errors[].field`) is earlier than the state it follows — a receipt before the issue, a decision before the receipt. Office policy: the statute sets no rule on the order of facts.'),
  [ActRefusalCode.INVALID_PAYLOAD]: doc(UNPROCESSABLE_ENTITY, 'A field of the event’s payload is missing or wrong; `errors[].field` names it (GET /act-types lists what each event takes).'),
  [ActRefusalCode.ANONYMOUS_APPLICATION]: doc(UNPROCESSABLE_ENTITY, 'An application without an identified author is not examined (art. 7.4).'),
  [ActRefusalCode.PROTEST_CANNOT_SUSPEND_LAW]: doc(UNPROCESSABLE_ENTITY, 'A protest against a law does not suspend it (art. 19.5).'),
  [ActRefusalCode.ORDER_AGAINST_NORMATIVE_ACT]: doc(UNPROCESSABLE_ENTITY, 'An order may not be issued against a normative legal act (art. 24.1).'),
  [ActRefusalCode.ORDER_GROUNDS_NOT_MET]: doc(UNPROCESSABLE_ENTITY, 'An order needs an obvious violation that may cause substantial harm and was not removed at once (art. 24.1).'),
  [ActRefusalCode.ORDER_CONTENT_INCOMPLETE]: doc(UNPROCESSABLE_ENTITY, 'An order names the violated norms and concrete measures (art. 24.2).'),
  [ActRefusalCode.NO_PENDING_COMPLAINT]: doc(UNPROCESSABLE_ENTITY, 'Execution is suspended, and a complaint decided, only while a complaint is pending (arts. 8.2, 24.5).'),
  [ActRefusalCode.COMPULSORY_EXECUTION_OF_PROPERTY_DEPRIVATION]: doc(UNPROCESSABLE_ENTITY, 'Requirements that deprive someone of property are not executed compulsorily (art. 26-1.1).'),
  [ActRefusalCode.BRING_BY_FORCE_WITHOUT_REFUSAL_TO_APPEAR]: doc(UNPROCESSABLE_ENTITY, 'A person is brought by force only after refusing to appear (art. 26-1.3).'),
  [ActRefusalCode.ELECTRONIC_SIGNATURE_NOT_PERMITTED]: doc(UNPROCESSABLE_ENTITY, 'A sanction of a covert action obtaining protected secrets is not signed electronically (art. 21.2).'),
  [ActRefusalCode.TERM_MISSED_WRONG_DEADLINE]: doc(UNPROCESSABLE_ENTITY, 'The missed clock does not end this act’s term.'),
  [ActRefusalCode.ACT_TEXT_MISSING]: doc(UNPROCESSABLE_ENTITY, 'The act has no text: give `text.kk` or `text.ru` (policy: an act is a document).'),
  [ActRefusalCode.ACT_TEXT_INCOMPLETE]: doc(UNPROCESSABLE_ENTITY, 'The text lacks a part its act type requires (`errors[].field`, e.g. text.ru.demands; `article`: 19.1, 19.4, 24.2, 25.1, or none where it is policy).'),
  [ActRefusalCode.DOCUMENT_NOT_SIGNED]: doc(CONFLICT, 'The office requires this act type’s document to be signed before it is issued (SIGNATURE_REQUIRED_ACT_TYPES): sign its PDF first.'),
  [ActRefusalCode.ACT_TYPE_NOT_IN_EDITION]: doc(UNPROCESSABLE_ENTITY, 'The statute edition that judges the act has no such act or resolution kind (Law No. 155-VII has no order and no warning, art. 32.1); `article` and `title` say why.'),
  [ActRefusalCode.NOT_HEAD_OF_OFFICE]: doc(FORBIDDEN, 'Reserved to the head (or a deputy) of the act’s own office: a supervisor of that office (155-VII arts. 26.11, 40).'),
  [ActRefusalCode.PROTEST_TARGET_NOT_PROTESTABLE]: doc(UNPROCESSABLE_ENTITY, 'Legislative acts and acts of the President, the Presidential Administration, the Constitutional Court and the Supreme Audit Chamber (on its audits) are not protested (155-VII art. 33.6).'),
  [ActRefusalCode.PROTEST_SUSPENSION_RESERVED]: doc(FORBIDDEN, 'Only the heads 155-VII art. 33.5 names (a supervisor of the office) suspend the protested act.'),
  [ActRefusalCode.SUBMISSION_TERM_WITHOUT_URGENCY]: doc(UNPROCESSABLE_ENTITY, 'A submission is considered within 30 calendar days; set a term of your own only with the urgency ground (155-VII art. 36.2).'),
  [ActRefusalCode.SANCTION_REFUSAL_WITHOUT_REASONS]: doc(UNPROCESSABLE_ENTITY, 'A refusal to sanction states its reasons and grounds (`reasons`, 155-VII art. 34.2).'),
  [ActRefusalCode.INSTRUCTION_SUBJECT_MISSING]: doc(UNPROCESSABLE_ENTITY, 'Name the matter of 155-VII art. 35.1 the instruction is given on (`subject`).'),
  [ActRefusalCode.INSPECTION_NOT_REGISTERED]: doc(UNPROCESSABLE_ENTITY, 'An inspection starts only once its resolution is registered: give `registrationNumber` (155-VII art. 18.4).'),
  [ActRefusalCode.COMPLAINT_FILING_TERM_EXPIRED]: doc(UNPROCESSABLE_ENTITY, 'A complaint is filed within 3 months of learning of the act, unless the office restored the term (`restoredTerm`, 155-VII art. 25.1).'),
  [ActRefusalCode.BRING_BY_FORCE_AT_NIGHT]: doc(UNPROCESSABLE_ENTITY, 'Nobody is brought by force at night (155-VII art. 26.13; night 22:00–06:00 Asia/Almaty is policy).'),
  [ActRefusalCode.BRING_BY_FORCE_EXEMPT_PERSON]: doc(UNPROCESSABLE_ENTITY, 'Children under 14, minors without notice to their representative, pregnant women and the medically unfit are not brought by force (155-VII art. 26.14).'),
  [TermRefusalCode.BELOW_STATUTORY_MINIMUM]: doc(UNPROCESSABLE_ENTITY, 'The term you set is below the statute’s floor (e.g. a protest: at least 10 calendar days, art. 19.3).'),
  [TermRefusalCode.ABOVE_STATUTORY_MAXIMUM]: doc(UNPROCESSABLE_ENTITY, 'The term you set is above the statute’s ceiling (e.g. a submission: at most 30 calendar days, art. 25.2).'),
  [TermRefusalCode.REQUIRED]: doc(UNPROCESSABLE_ENTITY, 'This act must carry a term set by the prosecutor (arts. 20.3, 24.3).'),
  [TermRefusalCode.NOT_PRESCRIBABLE]: doc(UNPROCESSABLE_ENTITY, 'The statute (or office policy) fixes this clock: no term may be set.'),
  [TermRefusalCode.NOT_A_POSITIVE_WHOLE_NUMBER]: doc(UNPROCESSABLE_ENTITY, 'A term is a whole number of days, at least 1.'),
  [TermRefusalCode.UNKNOWN_RULE]: doc(UNPROCESSABLE_ENTITY, 'The statute edition has no such clock.'),
  [LedgerRefusalCode.NOT_RUNNING]: doc(UNPROCESSABLE_ENTITY, 'The clock is not running (it is paused or met).'),
  [LedgerRefusalCode.NOT_PAUSED]: doc(UNPROCESSABLE_ENTITY, 'The clock is not paused, so it cannot resume.'),
  [LedgerRefusalCode.ALREADY_MET]: doc(UNPROCESSABLE_ENTITY, 'The clock was met already.'),
  [LedgerRefusalCode.EXPIRED]: doc(UNPROCESSABLE_ENTITY, 'The term already ran out: it cannot be extended or paused now.'),
  [LedgerRefusalCode.BEFORE_TRIGGER]: doc(UNPROCESSABLE_ENTITY, 'The instant given is before the clock started.'),
  [LedgerRefusalCode.OUT_OF_ORDER]: doc(UNPROCESSABLE_ENTITY, 'The instant given is before the clock’s last recorded event.'),
  [LedgerRefusalCode.NOT_EXTENDABLE]: doc(UNPROCESSABLE_ENTITY, 'The statute allows no extension of this clock (art. 5.4 names the ones it does).'),
  [LedgerRefusalCode.INTERNAL_TARGET_AFTER_DUE]: doc(UNPROCESSABLE_ENTITY, 'An internal target must fall before the statutory due instant.'),
  [LedgerRefusalCode.EXTENSION_ABOVE_MAXIMUM]: doc(UNPROCESSABLE_ENTITY, 'The extensions would exceed what the statute allows in all (155-VII art. 18.4: 30 working days), or are not in its unit.'),
  [EditionRefusalCode.NO_EDITION_IN_FORCE]: doc(UNPROCESSABLE_ENTITY, 'No installed statute edition covers the day (e.g. the 2017 law, which is not shipped); `detail` names the gap (docs/adr/0010).'),
  [EditionRefusalCode.EDITION_CHANGED_SINCE_DRAFT]: doc(CONFLICT, 'The draft was written under another edition than the one in force on the day it is issued: file it again under the edition in force (docs/adr/0010).'),
  [CalendarRefusalCode.YEAR_NOT_COVERED]: doc(UNPROCESSABLE_ENTITY, 'A term would be counted over a year the production calendar does not cover; `detail` names the years it covers. An administrator adds the year first.'),
};

/** The problem codes as a Markdown table, for docs/error-codes.md. */
export function renderProblemCodesMarkdown(): string {
  const rows = Object.entries(PROBLEM_CODES).map(([code, { statuses, meaning }]) => `| \`${code}\` | ${statuses.join(', ')} | ${meaning} |`);
  return [
    '# Problem codes',
    '',
    '<!-- Generated by `npm run openapi` from apps/api/src/http/problem-codes.ts. Do not edit by hand. -->',
    '',
    'Every error the API answers is an RFC 9457 problem document (`application/problem+json`) whose `code` is one of these.',
    'Switch on `code`, not on `title` (which may be reworded) or on the status alone (several codes share one).',
    'A refusal the statute makes also carries `article`; a refused transition carries `state` and `event`; a field at',
    'fault is named in `errors[].field`.',
    '',
    '| code | status | meaning |',
    '|---|---|---|',
    ...rows,
    '',
  ].join('\n');
}
