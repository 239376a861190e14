import createClient from 'openapi-fetch';
import type { paths, Schemas } from '@app/api-client';
import { session } from './session';
import { currentLanguage } from '../i18n';

export type { Schemas };
export type Problem = Schemas['ProblemDetails'];

const SESSION_ROUTES = '/api/v1/auth/session';

/**
 * Every call carries the language (labels, states and explanations come from the API in it) and
 * the access token; a 401 outside the session routes refreshes once and retries the request.
 */
async function authorisedFetch(request: Request): Promise<Response> {
  const retry = request.clone();
  const send = (outgoing: Request) => {
    outgoing.headers.set('Accept-Language', currentLanguage());
    const token = session.token();
    if (token) outgoing.headers.set('Authorization', `Bearer ${token}`);
    return fetch(outgoing);
  };
  const response = await send(request);
  if (response.status !== 401 || new URL(request.url).pathname.startsWith(SESSION_ROUTES)) return response;
  return (await session.refresh()) ? send(retry) : response;
}

export const api = createClient<paths>({ baseUrl: '', fetch: authorisedFetch, credentials: 'same-origin' });

/** A refusal from the API: its problem document, with code, article and field errors. */
export class ApiProblem extends Error {
  constructor(readonly problem: Problem) {
    super(`${problem.code}: ${problem.title}`);
  }
  get status(): number {
    return this.problem.status;
  }
}

/** openapi-fetch's answer as data, or a thrown ApiProblem that TanStack Query and forms can show. */
export function unwrap<T>(result: { data?: T; error?: unknown; response: Response }): T {
  if (result.error !== undefined || result.data === undefined) {
    const error = result.error as Partial<Problem> | undefined;
    throw new ApiProblem({
      status: result.response.status,
      code: (error?.code ?? 'INTERNAL_ERROR') as Problem['code'],
      title: error?.title ?? result.response.statusText,
      type: error?.type ?? 'about:blank',
      ...error,
    });
  }
  return result.data;
}

export const isNotFound = (error: unknown) => error instanceof ApiProblem && error.status === 404;
