import { Label, Language, LANGUAGES } from '@app/domain';

/** `T` with every Label replaced by its text in one language. */
export type Localized<T> = T extends Label
  ? string
  : T extends readonly (infer Item)[]
    ? Localized<Item>[]
    : T extends object
      ? { [Key in keyof T]: Localized<T[Key]> }
      : T;

/** Replaces every Label (an object of exactly kk, ru and en texts) in `value` by its `language` text; codes stay. */
export function localize<T>(value: T, language: Language): Localized<T> {
  return resolve(value, language) as Localized<T>;
}

function resolve(value: unknown, language: Language): unknown {
  if (Array.isArray(value)) return value.map((item) => resolve(item, language));
  if (typeof value !== 'object' || value === null) return value;
  if (isLabel(value)) return value[language];
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, resolve(item, language)]));
}

function isLabel(value: object): value is Label {
  const keys = Object.keys(value);
  return keys.length === LANGUAGES.length && LANGUAGES.every((language) => typeof (value as Record<string, unknown>)[language] === 'string');
}
