import { Language, LANGUAGES } from '@app/domain';

/** Russian is the language of inter-ethnic communication (Constitution, art. 7.2): the default when the caller names none we speak. */
export const DEFAULT_LANGUAGE: Language = 'ru';

/**
 * The language to answer in, from Accept-Language (RFC 9110 12.5.4): the range with the highest
 * q-value whose primary subtag we speak (`kk-KZ` → kk), earlier ranges winning ties; `*` or
 * nothing we speak → the default. q=0 means "not this one"; malformed ranges are ignored.
 */
export function negotiateLanguage(header: string | undefined): Language {
  if (!header) return DEFAULT_LANGUAGE;
  const ranges = header
    .split(',')
    .map((part, order) => {
      const [range, ...parameters] = part.split(';').map((piece) => piece.trim().toLowerCase());
      const q = parameters.find((parameter) => parameter.startsWith('q='));
      return { primary: range.split('-')[0], q: q === undefined ? 1 : qValue(q.slice(2)), order };
    })
    .filter((range) => range.primary !== '' && range.q > 0)
    .sort((a, b) => b.q - a.q || a.order - b.order);
  for (const { primary } of ranges) {
    if (primary === '*') return DEFAULT_LANGUAGE;
    const language = LANGUAGES.find((candidate) => candidate === primary);
    if (language) return language;
  }
  return DEFAULT_LANGUAGE;
}

/** A q-value is 0 to 1 with at most three decimals; anything else disqualifies the range. */
function qValue(text: string): number {
  return /^(0(\.\d{0,3})?|1(\.0{0,3})?)$/.test(text) ? Number(text) : 0;
}
