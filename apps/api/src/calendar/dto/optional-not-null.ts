import { ValidateIf } from 'class-validator';

/**
 * The field may be left out, but when sent it must be valid: unlike @IsOptional(), null is not
 * waved through (it would reach a NOT NULL column or the domain as a missing value).
 */
export const OptionalNotNull = (): PropertyDecorator => ValidateIf((_object: object, value: unknown) => value !== undefined);
