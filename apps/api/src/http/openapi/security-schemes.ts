/** The names of the OpenAPI security schemes: a Bearer access token (users) and an API key (integrations). */
export const BEARER_SCHEME = 'bearer';
export const API_KEY_SCHEME = 'integration';
