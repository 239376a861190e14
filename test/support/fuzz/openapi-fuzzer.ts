import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * An OpenAPI-driven request generator: every operation of openapi.json, with path, query and body
 * values drawn from its schemas — valid ones (so requests reach the handlers) and broken ones
 * (wrong types, out-of-range numbers, missing and unknown fields, impossible dates, odd strings,
 * deep nesting). Seeded: a failing request is reproduced by its seed and index.
 */
type Json = Record<string, unknown>;
type Schema = Json;

export interface Operation {
  readonly method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  readonly path: string;
  readonly parameters: Array<{ name: string; in: 'path' | 'query' | 'header'; required: boolean; schema: Schema }>;
  readonly body: Schema | null;
  readonly isPublic: boolean;
  /** The roles and integration scopes the operation names (its security requirements). */
  readonly roles: readonly string[];
  readonly scopes: readonly string[];
}

export interface FuzzRequest {
  readonly operation: Operation;
  readonly method: Operation['method'];
  readonly url: string;
  readonly headers: Record<string, string>;
  /** A JSON value to send, or raw text with its content type. */
  readonly body?: { json: unknown } | { raw: string; type: string };
}

/** mulberry32: small, fast, good enough to pick test inputs. */
export function randomSource(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WEIRD_STRINGS = [
  '',
  ' ',
  'a'.repeat(5000),
  "' OR 1=1 --",
  '"; DROP TABLE cases; --',
  '%00',
  '\u0000',
  '../../etc/passwd',
  '<script>alert(1)</script>',
  '=HYPERLINK("http://x")',
  '𝕏 Қазақстан Республикасы',
  '\ud800',
  '${7*7}',
  '{{7*7}}',
  'null',
  '-1',
  '1e309',
  '2026-02-30T00:00:00Z',
  '+275760-09-13T00:00:00.000Z',
  '0000-00-00',
  'not-a-uuid',
  '00000000-0000-0000-0000-000000000000',
];

const WEIRD_VALUES: unknown[] = [null, true, false, 0, -1, 1.5, 2 ** 53, -(2 ** 63), 1e308, [], {}, [[]], { $ne: null }, { __proto__: { admin: true } }, 'x'];

export class OpenApiFuzzer {
  readonly operations: Operation[];
  private readonly document: Json;

  constructor(
    private readonly random: () => number,
    /** Ids to use in paths and references: resources the run created, and the setup's. */
    private readonly knownIds: string[],
    document?: Json,
  ) {
    this.document = document ?? (JSON.parse(readFileSync(join(__dirname, '..', '..', '..', 'openapi.json'), 'utf8')) as Json);
    this.operations = this.readOperations();
  }

  /** The next request; `callerFor` picks who sends it (given the operation, so it can often be a caller the route admits). */
  next(callerFor: (operation: Operation) => Record<string, string>): FuzzRequest {
    const operation = this.pick(this.operations);
    const headers = callerFor(operation);
    const valid = this.random() < 0.45;
    let path = operation.path;
    const query: string[] = [];
    const extraHeaders: Record<string, string> = {};
    for (const parameter of operation.parameters) {
      if (parameter.in === 'header') {
        const value = String(this.value(parameter.schema, valid ? 0 : 2));
        // only what HTTP can carry in a header (the client refuses the rest before sending)
        if (this.random() < 0.3 && /^[\x20-\x7e]*$/.test(value)) extraHeaders[parameter.name] = value;
        continue;
      }
      if (parameter.in === 'path') {
        path = path.replace(`{${parameter.name}}`, encode(String(this.pathValue(parameter.schema, valid))));
        continue;
      }
      if (parameter.required || this.random() < 0.4) {
        const value = this.value(parameter.schema, valid ? 0 : 2);
        const values = Array.isArray(value) ? value : [value];
        for (const one of values) query.push(`${encode(parameter.name)}=${encode(typeof one === 'object' ? JSON.stringify(one) : String(one))}`);
      }
    }
    if (!valid && this.random() < 0.15) query.push(`${this.pick(['__proto__', 'limit', 'unknown', 'q[]', 'cursor'])}=${encode(this.pick(WEIRD_STRINGS))}`);
    const url = query.length ? `${path}?${query.join('&')}` : path;
    const body = operation.body ? this.body(operation.body, valid) : this.random() < 0.05 ? { json: { unexpected: true } } : undefined;
    return { operation, method: operation.method, url, headers: { ...headers, ...extraHeaders }, body };
  }

  remember(id: unknown): void {
    if (typeof id === 'string' && /^[0-9a-f-]{36}$/.test(id) && !this.knownIds.includes(id)) this.knownIds.push(id);
  }

  private body(schema: Schema, valid: boolean): FuzzRequest['body'] {
    const roll = this.random();
    if (!valid && roll < 0.05) return { raw: '{"unterminated": ', type: 'application/json' };
    if (!valid && roll < 0.08) return { raw: 'a=1&b=2', type: 'application/x-www-form-urlencoded' };
    if (!valid && roll < 0.1) return { json: deepNesting(200) };
    if (!valid && roll < 0.12) return { json: this.pick(WEIRD_VALUES) };
    return { json: this.value(schema, valid ? 0 : 1) };
  }

  private pathValue(schema: Schema, valid: boolean): unknown {
    const resolved = this.resolve(schema);
    if (resolved.format === 'uuid' && (valid || this.random() < 0.5) && this.knownIds.length) return this.pick(this.knownIds);
    return this.value(resolved, valid ? 0 : 2);
  }

  /**
   * A value for the schema. `chaos` 0: valid; 1: valid at the top, some fields broken, missing or
   * added; 2: likely wrong.
   */
  private value(input: Schema, chaos: number, depth = 0): unknown {
    const schema = this.resolve(input);
    if (chaos === 2 && this.random() < 0.6) return this.random() < 0.5 ? this.pick(WEIRD_STRINGS) : this.pick(WEIRD_VALUES);
    if (depth > 6) return null;
    const variants = (schema.oneOf ?? schema.anyOf) as Schema[] | undefined;
    if (variants) return this.value(this.pick(variants), chaos, depth + 1);
    if (Array.isArray(schema.allOf)) return Object.assign({}, ...(schema.allOf as Schema[]).map((part) => this.value(part, chaos, depth + 1)));
    if (schema.const !== undefined) return schema.const;
    if (Array.isArray(schema.enum)) return this.pick(schema.enum as unknown[]);
    const types = Array.isArray(schema.type) ? (schema.type as string[]) : [schema.type as string | undefined];
    const type = this.pick(types.filter((candidate) => candidate !== 'null').length ? types.filter((candidate) => candidate !== 'null') : types);
    switch (type) {
      case 'object':
        return this.object(schema, chaos, depth);
      case 'array': {
        const count = Math.floor(this.random() * 3) + (typeof schema.minItems === 'number' ? (schema.minItems as number) : 0);
        return Array.from({ length: count }, () => this.value((schema.items as Schema) ?? {}, chaos === 1 && this.random() < 0.2 ? 2 : 0, depth + 1));
      }
      case 'integer':
      case 'number': {
        const min = typeof schema.minimum === 'number' ? (schema.minimum as number) : 0;
        const max = typeof schema.maximum === 'number' ? (schema.maximum as number) : min + 100;
        const value = min + Math.floor(this.random() * (max - min + 1));
        return type === 'integer' ? value : value + (this.random() < 0.5 ? 0.5 : 0);
      }
      case 'boolean':
        return this.random() < 0.5;
      case 'string':
        return this.string(schema);
      default:
        return this.random() < 0.5 ? 'x' : 1;
    }
  }

  private object(schema: Schema, chaos: number, depth: number): Json {
    const properties = (schema.properties as Record<string, Schema> | undefined) ?? {};
    const required = new Set((schema.required as string[] | undefined) ?? []);
    const result: Json = {};
    for (const [name, property] of Object.entries(properties)) {
      const broken = chaos === 1 && this.random() < 0.25;
      if (broken && required.has(name) && this.random() < 0.3) continue; // a required field missing
      if (!required.has(name) && this.random() < 0.5) continue;
      result[name] = this.value(property, broken ? 2 : 0, depth + 1);
    }
    if (chaos === 1 && this.random() < 0.15) result[this.pick(['role', 'isActive', 'officeId', 'version', 'id', '__proto__', 'constructor'])] = this.pick(WEIRD_VALUES);
    return result;
  }

  private string(schema: Schema): string {
    switch (schema.format) {
      case 'uuid':
        return this.knownIds.length && this.random() < 0.7 ? this.pick(this.knownIds) : randomUuid(this.random);
      case 'date-time':
        return new Date(Date.UTC(2026, 0, 1) + Math.floor(this.random() * 400 * 86_400_000) - 200 * 86_400_000).toISOString();
      case 'date':
        return new Date(Date.UTC(2026, 0, 1) + Math.floor(this.random() * 700 * 86_400_000)).toISOString().slice(0, 10);
      case 'uri':
      case 'uri-reference':
        return this.pick(['https://example.org/hook', 'http://127.0.0.1/hook', 'https://otinish.gov.kz/hooks/x']);
      default:
        break;
    }
    if (typeof schema.pattern === 'string' && this.random() < 0.3) return this.pick(WEIRD_STRINGS);
    const min = typeof schema.minLength === 'number' ? (schema.minLength as number) : 1;
    const length = Math.max(min, 1 + Math.floor(this.random() * 12));
    return `fz${Math.floor(this.random() * 1e9).toString(36)}`.padEnd(length, 'x').slice(0, Math.max(length, min));
  }

  private resolve(schema: Schema): Schema {
    let current = schema;
    for (let hops = 0; typeof current.$ref === 'string' && hops < 10; hops += 1) {
      const path = (current.$ref as string).replace(/^#\//, '').split('/');
      current = path.reduce<Json>((node, key) => node[key] as Json, this.document);
    }
    return current;
  }

  private readOperations(): Operation[] {
    const operations: Operation[] = [];
    for (const [path, item] of Object.entries(this.document.paths as Record<string, Record<string, Json>>)) {
      for (const [method, operation] of Object.entries(item)) {
        if (!['get', 'post', 'patch', 'put', 'delete'].includes(method)) continue;
        const parameters = ((operation.parameters as Json[] | undefined) ?? []).map((parameter) => this.resolve(parameter)) as Operation['parameters'];
        const content = ((operation.requestBody as Json | undefined)?.content as Record<string, Json> | undefined)?.['application/json'];
        const security = (operation.security as Array<Record<string, string[]>> | undefined) ?? [];
        const named = (scheme: string) => security.flatMap((requirement) => requirement[scheme] ?? []);
        operations.push({
          method: method.toUpperCase() as Operation['method'],
          path,
          parameters,
          body: (content?.schema as Schema | undefined) ?? null,
          isPublic: security.length === 0,
          roles: named('bearer'),
          scopes: named('integration'),
        });
      }
    }
    return operations;
  }

  private pick<T>(values: readonly T[]): T {
    return values[Math.floor(this.random() * values.length)];
  }
}

/** Percent-encoding that survives a lone surrogate: it is sent as the invalid UTF-8 it would be. */
function encode(value: string): string {
  try {
    return encodeURIComponent(value);
  } catch {
    return value.split('').map((char) => (/[\ud800-\udfff]/.test(char) ? '%ED%A0%80' : encodeURIComponent(char))).join('');
  }
}

function deepNesting(levels: number): unknown {
  let value: unknown = 'bottom';
  for (let i = 0; i < levels; i += 1) value = { a: value };
  return value;
}

function randomUuid(random: () => number): string {
  const hex = Array.from({ length: 32 }, () => Math.floor(random() * 16).toString(16)).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
