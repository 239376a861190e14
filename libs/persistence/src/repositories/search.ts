/**
 * The search box's condition. The text is split into words; every word must occur in the searched
 * text, compared through search_fold() (migration SearchIndexes: Russian and Kazakh transliterated,
 * ё as е, any case), so the trigram indexes over the same expressions serve it.
 */
export const SEARCH_MAX_WORDS = 8;

/** The words of a search text, as the conditions use them: at most SEARCH_MAX_WORDS, none empty. */
export function searchWords(text: string): string[] {
  return text.trim().split(/\s+/).filter(Boolean).slice(0, SEARCH_MAX_WORDS);
}

/** `folded(expression) LIKE '%' || folded(word) || '%'` for one bound word (a TypeORM named parameter). */
export function foldedContains(expression: string, parameter: string): string {
  return `search_fold(${expression}) LIKE '%' || search_fold(:${parameter}) || '%'`;
}
