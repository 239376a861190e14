import { isLocalDate } from '@app/domain';
import { registerDecorator, ValidationOptions } from 'class-validator';

/** A real calendar date written 'YYYY-MM-DD' (2026-02-30 is refused); error code INVALID_IS_LOCAL_DATE. */
export function IsLocalDate(options?: ValidationOptions): PropertyDecorator {
  return (target: object, propertyName: string | symbol) =>
    registerDecorator({
      name: 'isLocalDate',
      target: target.constructor,
      propertyName: String(propertyName),
      options: { message: `${String(propertyName)} must be a real date written YYYY-MM-DD`, ...options },
      validator: { validate: (value: unknown) => typeof value === 'string' && isLocalDate(value) },
    });
}
