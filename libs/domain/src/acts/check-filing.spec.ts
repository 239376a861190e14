import { ActState } from './act-state';
import { ActType, TargetKind } from './act-type';
import { ActSnapshot } from './act-snapshot';
import { checkFiling } from './check-filing';
import { MACHINES } from './machines';
import { COMPLETE_TEXT, validBody } from './testing/act-fixtures';

const draft = (body: Pick<ActSnapshot, 'type' | 'kind' | 'attributes'> & Partial<Pick<ActSnapshot, 'text'>>, editionId = 'KZ-2709@2016-12-28'): ActSnapshot =>
  ({ text: COMPLETE_TEXT, ...body, state: ActState.DRAFT, editionId, suspendedFrom: null, complaintPending: false }) as ActSnapshot;

describe('checkFiling', () => {
  it.each(MACHINES.map((machine) => [`${machine.id} (${machine.editionId})`, machine] as const))('accepts a valid draft of %s', (_id, machine) => {
    expect(checkFiling(draft(validBody(machine), machine.editionId))).toEqual({ ok: true });
  });

  const order = validBody({ actType: ActType.ORDER, kind: null });
  const protest = validBody({ actType: ActType.PROTEST, kind: null });
  const submission = validBody({ actType: ActType.SUBMISSION, kind: null });

  it.each([
    ['an order against a normative legal act', { ...order, attributes: { ...order.attributes, target: TargetKind.OTHER_NORMATIVE_LEGAL_ACT } }, 'ORDER_AGAINST_NORMATIVE_ACT', '24', '1'],
    ['a protest term of 9 days', { ...protest, attributes: { ...protest.attributes, termDays: 9 } }, 'TERM_BELOW_STATUTORY_MINIMUM', '19', '3'],
    ['a submission term of 31 days', { ...submission, attributes: { ...submission.attributes, termDays: 31 } }, 'TERM_ABOVE_STATUTORY_MAXIMUM', '25', '2'],
    ['an anonymous application', { ...protest, attributes: { ...protest.attributes, basedOnApplication: true, applicantIdentified: false } }, 'ANONYMOUS_APPLICATION', '7', '4'],
    ['a protest suspending a law', { ...protest, attributes: { ...protest.attributes, target: TargetKind.LAW, suspendsTargetAct: true } }, 'PROTEST_CANNOT_SUSPEND_LAW', '19', '5'],
    ['a protest that demands nothing', { ...protest, text: { kk: { ...COMPLETE_TEXT.kk, demands: [] } } }, 'ACT_TEXT_INCOMPLETE', '19', '4'],
    ['an order without the nature of the violation', { ...order, text: { ru: { ...COMPLETE_TEXT.ru, facts: '  ' } } }, 'ACT_TEXT_INCOMPLETE', '24', '2'],
    ['a submission without its ground', { ...submission, text: { ru: { ...COMPLETE_TEXT.ru, facts: '' } } }, 'ACT_TEXT_INCOMPLETE', '25', '1'],
  ])('refuses %s with its article', (_name, body, code, article, paragraph) => {
    const verdict = checkFiling(draft(body as ActSnapshot));
    expect(verdict.ok).toBe(false);
    if (!verdict.ok) {
      expect(verdict.refusal.code).toBe(code);
      expect(verdict.refusal.citation).toMatchObject({ article, paragraph });
    }
  });
});
