import { DeadlineKind } from '../shared';
import { KZ_155_VII_TERM_RULES } from './kz-155-vii-rules';
import { KZ_2709_TERM_RULES } from './kz-2709-rules';
import { KNOWN_STATUTE_EDITIONS, StatuteEdition } from './statute-edition';
import { TermRule } from './term-rule';

/**
 * Every edition the system knows and the term rules of each. A later edition is added as data
 * (its StatuteEdition and its rules), never by editing the rules of an earlier one. Which editions
 * judge new acts is the deployment's choice (installEditions); the book answers for all of them,
 * because an act keeps its edition for life.
 */
export interface TermRuleBook {
  readonly editions: readonly StatuteEdition[];
  readonly rules: readonly TermRule[];
}

export const TERM_RULE_BOOK: TermRuleBook = Object.freeze({
  editions: KNOWN_STATUTE_EDITIONS,
  rules: [...KZ_2709_TERM_RULES, ...KZ_155_VII_TERM_RULES],
});

export function findRule(kind: DeadlineKind, editionId: string, book: TermRuleBook = TERM_RULE_BOOK): TermRule | undefined {
  return book.rules.find((rule) => rule.kind === kind && rule.editionId === editionId);
}

/** The rule for a clock under an edition; throws when the edition has none (a programming error). */
export function ruleFor(kind: DeadlineKind, editionId: string, book: TermRuleBook = TERM_RULE_BOOK): TermRule {
  const rule = findRule(kind, editionId, book);
  if (!rule) throw new RangeError(`No term rule for ${kind} in statute edition '${editionId}'`);
  return rule;
}

/** The rules of one edition, in the order its rule book lists them. */
export function rulesOf(editionId: string, book: TermRuleBook = TERM_RULE_BOOK): TermRule[] {
  return book.rules.filter((rule) => rule.editionId === editionId);
}
