import { KZ_CALENDAR_ENTRIES, buildProductionCalendar } from '../calendar';
import { DeadlineKind } from '../shared';
import { localDateTimeToInstant } from '../time';
import { computeDue } from './compute-due';
import { KZ_2709_TERM_RULES } from './kz-2709-rules';
import { KZ_155_VII_TERM_RULES } from './kz-155-vii-rules';
import { ruleFor, rulesOf, TERM_RULE_BOOK, TermRuleBook } from './rule-book';
import {
  editionInForce,
  KNOWN_STATUTE_EDITIONS,
  KZ_155_VII_EDITION_2023,
  KZ_155_VII_EDITION_ID,
  KZ_2709_EDITION_2016,
  KZ_2709_EDITION_ID,
  STATUTE_EDITIONS,
  StatuteEdition,
} from './statute-edition';

const calendar = buildProductionCalendar(KZ_CALENDAR_ENTRIES, { fromYear: 2024, toYear: 2027 });

describe('statute editions', () => {
  it('installs Law No. 2709 ed. 28.12.2016 alone by default, judging every act from its start, with its repeal on record', () => {
    expect(STATUTE_EDITIONS).toEqual([KZ_2709_EDITION_2016]);
    // Its last day certainly in force: Law No. 81-VI of 30.06.2017 entered into force on 11.07.2017 at the earliest.
    expect(KZ_2709_EDITION_2016).toMatchObject({ id: 'KZ-2709@2016-12-28', effectiveFrom: '2016-12-28', effectiveTo: '2017-07-10' });
    expect(KZ_2709_EDITION_2016.note).toContain('81-VI');
    expect(editionInForce('2026-03-12')?.id).toBe(KZ_2709_EDITION_ID);
    expect(editionInForce('2016-12-27')).toBeUndefined();
  });

  it('ships Constitutional Law No. 155-VII in its 12.07.2023 text from 18.11.2022, with what is not confirmed on record', () => {
    expect(KNOWN_STATUTE_EDITIONS).toEqual([KZ_2709_EDITION_2016, KZ_155_VII_EDITION_2023]);
    expect(KZ_155_VII_EDITION_2023).toMatchObject({ id: 'KZ-155-VII@2023-07-12', lawNumber: '155-VII', amendedTo: '2023-07-12', effectiveFrom: '2022-11-18', effectiveTo: null });
    expect(KZ_155_VII_EDITION_2023.note).toMatch(/not confirmed/);
    expect(editionInForce('2022-11-18', KNOWN_STATUTE_EDITIONS)?.id).toBe(KZ_155_VII_EDITION_ID);
    expect(editionInForce('2017-07-10', KNOWN_STATUTE_EDITIONS)?.id).toBe(KZ_2709_EDITION_ID);
    expect(editionInForce('2020-01-15', KNOWN_STATUTE_EDITIONS)).toBeUndefined();
  });

  it.each([
    [KZ_2709_EDITION_ID, KZ_2709_TERM_RULES],
    [KZ_155_VII_EDITION_ID, KZ_155_VII_TERM_RULES],
  ])('%s has exactly one rule per clock it runs, each citing its own edition', (editionId, rules) => {
    expect(rulesOf(editionId)).toEqual(rules);
    expect(new Set(rules.map((rule) => rule.kind)).size).toBe(rules.length);
    for (const { kind } of rules) {
      const rule = ruleFor(kind, editionId);
      expect(rule.citation.edition).toBe(editionId);
      expect(rule.label.kk && rule.label.ru && rule.label.en).toBeTruthy();
    }
    expect(() => ruleFor(DeadlineKind.PROTEST_CONSIDERATION, 'nope')).toThrow(/No term rule/);
  });

  it('gives Law No. 155-VII none of the 1995 clocks it does not have', () => {
    for (const kind of [DeadlineKind.SANCTION_DECISION, DeadlineKind.BRING_BY_FORCE, DeadlineKind.RESOLUTION_REPORT, DeadlineKind.ORDER_EXECUTION, DeadlineKind.ORDER_REPORT, DeadlineKind.COMPULSORY_EXECUTION]) {
      expect(() => ruleFor(kind, KZ_155_VII_EDITION_ID)).toThrow(/No term rule/);
    }
  });

  it('keeps the deadlines of acts issued before a later edition starts', () => {
    // A hypothetical later edition, for this test only: protests considered within 15 days.
    const later: StatuteEdition = {
      id: 'KZ-TEST@2027-01-01',
      title: 'Hypothetical later edition',
      lawNumber: 'TEST',
      amendedTo: '2027-01-01',
      effectiveFrom: '2027-01-01',
      effectiveTo: null,
      note: 'test only',
    };
    const closedOld: StatuteEdition = { ...KZ_2709_EDITION_2016, effectiveTo: '2026-12-31' };
    const laterRules = KZ_2709_TERM_RULES.map((rule) => ({
      ...rule,
      editionId: later.id,
      citation: { ...rule.citation, edition: later.id },
      count: rule.kind === DeadlineKind.PROTEST_CONSIDERATION ? 15 : rule.count,
    }));
    const book: TermRuleBook = { editions: [closedOld, later], rules: [...TERM_RULE_BOOK.rules, ...laterRules] };

    const dueFor = (issueDate: string, receivedAt: Date) => {
      const edition = editionInForce(issueDate, book.editions);
      if (!edition) throw new Error('no edition');
      return computeDue(ruleFor(DeadlineKind.PROTEST_CONSIDERATION, edition.id, book), receivedAt, calendar, { editions: book.editions });
    };
    const before = dueFor('2026-12-20', localDateTimeToInstant('2027-01-11', 10));
    const after = dueFor('2027-01-05', localDateTimeToInstant('2027-01-11', 10));
    expect(before.editionId).toBe(KZ_2709_EDITION_ID);
    expect(before.dueLocalDate).toBe('2027-01-21');
    expect(before.explanation.en).toContain('Law No. 2709 ed. 28.12.2016');
    expect(after.editionId).toBe(later.id);
    expect(after.dueLocalDate).toBe('2027-01-26');
    expect(after.explanation.en).toContain('Law No. TEST ed. 01.01.2027');
  });
});
