import createClient, { ClientOptions } from 'openapi-fetch';
import type { components, paths, webhooks } from './openapi';

export type { components, operations, paths, webhooks } from './openapi';

/** The API's schemas by name: `Schemas['ActDetail']`, `Schemas['ProblemDetails']`. */
export type Schemas = components['schemas'];

/**
 * A client of the prosecutorial acts API, typed from the committed OpenAPI document: every path,
 * parameter, body and answer is checked by the compiler. openapi-fetch does the HTTP; add
 * middleware (`client.use`) for the bearer token or the API key.
 */
export function createApiClient(options: ClientOptions = {}) {
  return createClient<paths>(options);
}

export type ApiClient = ReturnType<typeof createApiClient>;
export type WebhookPayload<Event extends keyof webhooks> = webhooks[Event];
