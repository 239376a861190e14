import { DeadlineKind } from '../shared';
import { rulesOf } from './rule-book';
import { checkPrescribedTerm, PRESCRIBED_TERM_FIELD } from './check-prescribed-term';
import { KZ_2709_EDITION_ID } from './statute-edition';

const ed = KZ_2709_EDITION_ID;

describe('checkPrescribedTerm', () => {
  it('refuses a protest term below 10 calendar days, citing art. 19.3', () => {
    const verdict = checkPrescribedTerm(DeadlineKind.PROTEST_CONSIDERATION, 9, ed);
    expect(verdict).toEqual({
      ok: false,
      refusal: {
        code: 'TERM_BELOW_STATUTORY_MINIMUM',
        citation: { edition: ed, article: '19', paragraph: '3' },
        message: expect.stringContaining('not be less than 10 calendar days (art. 19.3)'),
        field: PRESCRIBED_TERM_FIELD,
      },
    });
    expect(checkPrescribedTerm(DeadlineKind.PROTEST_CONSIDERATION, 10, ed)).toEqual({ ok: true });
    expect(checkPrescribedTerm(DeadlineKind.PROTEST_CONSIDERATION, 45, ed)).toEqual({ ok: true });
    expect(checkPrescribedTerm(DeadlineKind.PROTEST_CONSIDERATION, undefined, ed)).toEqual({ ok: true });
  });

  it('refuses a submission term of 31 days, citing art. 25.2', () => {
    const verdict = checkPrescribedTerm(DeadlineKind.SUBMISSION_CONSIDERATION, 31, ed);
    expect(verdict).toMatchObject({
      ok: false,
      refusal: { code: 'TERM_ABOVE_STATUTORY_MAXIMUM', citation: { article: '25', paragraph: '2' }, field: 'termDays' },
    });
    expect(!verdict.ok && verdict.refusal.message).toContain('may not exceed 30 calendar days (art. 25.2)');
    expect(checkPrescribedTerm(DeadlineKind.SUBMISSION_CONSIDERATION, 30, ed).ok).toBe(true);
    expect(checkPrescribedTerm(DeadlineKind.SUBMISSION_CONSIDERATION, 1, ed).ok).toBe(true);
  });

  it('requires a term where the prosecutor must set one (orders 24.3, resolutions 20.3), not for instructions', () => {
    expect(checkPrescribedTerm(DeadlineKind.ORDER_EXECUTION, null, ed)).toMatchObject({
      ok: false,
      refusal: { code: 'TERM_REQUIRED', citation: { article: '24', paragraph: '3' } },
    });
    expect(checkPrescribedTerm(DeadlineKind.RESOLUTION_EXECUTION, undefined, ed)).toMatchObject({ ok: false, refusal: { code: 'TERM_REQUIRED' } });
    expect(checkPrescribedTerm(DeadlineKind.INSTRUCTION_EXECUTION, null, ed)).toEqual({ ok: true });
    expect(checkPrescribedTerm(DeadlineKind.ORDER_EXECUTION, 14, ed)).toEqual({ ok: true });
  });

  it('refuses a term on a clock fixed by law or by policy', () => {
    expect(checkPrescribedTerm(DeadlineKind.SANCTION_DECISION, 48, ed)).toMatchObject({
      ok: false,
      refusal: { code: 'TERM_NOT_PRESCRIBABLE', citation: { article: '21', paragraph: '2' } },
    });
    const policy = checkPrescribedTerm(DeadlineKind.ORDER_REPORT, 5, ed);
    expect(policy).toMatchObject({ ok: false, refusal: { code: 'TERM_NOT_PRESCRIBABLE' } });
    expect(!policy.ok && policy.refusal.message).toContain('no statutory term');
    expect(checkPrescribedTerm(DeadlineKind.SANCTION_DECISION, null, ed)).toEqual({ ok: true });
  });

  it('refuses malformed terms and unknown editions', () => {
    expect(checkPrescribedTerm(DeadlineKind.ORDER_EXECUTION, 0, ed)).toMatchObject({ ok: false, refusal: { code: 'TERM_NOT_A_POSITIVE_WHOLE_NUMBER' } });
    expect(checkPrescribedTerm(DeadlineKind.ORDER_EXECUTION, 2.5, ed)).toMatchObject({ ok: false, refusal: { code: 'TERM_NOT_A_POSITIVE_WHOLE_NUMBER' } });
    expect(checkPrescribedTerm(DeadlineKind.ORDER_EXECUTION, 5, 'KZ-0000@1900-01-01')).toMatchObject({
      ok: false,
      refusal: { code: 'TERM_RULE_UNKNOWN', citation: null },
    });
  });

  it('answers for every clock of the shipped edition', () => {
    const missingTermVerdicts = rulesOf(ed).map(({ kind }) => {
      const verdict = checkPrescribedTerm(kind, null, ed);
      return verdict.ok ? 'OK' : verdict.refusal.code;
    });
    expect(new Set(missingTermVerdicts)).toEqual(new Set(['OK', 'TERM_REQUIRED']));
  });
});
