import { LocalDate } from '../time';

/**
 * A version of the law the rules belong to. An act is judged by the edition in force on the day
 * it was issued (STATUTE.md, top), so adding a later edition never changes acts already filed.
 */
export interface StatuteEdition {
  /** Stable id used in every Citation: '<law number>@<amended-to date>'. */
  readonly id: string;
  readonly title: string;
  readonly lawNumber: string;
  /** The date of the last amendment this text includes. */
  readonly amendedTo: LocalDate;
  /** First day the system applies this edition to newly issued acts. */
  readonly effectiveFrom: LocalDate;
  /** Last day it applies; null while it is the newest edition the system knows. */
  readonly effectiveTo: LocalDate | null;
  readonly note: string;
}

export const KZ_2709_EDITION_ID = 'KZ-2709@2016-12-28';

/**
 * Law No. 2709 of 21.12.1995 "On the Prosecutor's Office", as amended to 28.12.2016.
 *
 * Historically this law was repealed by the Law of 30.06.2017 No. 81-VI (itself replaced by the
 * Constitutional Law of 05.11.2022 No. 155-VII). The system ships rules for this edition only, so
 * it is modelled as open-ended (effectiveTo = null): an act issued on any date is judged by the
 * newest edition the system knows rather than by none at all. When a later edition is added, this
 * one gets the day before the newcomer's effectiveFrom as effectiveTo — data, not code — and acts
 * issued earlier keep this edition and their deadlines (see editionInForce).
 */
export const KZ_2709_EDITION_2016: StatuteEdition = Object.freeze({
  id: KZ_2709_EDITION_ID,
  title: 'Law of the Republic of Kazakhstan "On the Prosecutor\'s Office"',
  lawNumber: '2709',
  amendedTo: '2016-12-28',
  effectiveFrom: '2016-12-28',
  effectiveTo: null,
  note:
    'Repealed in reality by the Law of 30.06.2017 No. 81-VI, itself replaced by the Constitutional Law ' +
    'of 05.11.2022 No. 155-VII. Kept open-ended because it is the newest edition this system models.',
});

export const STATUTE_EDITIONS: readonly StatuteEdition[] = Object.freeze([KZ_2709_EDITION_2016]);

export function findEdition(
  editionId: string,
  editions: readonly StatuteEdition[] = STATUTE_EDITIONS,
): StatuteEdition | undefined {
  return editions.find((edition) => edition.id === editionId);
}

/**
 * The edition in force on the act's issue date. Before the first known edition there is none:
 * an act dated earlier is a data error the caller must refuse, not something to guess about.
 */
export function editionInForce(
  issueDate: LocalDate,
  editions: readonly StatuteEdition[] = STATUTE_EDITIONS,
): StatuteEdition | undefined {
  return editions.find(
    (edition) =>
      edition.effectiveFrom <= issueDate && (edition.effectiveTo === null || issueDate <= edition.effectiveTo),
  );
}
