import { ArgumentMetadata, HttpStatus, Injectable, PipeTransform } from '@nestjs/common';
import { FieldError, ProblemException } from './problem-details';

/**
 * NUL, which PostgreSQL refuses in text and jsonb, and a UTF-16 surrogate without its pair, which
 * is no Unicode text at all (it cannot be encoded as UTF-8 for the database). Either would reach a
 * query and answer 500.
 */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const unstorable = (text: string) => text.includes('\u0000') || LONE_SURROGATE.test(text);

function unstorableFields(value: unknown, field: string): FieldError[] {
  const found: FieldError[] = [];
  // iterative: JsonBodyMiddleware bounds the depth, this walk does not have to rely on it
  const pending: Array<{ node: unknown; path: string }> = [{ node: value, path: field }];
  for (let next = pending.pop(); next; next = pending.pop()) {
    const { node, path } = next;
    if (typeof node === 'string') {
      if (unstorable(node)) found.push({ field: path, code: 'INVALID_CHARACTERS', message: `${path} must not contain NUL or unpaired surrogates` });
    } else if (typeof node === 'object' && node !== null) {
      for (const [key, child] of Object.entries(node)) {
        const childPath = path ? `${path}.${key}` : key;
        if (unstorable(key)) found.push({ field: childPath, code: 'INVALID_CHARACTERS', message: 'A field name must not contain NUL or unpaired surrogates' });
        pending.push({ node: child, path: childPath });
      }
    }
  }
  return found;
}

/**
 * Refuses text no column can store in every body, query and path parameter, before the DTOs see it:
 * 422 naming the field, like the ValidationPipe after it.
 */
@Injectable()
export class StorableTextPipe implements PipeTransform {
  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    // 'custom' parameters are the server's own (the caller, the request id), not input
    if (metadata.type === 'custom') return value;
    const errors = unstorableFields(value, metadata.data ?? '');
    if (errors.length) {
      throw new ProblemException({ status: HttpStatus.UNPROCESSABLE_ENTITY, title: 'The request is invalid', code: 'VALIDATION_FAILED', errors });
    }
    return value;
  }
}
