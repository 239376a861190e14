import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020, { ValidateFunction } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import request, { Response } from 'supertest';

/**
 * The committed OpenAPI document as a contract every e2e answer is held to: the status must be one
 * the operation documents, the content type one it lists, the body valid against the schema — with
 * no property the schema does not name — and the headers it marks required present. A route that
 * answers something the document does not say fails the test that caused it (openapi.e2e-spec.ts
 * proves the document is what the code generates).
 */

type Json = Record<string, unknown>;

const DOCUMENT_ID = 'openapi.json';
const document = JSON.parse(readFileSync(join(__dirname, '..', '..', DOCUMENT_ID), 'utf8')) as {
  paths: Record<string, Record<string, Json>>;
  components: { schemas: Record<string, Json>; responses: Record<string, Json>; headers: Record<string, Json> };
};

/**
 * Every object schema that names its properties admits no other (`unevaluatedProperties: false`,
 * which, unlike additionalProperties, sees through $ref and anyOf). The published document stays
 * open for additions; the tests are strict, so the document cannot fall behind the code.
 */
function strict(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(strict);
  if (typeof node !== 'object' || node === null) return node;
  const copy: Json = Object.fromEntries(Object.entries(node).map(([key, value]) => [key, key === 'example' || key === 'examples' ? value : strict(value)]));
  if (typeof copy.$ref === 'string' && copy.$ref.startsWith('#/')) copy.$ref = `${DOCUMENT_ID}${copy.$ref}`;
  if (copy.properties && copy.additionalProperties === undefined) copy.unevaluatedProperties = false;
  return copy;
}

const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);
ajv.addSchema({ $id: DOCUMENT_ID, components: { schemas: strict(document.components.schemas) } });

const validators = new Map<unknown, ValidateFunction>();
function validatorFor(schema: Json): ValidateFunction {
  let validate = validators.get(schema);
  if (!validate) {
    validate = ajv.compile(strict(schema) as Json);
    validators.set(schema, validate);
  }
  return validate;
}

const templates = Object.keys(document.paths)
  .map((template) => ({
    template,
    pattern: new RegExp(`^${template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\\?\{[^}]+\\?\}/g, '[^/]+')}$`),
    // the most literal template wins: /supervision/overdue.csv over a {parameter}
    literal: template.replace(/\{[^}]+\}/g, '').length,
  }))
  .sort((a, b) => b.literal - a.literal);

const resolve = <T extends Json>(node: T): T => {
  const target = typeof node.$ref === 'string' ? node.$ref.split('/').slice(1) : null;
  if (!target) return node;
  return target.reduce<Json>((at, key) => at[key] as Json, document as unknown as Json) as T;
};

/** Why an answer breaks the contract, or null when it keeps it. */
export function contractViolation(method: string, url: string, response: Pick<Response, 'status' | 'headers' | 'text' | 'body'>): string | null {
  const path = new URL(url, 'http://api').pathname;
  // The contract covers the API and its probes; /docs, the queue board and the web app are not in it.
  if (!/^\/(api|health)\//.test(path)) return null;
  const template = templates.find((candidate) => candidate.pattern.test(path))?.template;
  const operation = template ? document.paths[template][method.toLowerCase()] : undefined;
  const where = `${method} ${path} → ${response.status}`;
  if (!operation) {
    // A route the API does not have: Nest's 404, which must still be a problem document.
    if (response.status !== 404) return `${where}: no such operation in openapi.json`;
    return bodyViolation(where, { content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/ProblemDetails' } } } }, response);
  }
  const responses = operation.responses as Record<string, Json>;
  const documented = responses[String(response.status)] ?? responses[`${String(response.status)[0]}XX`] ?? responses.default;
  if (!documented) return `${where}: status not documented (documented: ${Object.keys(responses).join(', ')})`;
  const answer = resolve(documented);
  for (const [name, header] of Object.entries((answer.headers as Record<string, Json> | undefined) ?? {})) {
    if (resolve(header).required === true && response.headers[name.toLowerCase()] === undefined) return `${where}: required header ${name} missing`;
  }
  return bodyViolation(where, answer, response);
}

function bodyViolation(where: string, answer: Json, response: Pick<Response, 'headers' | 'text' | 'body'>): string | null {
  const content = answer.content as Record<string, { schema?: Json }> | undefined;
  const contentType = String(response.headers['content-type'] ?? '').split(';')[0].trim();
  // A test that buffers the raw body (.buffer().parse()) leaves text unset: read the bytes.
  const text = response.text ?? (Buffer.isBuffer(response.body) ? response.body.toString('utf8') : '');
  if (!content) return text === '' ? null : `${where}: a body (${contentType}) where the document says none`;
  const media = content[contentType];
  if (!media) return `${where}: content type '${contentType}' not documented (documented: ${Object.keys(content).join(', ')})`;
  if (!media.schema) return null;
  let body: unknown = text;
  if (/[/+]json$/.test(contentType)) {
    try {
      body = JSON.parse(text);
    } catch {
      return `${where}: the body is not JSON`;
    }
  }
  const validate = validatorFor(media.schema);
  if (validate(body)) return null;
  const errors = (validate.errors ?? []).slice(0, 5).map((error) => `${error.instancePath || '(body)'} ${error.message}${error.params ? ` ${JSON.stringify(error.params)}` : ''}`);
  return `${where}: the body does not match the schema: ${errors.join('; ')}`;
}

const METHODS = ['get', 'post', 'put', 'patch', 'delete', 'head', 'options'] as const;

/**
 * supertest against `server`, with every answer checked against the contract before the test's
 * own expectations run (a violation fails the request's promise with the reason).
 */
export function contractRequest(server: Parameters<typeof request>[0]): ReturnType<typeof request> {
  const agent = request(server);
  for (const method of METHODS) {
    const original = agent[method].bind(agent);
    agent[method] = ((url: string) =>
      original(url).expect((response: Response) => {
        const violation = contractViolation(method.toUpperCase(), url, response);
        if (violation) throw new Error(`API contract: ${violation}`);
      })) as typeof original;
  }
  return agent;
}
