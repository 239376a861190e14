/**
 * @nestjs/swagger writes OpenAPI 3.0 schemas; the document is published as 3.1 (JSON Schema
 * 2020-12, native `webhooks`). The one construct that differs in what we generate is `nullable`:
 * 3.1 spells a nullable schema as a type that admits null. This rewrites every schema object once,
 * so client generators and validators read one dialect.
 */
type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

export function toOpenApi31Schemas(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(toOpenApi31Schemas);
  if (!isObject(node)) return node;
  const converted: Json = Object.fromEntries(Object.entries(node).map(([key, value]) => [key, toOpenApi31Schemas(value)]));
  // `allOf: [{ $ref }]` is how 3.0 put siblings (a description) beside a reference; 3.1 allows them directly.
  const allOf = converted.allOf;
  if (Array.isArray(allOf) && allOf.length === 1 && isObject(allOf[0]) && typeof allOf[0].$ref === 'string') {
    delete converted.allOf;
    converted.$ref = allOf[0].$ref;
  }
  const nullable = converted.nullable;
  // Only the keyword (a boolean): a property that happened to be named `nullable` is left alone.
  if (typeof nullable !== 'boolean') return converted;
  delete converted.nullable;
  if (!nullable) return converted;
  if (typeof converted.$ref === 'string' || Array.isArray(converted.allOf) || Array.isArray(converted.oneOf)) {
    // A reference (or a composition) that may also be null: either the schema or null.
    const { description, ...schema } = converted;
    return { ...(description === undefined ? {} : { description }), anyOf: [schema, { type: 'null' }] };
  }
  const type = converted.type;
  if (typeof type === 'string') converted.type = [type, 'null'];
  if (Array.isArray(converted.enum) && !converted.enum.includes(null)) converted.enum = [...converted.enum, null];
  return converted;
}
