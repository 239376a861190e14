import { Citation } from '../shared';
import { KZ_2709_EDITION_ID } from '../terms';

/** A citation of Law No. 2709 ed. 28.12.2016 — the edition these machines implement. */
export function art(article: string, paragraph?: string, subparagraph?: string): Citation {
  return {
    edition: KZ_2709_EDITION_ID,
    article,
    ...(paragraph === undefined ? {} : { paragraph }),
    ...(subparagraph === undefined ? {} : { subparagraph }),
  };
}
