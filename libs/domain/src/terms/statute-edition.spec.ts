import { KZ_CALENDAR_ENTRIES, buildProductionCalendar } from '../calendar';
import { DEADLINE_KINDS, DeadlineKind } from '../shared';
import { localDateTimeToInstant } from '../time';
import { computeDue } from './compute-due';
import { KZ_2709_TERM_RULES } from './kz-2709-rules';
import { ruleFor, TERM_RULE_BOOK, TermRuleBook } from './rule-book';
import { editionInForce, KZ_2709_EDITION_2016, KZ_2709_EDITION_ID, STATUTE_EDITIONS, StatuteEdition } from './statute-edition';

const calendar = buildProductionCalendar(KZ_CALENDAR_ENTRIES, { fromYear: 2024, toYear: 2027 });

describe('statute editions', () => {
  it('ships Law No. 2709 ed. 28.12.2016 as the open-ended newest edition, with its repeal on record', () => {
    expect(STATUTE_EDITIONS).toEqual([KZ_2709_EDITION_2016]);
    expect(KZ_2709_EDITION_2016).toMatchObject({ id: 'KZ-2709@2016-12-28', effectiveFrom: '2016-12-28', effectiveTo: null });
    expect(KZ_2709_EDITION_2016.note).toContain('81-VI');
    expect(editionInForce('2026-03-12')?.id).toBe(KZ_2709_EDITION_ID);
    expect(editionInForce('2016-12-27')).toBeUndefined();
  });

  it('has exactly one rule per clock, each citing its own edition', () => {
    for (const kind of DEADLINE_KINDS) {
      const rule = ruleFor(kind, KZ_2709_EDITION_ID);
      expect(rule.citation.edition).toBe(KZ_2709_EDITION_ID);
      expect(rule.label.kk && rule.label.ru && rule.label.en).toBeTruthy();
    }
    expect(KZ_2709_TERM_RULES).toHaveLength(DEADLINE_KINDS.length);
    expect(() => ruleFor(DeadlineKind.PROTEST_CONSIDERATION, 'nope')).toThrow(/No term rule/);
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
