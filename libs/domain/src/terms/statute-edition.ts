import { LocalDate } from '../time';
import { installEditions } from './installed-editions';

/**
 * A version of the law the rules belong to. An act is judged by the edition in force on the day
 * it is issued (STATUTE.md, top; docs/adr/0010), so adding a later edition never changes acts
 * already filed: each act stores the id of its edition and keeps it for life.
 */
export interface StatuteEdition {
  /** Stable id used in every Citation: '<law number>@<amended-to date>'. */
  readonly id: string;
  readonly title: string;
  readonly lawNumber: string;
  /** The date of the last amendment this text includes. */
  readonly amendedTo: LocalDate;
  /** First day the law (in this text) is in force: the first issue date it can judge. */
  readonly effectiveFrom: LocalDate;
  /**
   * Last day the law is (certainly) in force; null while it is. Used when several editions are
   * installed: a day after it and before the next installed edition is a gap (installed-editions.ts).
   * The newest installed edition judges every later day whatever this says.
   */
  readonly effectiveTo: LocalDate | null;
  readonly note: string;
}

export const KZ_2709_EDITION_ID = 'KZ-2709@2016-12-28';

/**
 * Law No. 2709 of 21.12.1995 "On the Prosecutor's Office", as amended to 28.12.2016.
 *
 * Repealed by the Law of 30.06.2017 No. 81-VI, which entered into force ten calendar days after its
 * first official publication. The publication date is not confirmed from the texts we hold; the
 * earliest possible entry into force is 11.07.2017 (signed 30.06, published at the earliest the same
 * day), so 10.07.2017 is the last day the 1995 law was certainly in force. Ending it there refuses,
 * rather than misjudges, an act of the uncertain days after it (when several editions are installed).
 * Installed alone (the default), it is the newest edition and judges every act from effectiveFrom on.
 */
export const KZ_2709_EDITION_2016: StatuteEdition = Object.freeze({
  id: KZ_2709_EDITION_ID,
  title: 'Law of the Republic of Kazakhstan "On the Prosecutor\'s Office"',
  lawNumber: '2709',
  amendedTo: '2016-12-28',
  effectiveFrom: '2016-12-28',
  effectiveTo: '2017-07-10',
  note:
    'Repealed by the Law of 30.06.2017 No. 81-VI (in force ten calendar days after its first publication; the date is ' +
    'not confirmed, so this edition ends on 10.07.2017, the last day it was certainly in force). That law was itself ' +
    'replaced by the Constitutional Law of 05.11.2022 No. 155-VII. Installed alone, this edition judges every act.',
});

export const KZ_155_VII_EDITION_ID = 'KZ-155-VII@2023-07-12';

/**
 * Constitutional Law of 05.11.2022 No. 155-VII "On the Prosecutor's Office", in the text amended by
 * Constitutional Law of 12.07.2023 No. 22-VIII (the rule book STATUTE-2022.md and the seed text
 * 002_Z2200000155_rus_ed-2023-07-12.txt). In force ten calendar days after its first publication
 * (art. 48.1): 18.11.2022 per the brief — the publication date itself is not confirmed. The 12.07.2023
 * wording of arts. 18, 24, 25, 26 and 43 is applied from that day too; their original 2022 wording
 * is not confirmed.
 */
export const KZ_155_VII_EDITION_2023: StatuteEdition = Object.freeze({
  id: KZ_155_VII_EDITION_ID,
  title: 'Constitutional Law of the Republic of Kazakhstan "On the Prosecutor\'s Office"',
  lawNumber: '155-VII',
  amendedTo: '2023-07-12',
  effectiveFrom: '2022-11-18',
  effectiveTo: null,
  note:
    'In force ten calendar days after its first official publication (art. 48.1): 18.11.2022 per the brief, the ' +
    'publication date is not confirmed. Text as amended by Constitutional Law of 12.07.2023 No. 22-VIII; the original ' +
    '2022 wording of arts. 18, 24, 25, 26 and 43 is not confirmed and the 2023 wording is applied throughout. Repeals ' +
    'the Law of 30.06.2017 No. 81-VI (art. 48.3), which no installed edition covers.',
});

/** Every edition this code ships rules for, oldest first. An act of any of them keeps running on it. */
export const KNOWN_STATUTE_EDITIONS: readonly StatuteEdition[] = Object.freeze([KZ_2709_EDITION_2016, KZ_155_VII_EDITION_2023]);

/** The editions installed when the deployment names none (STATUTE_EDITIONS): the 1995 law alone. */
export const STATUTE_EDITIONS: readonly StatuteEdition[] = Object.freeze([KZ_2709_EDITION_2016]);

export function findEdition(
  editionId: string,
  editions: readonly StatuteEdition[] = KNOWN_STATUTE_EDITIONS,
): StatuteEdition | undefined {
  return editions.find((edition) => edition.id === editionId);
}

/**
 * The edition that judges an act issued on `issueDate` when `editions` are installed (by default
 * the 1995 law alone), or undefined for a day none covers — see installEditions for the gaps.
 */
export function editionInForce(
  issueDate: LocalDate,
  editions: readonly StatuteEdition[] = STATUTE_EDITIONS,
): StatuteEdition | undefined {
  const verdict = installEditions(editions).judge(issueDate);
  return verdict.ok ? verdict.edition : undefined;
}
