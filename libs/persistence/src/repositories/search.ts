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

/** `folded LIKE '%' || folded(word) || '%'` for one bound word (a TypeORM named parameter): the one definition of a match. */
function holdsWord(folded: string, parameter: string): string {
  return `${folded} LIKE '%' || search_fold(:${parameter}) || '%'`;
}

/** `folded(expression) LIKE '%' || folded(word) || '%'`, served by a trigram index over the same search_fold(expression). */
export function foldedContains(expression: string, parameter: string): string {
  return holdsWord(`search_fold(${expression})`, parameter);
}

/**
 * The acts whose title or addressee holds one bound word, as an array computed once: their folded
 * text lives in act_search_texts (migration ActSearchTexts, kept by triggers — off the acts table, so
 * a transition does not re-index it), whose trigram index serves the LIKE.
 */
export function actsWhoseTextContains(parameter: string): string {
  return `ARRAY(SELECT s.act_id FROM act_search_texts s WHERE ${holdsWord('s.folded', parameter)})`;
}

/** The cases whose number holds one bound word, as an array computed once on cases_number_search_idx. */
export function casesWhoseNumberContains(parameter: string): string {
  return `ARRAY(SELECT c.id FROM cases c WHERE ${foldedContains('c.number', parameter)})`;
}
