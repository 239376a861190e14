import { DeadlineKind, formatCitation, OK, refuse, TermRefusalCode, Verdict } from '../shared';
import { findRule, TERM_RULE_BOOK, TermRuleBook } from './rule-book';
import { TermRule } from './term-rule';
import { unitWordsEn } from './wording';

/** The input field a prescribed term comes in (the act's DTO); refusals name it. */
export const PRESCRIBED_TERM_FIELD = 'termDays';


/**
 * May the prosecutor set this term on this clock? `prescribed` is the count in the rule's unit
 * (calendar days for every prosecutor-set rule of Law No. 2709); null/undefined = none set.
 * Refuses, with the article, a term below a statutory minimum (protest < 10 days, 19.3), above a
 * statutory maximum (submission > 30 days, 25.2), a missing term where the prosecutor must set
 * one (20.3, 24.3), and any term on a clock the law or policy fixes.
 */
export function checkPrescribedTerm(
  kind: DeadlineKind,
  prescribed: number | null | undefined,
  editionId: string,
  book: TermRuleBook = TERM_RULE_BOOK,
): Verdict {
  const rule = findRule(kind, editionId, book);
  if (!rule) {
    return refuse({
      code: TermRefusalCode.UNKNOWN_RULE,
      citation: null,
      message: `No term rule for ${kind} in statute edition '${editionId}'.`,
      field: PRESCRIBED_TERM_FIELD,
    });
  }
  return checkPrescribedTermAgainstRule(rule, prescribed);
}

/** checkPrescribedTerm for a rule already in hand (computeDue re-checks with it). */
export function checkPrescribedTermAgainstRule(rule: TermRule, prescribed: number | null | undefined): Verdict {
  const field = PRESCRIBED_TERM_FIELD;
  const setBy = rule.setBy;
  const isSet = prescribed !== null && prescribed !== undefined;
  if (setBy.by !== 'PROSECUTOR') {
    if (!isSet) return OK;
    const fixedBy =
      setBy.by === 'STATUTE'
        ? `the law (${formatCitation(rule.citation)})`
        : `office policy for "immediately" (${formatCitation(rule.citation)}); it has no statutory term`;
    return refuse({
      code: TermRefusalCode.NOT_PRESCRIBABLE,
      citation: rule.citation,
      message: `The term of ${rule.label.en.toLowerCase()} is fixed by ${fixedBy}; the prosecutor cannot set another.`,
      field,
    });
  }
  if (!isSet) {
    if (!setBy.required) return OK;
    return refuse({
      code: TermRefusalCode.REQUIRED,
      citation: rule.citation,
      message: `The prosecutor must set the term of ${rule.label.en.toLowerCase()} (${formatCitation(rule.citation)}).`,
      field,
    });
  }
  if (!Number.isSafeInteger(prescribed) || prescribed < 1) {
    return refuse({
      code: TermRefusalCode.NOT_A_POSITIVE_WHOLE_NUMBER,
      citation: rule.citation,
      message: `A term is a whole number of ${unitWordsEn(rule.unit)} of at least 1; got ${String(prescribed)}.`,
      field,
    });
  }
  if (setBy.min && prescribed < setBy.min.count) {
    return refuse({
      code: TermRefusalCode.BELOW_STATUTORY_MINIMUM,
      citation: setBy.min.citation,
      message:
        `The term of ${rule.label.en.toLowerCase()} may not be less than ${setBy.min.count} ${unitWordsEn(setBy.min.unit ?? rule.unit)} ` +
        `(${formatCitation(setBy.min.citation)}); got ${prescribed}.`,
      field,
    });
  }
  if (setBy.max && prescribed > setBy.max.count) {
    return refuse({
      code: TermRefusalCode.ABOVE_STATUTORY_MAXIMUM,
      citation: setBy.max.citation,
      message:
        `The term of ${rule.label.en.toLowerCase()} may not exceed ${setBy.max.count} ${unitWordsEn(setBy.max.unit ?? rule.unit)} ` +
        `(${formatCitation(setBy.max.citation)}); got ${prescribed}.`,
      field,
    });
  }
  return OK;
}
