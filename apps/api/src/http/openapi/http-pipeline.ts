import { OpenAPIObject } from '@nestjs/swagger';
import { servesConditionalGet } from '../../http-cache/etag.interceptor';
import { acceptsIdempotencyKey, IDEMPOTENCY_KEY_HEADER, REPLAYED_HEADER } from '../../idempotency/idempotency.interceptor';

/**
 * What every route inherits from the HTTP pipeline — authentication, body parsing, validation, the
 * rate limiter, conditional GETs, idempotent POSTs, the problem filter — written into each
 * operation of the document. The rules sit here once, keyed on the same predicates the pipeline
 * uses, instead of a decorator on every handler that could be forgotten; a route adds only what
 * is its own (a 409 for a refused transition, a 412 for If-Match).
 *
 * The e2e suites validate every answer they receive against the document, so a rule here that
 * the pipeline does not follow (or the reverse) fails a test.
 */

export const PROBLEM_MEDIA_TYPE = 'application/problem+json';

const ref = (kind: 'responses' | 'headers' | 'parameters', name: string) => ({ $ref: `#/components/${kind}/${name}` });
export const PUBLIC_OPERATION = 'x-public';

type Json = Record<string, unknown>;
interface Operation extends Json {
  parameters?: Json[];
  requestBody?: Json;
  responses: Record<string, Json>;
  security?: Array<Record<string, string[]>>;
  [PUBLIC_OPERATION]?: boolean;
}

/** Why the pipeline answers an error, by name: each is one sentence of a response's description. */
const PROBLEM_CAUSES: Record<string, string> = {
  BadRequest: 'MALFORMED_JSON, UNREADABLE_BODY or BODY_TOO_DEEP: the body could not be read as JSON.',
  BadPath: 'BAD_REQUEST: the path is not valid percent-encoding.',
  Unauthenticated: 'UNAUTHENTICATED: no valid Bearer access token or X-Api-Key.',
  Forbidden: 'FORBIDDEN: the caller’s role or scopes do not open this route.',
  NotFound: 'NOT_FOUND: nothing with this id within the caller’s reach (the same answer whether it exists elsewhere or not at all).',
  PayloadTooLarge: 'PAYLOAD_TOO_LARGE: the body is larger than BODY_LIMIT_BYTES.',
  UnsupportedMediaType: 'UNSUPPORTED_MEDIA_TYPE: send the body as application/json.',
  UnprocessableEntity: 'VALIDATION_FAILED: a field, query or path parameter or header is wrong; `errors` names each one.',
  IdempotencyInProgress: 'IDEMPOTENCY_REQUEST_IN_PROGRESS: a request with this Idempotency-Key has not finished.',
  IdempotencyKeyReused: 'IDEMPOTENCY_KEY_REUSED: the Idempotency-Key was used for another request.',
  TooManyRequests: 'RATE_LIMITED: too many requests in the window; retry after Retry-After seconds.',
  InternalError: 'INTERNAL_ERROR: an unexpected failure; `errorId` is also in the server log. Nothing was changed.',
};

function problemResponse(description: string, retryAfter = false): Json {
  return {
    description,
    headers: {
      'X-Request-Id': ref('headers', 'X-Request-Id'),
      'X-Client-Request-Id': ref('headers', 'X-Client-Request-Id'),
      ...(retryAfter ? { 'Retry-After': ref('headers', 'Retry-After') } : {}),
    },
    content: { [PROBLEM_MEDIA_TYPE]: { schema: { $ref: '#/components/schemas/ProblemDetails' } } },
  };
}

/** The answers many routes share, published once under components/responses. */
const SHARED_RESPONSES = new Set(['BadRequest', 'Unauthenticated', 'Forbidden', 'NotFound', 'PayloadTooLarge', 'UnsupportedMediaType', 'UnprocessableEntity', 'TooManyRequests', 'InternalError']);

/** `required`: the header is on every answer that lists it (the e2e contract check holds the API to it). */
const header = (description: string, schema: Json, required: boolean, example?: unknown): Json => ({ description, required, schema, ...(example === undefined ? {} : { example }) });

export const PIPELINE_HEADERS: Record<string, Json> = {
  'X-Request-Id': header('The request id: a UUID the API assigns to every request (never the caller’s). Every log line and audit row of the request carries it.', { type: 'string', format: 'uuid' }, true),
  'X-Client-Request-Id': header('The caller’s own X-Request-Id, echoed when it was a sane token (1-128 letters, digits, . _ -); kept beside the API’s id in logs and audit rows.', { type: 'string' }, false),
  'X-RateLimit-Limit': header('Requests allowed per window for this caller (user, API key, or address when anonymous).', { type: 'integer' }, true),
  'X-RateLimit-Remaining': header('Requests left in the current window.', { type: 'integer' }, true),
  'X-RateLimit-Reset': header('Seconds until the window resets.', { type: 'integer' }, true),
  'Retry-After': header('Seconds to wait before retrying.', { type: 'integer' }, true, 30),
  ETag: header('A strong validator of the answer: send it back in If-None-Match (a 304 if unchanged); an act’s ETag is its version, for If-Match.', { type: 'string' }, true, '"3"'),
  'Cache-Control': header('`private, no-cache`: the answer depends on who asks; revalidate every use.', { type: 'string' }, true),
  [REPLAYED_HEADER]: header('`true` when this is the stored answer of an earlier request with the same Idempotency-Key.', { type: 'string', enum: ['true'] }, false),
  Location: header('The URL of the resource just created.', { type: 'string', format: 'uri-reference' }, true, '/api/v1/acts/0b5c6f5e-7d7c-4c9a-9b8e-2f0d7e1c1a11'),
  'Content-Language': header('The language of the labels in the answer.', { type: 'string', enum: ['kk', 'ru', 'en'] }, true),
};

export const PIPELINE_PARAMETERS: Record<string, Json> = {
  IfNoneMatch: { name: 'If-None-Match', in: 'header', required: false, schema: { type: 'string' }, description: 'The ETag of the copy the caller holds; 304 with no body when it is still current.' },
  IdempotencyKey: {
    name: IDEMPOTENCY_KEY_HEADER,
    in: 'header',
    required: false,
    schema: { type: 'string', minLength: 1, maxLength: 200, pattern: '^[\\x20-\\x7e]{1,200}$' },
    description:
      'Unique per intended request. A retry with the same key, path and body answers the first response again (Idempotent-Replayed: true) without repeating the effect; the same key with another request is refused (IDEMPOTENCY_KEY_REUSED).',
  },
  IfMatch: { name: 'If-Match', in: 'header', required: false, schema: { type: 'string' }, example: '"3"', description: 'The act’s ETag (its version) as you read it; 412 PRECONDITION_FAILED if it has moved on since.' },
  AcceptLanguage: { name: 'Accept-Language', in: 'header', required: false, schema: { type: 'string' }, example: 'kk, ru;q=0.8', description: 'kk, ru or en, q-values honoured; default ru.' },
};


/** Adds the pipeline's answers, headers and parameters to every operation; marks public ones `security: []`. */
export function describeHttpPipeline(document: OpenAPIObject): void {
  const components = document.components as Json;
  const shared = Object.fromEntries([...SHARED_RESPONSES].map((name) => [name, problemResponse(PROBLEM_CAUSES[name], name === 'TooManyRequests')]));
  components.responses = { ...(components.responses as Json | undefined), ...shared };
  components.headers = { ...(components.headers as Json | undefined), ...PIPELINE_HEADERS };
  components.parameters = { ...(components.parameters as Json | undefined), ...PIPELINE_PARAMETERS };

  for (const [path, item] of Object.entries(document.paths)) {
    for (const [method, operation] of Object.entries(item as Record<string, Operation>)) {
      describeOperation(method.toUpperCase(), path, operation);
    }
  }
}

const METHODS_WITH_BODY = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

function describeOperation(method: string, path: string, operation: Operation): void {
  const isPublic = operation[PUBLIC_OPERATION] === true;
  delete operation[PUBLIC_OPERATION];
  const secured = (operation.security ?? []).length > 0;
  if (isPublic === secured) {
    throw new Error(`${method} ${path}: a route is either @Public() or declares @Roles/@IntegrationScopes, and this one is ${secured ? 'both' : 'neither'}`);
  }
  if (isPublic) operation.security = [];

  useSharedHeaders(operation);
  const parameters = operation.parameters ?? [];
  const has = (location: string) => parameters.some((parameter) => parameter.in === location);
  const problems = new ProblemAnswers(operation);
  // The JSON body middleware reads a body whatever the route: one sent where none is expected is refused alike.
  // Uploads are the exception: their handler streams the multipart body and describes its own 400/413/415.
  const multipart = (operation.requestBody as Json | undefined)?.content !== undefined && 'multipart/form-data' in ((operation.requestBody as Json).content as Json);
  if ((operation.requestBody || METHODS_WITH_BODY.has(method)) && !multipart) {
    problems.add('400', 'BadRequest');
    problems.add('413', 'PayloadTooLarge');
    problems.add('415', 'UnsupportedMediaType');
  }
  if (operation.requestBody || has('query') || has('path')) problems.add('422', 'UnprocessableEntity');
  if (has('path')) {
    problems.add('400', 'BadPath');
    problems.add('404', 'NotFound');
  }
  if (secured) {
    problems.add('401', 'Unauthenticated');
    problems.add('403', 'Forbidden');
  }
  problems.add('429', 'TooManyRequests');
  problems.add('500', 'InternalError');

  const success = Object.entries(operation.responses).filter(([status]) => status.startsWith('2'));
  for (const [, response] of success) {
    addHeaders(response, ['X-Request-Id', 'X-Client-Request-Id', 'X-RateLimit-Limit', 'X-RateLimit-Remaining', 'X-RateLimit-Reset']);
  }
  const json200 = (operation.responses['200']?.content as Json | undefined)?.['application/json'];
  if (servesConditionalGet(method, path) && json200) {
    addParameter(operation, 'IfNoneMatch');
    addHeaders(operation.responses['200'], ['ETag', 'Cache-Control']);
    operation.responses['304'] = {
      description: 'Not modified: the copy named in If-None-Match is current; no body.',
      headers: { ETag: ref('headers', 'ETag'), 'X-Request-Id': ref('headers', 'X-Request-Id') },
    };
  }
  if (secured && acceptsIdempotencyKey(method, path)) {
    addParameter(operation, 'IdempotencyKey');
    problems.add('409', 'IdempotencyInProgress');
    problems.add('422', 'IdempotencyKeyReused');
    for (const [, response] of success) addHeaders(response, [REPLAYED_HEADER]);
  }
  problems.write();
}

/**
 * The error answers of one operation, status by status: the route's own (its refusals, described
 * on the handler) and the pipeline's. A status only the pipeline gives refers to the shared
 * answer; one with several causes is written out with every cause in its description. Every
 * error answer is a problem document.
 */
class ProblemAnswers {
  private readonly causes = new Map<string, string[]>();
  private readonly shared = new Map<string, string>();

  constructor(private readonly operation: Operation) {
    for (const [status, response] of Object.entries(operation.responses)) {
      if (Number(status) < 400) continue;
      const description = typeof response.description === 'string' ? response.description.trim() : '';
      this.causes.set(status, description ? [description] : []);
    }
  }

  add(status: string, name: string): void {
    const cause = PROBLEM_CAUSES[name];
    const causes = this.causes.get(status) ?? [];
    if (!causes.includes(cause)) causes.push(cause);
    this.causes.set(status, causes);
    if (causes.length === 1) this.shared.set(status, name);
  }

  write(): void {
    for (const [status, causes] of this.causes) {
      const shared = this.shared.get(status);
      this.operation.responses[status] =
        causes.length === 1 && shared && SHARED_RESPONSES.has(shared) ? ref('responses', shared) : problemResponse(causes.join(' '), status === '429' || status === '503');
    }
  }
}

/**
 * A header a route names (`@ApiHeader({ name: 'If-Match' })`, a response's `Location`) that the
 * document describes once is replaced by a reference to that description.
 */
function useSharedHeaders(operation: Operation): void {
  for (const [name, parameter] of Object.entries(PIPELINE_PARAMETERS)) {
    const headerName = String(parameter.name).toLowerCase();
    const inline = (operation.parameters ?? []).some((candidate) => candidate.in === 'header' && String(candidate.name).toLowerCase() === headerName);
    if (inline) addParameter(operation, name);
  }
  for (const response of Object.values(operation.responses)) {
    const headers = response.headers as Json | undefined;
    for (const name of Object.keys(headers ?? {})) {
      if (PIPELINE_HEADERS[name]) headers![name] = ref('headers', name);
    }
  }
}

function addHeaders(response: Json | undefined, names: string[]): void {
  if (!response || typeof response.$ref === 'string') return;
  const headers = (response.headers as Json | undefined) ?? {};
  for (const name of names) headers[name] ??= ref('headers', name);
  response.headers = headers;
}

function addParameter(operation: Operation, name: string): void {
  const parameters = operation.parameters ?? [];
  const headerName = PIPELINE_PARAMETERS[name].name as string;
  const sameHeader = (parameter: Json) => parameter.in === 'header' && String(parameter.name).toLowerCase() === headerName.toLowerCase();
  operation.parameters = [...parameters.filter((parameter) => !sameHeader(parameter)), ref('parameters', name)];
}
