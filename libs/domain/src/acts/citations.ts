import { Citation } from '../shared';
import { KZ_155_VII_EDITION_ID, KZ_2709_EDITION_ID } from '../terms';

/** A citation of an article of the edition `edition`. */
export function citeIn(edition: string, article: string, paragraph?: string, subparagraph?: string): Citation {
  return {
    edition,
    article,
    ...(paragraph === undefined ? {} : { paragraph }),
    ...(subparagraph === undefined ? {} : { subparagraph }),
  };
}

/** A citation of Law No. 2709 ed. 28.12.2016 — the edition the first machines implement. */
export function art(article: string, paragraph?: string, subparagraph?: string): Citation {
  return citeIn(KZ_2709_EDITION_ID, article, paragraph, subparagraph);
}

/** A citation of Constitutional Law No. 155-VII (text of 12.07.2023). */
export function art155(article: string, paragraph?: string, subparagraph?: string): Citation {
  return citeIn(KZ_155_VII_EDITION_ID, article, paragraph, subparagraph);
}
