// An integration client of the prosecutorial acts API, as another state system would write it.
// The types come from the API's published document (`npx openapi-typescript openapi.json -o
// openapi.ts`; in this repository that file is libs/api-client/src/openapi.ts, imported as
// @app/api-client) and openapi-fetch makes the calls: no hand-written types, no casts.
import createClient from 'openapi-fetch';
import type { components, paths } from '@app/api-client';

export type CaseStatus = components['schemas']['CaseStatusReport'];
export type Change = components['schemas']['Change'];
export type Problem = components['schemas']['ProblemDetails'];

/** A client that sends the integration's API key on every call. */
export function connect(baseUrl: string, apiKey: string) {
  const client = createClient<paths>({ baseUrl });
  client.use({
    onRequest({ request }) {
      request.headers.set('X-Api-Key', apiKey);
      return request;
    },
  });
  return client;
}

export type Client = ReturnType<typeof connect>;

/** An answer that is not the one asked for: its status and the problem document's code (e.g. RATE_LIMITED). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly problem: Problem | undefined,
  ) {
    super(`${status} ${problem?.code ?? ''}: ${problem?.title ?? 'no problem document'}`);
  }
}
