import { KZ_2709_EDITION_ID } from '../terms';
import { ActEvent as E } from './act-event';
import { ActState as S } from './act-state';
import { ActType } from './act-type';
import { Actor, ActorRole, OfficeRelation } from './actor';
import { allowedEvents, decide } from './decide';
import { MACHINES, machineFor } from './machines';
import { ActRefusalCode } from '../shared';
import { ACTORS, NOW, snapshotIn, validPayload } from './testing/act-fixtures';

const cite = (article: string, paragraph?: string, subparagraph?: string) => ({
  edition: KZ_2709_EDITION_ID,
  article,
  ...(paragraph ? { paragraph } : {}),
  ...(subparagraph ? { subparagraph } : {}),
});
const actor = (role: ActorRole, officeRelation: OfficeRelation): Actor => ({ role, officeRelation });
const protest = machineFor({ type: ActType.PROTEST, kind: null, editionId: KZ_2709_EDITION_ID });
const fire = (state: S, event: E, caller: Actor) => decide(snapshotIn(protest, state), event, caller, validPayload(event, protest), NOW);

describe('who may fire an event', () => {
  it.each<OfficeRelation>(['HIGHER_OFFICE', 'LOWER_OFFICE', 'UNRELATED'])('an AUTHOR event by a prosecutor of another (%s) office is refused', (relation) => {
    for (const role of ['PROSECUTOR', 'SUPERVISOR'] as const) {
      expect(fire(S.DRAFT, E.ISSUE, actor(role, relation))).toMatchObject({
        ok: false,
        refusal: { code: ActRefusalCode.NOT_ACT_OFFICE, citation: cite('19', '1') },
      });
    }
  });

  it('an AUTHOR event by a prosecutor or supervisor of the same office is allowed', () => {
    expect(fire(S.DRAFT, E.ISSUE, actor('PROSECUTOR', 'SAME_OFFICE'))).toMatchObject({ ok: true });
    expect(fire(S.DRAFT, E.ISSUE, actor('SUPERVISOR', 'SAME_OFFICE'))).toMatchObject({ ok: true });
  });

  it.each<OfficeRelation>(['SAME_OFFICE', 'LOWER_OFFICE', 'UNRELATED'])(
    'a HIGHER_SUPERVISOR event by a supervisor of a %s is refused with NOT_HIGHER_PROSECUTOR and the article',
    (relation) => {
      expect(fire(S.DELIVERED, E.CANCELLED_BY_HIGHER_PROSECUTOR, actor('SUPERVISOR', relation))).toMatchObject({
        ok: false,
        refusal: { code: ActRefusalCode.NOT_HIGHER_PROSECUTOR, citation: cite('8', '3') },
      });
      expect(fire(S.DELIVERED, E.AMENDED_BY_HIGHER_PROSECUTOR, actor('SUPERVISOR', relation))).toMatchObject({
        ok: false,
        refusal: { code: ActRefusalCode.NOT_HIGHER_PROSECUTOR, citation: cite('16', '1', '4') },
      });
      expect(fire(S.DELIVERED, E.SUSPENDED_BY_HIGHER_PROSECUTOR, actor('SUPERVISOR', relation))).toMatchObject({
        ok: false,
        refusal: { code: ActRefusalCode.NOT_HIGHER_PROSECUTOR, citation: cite('8', '2') },
      });
    },
  );

  it('a line prosecutor of a higher office is not the higher prosecutor', () => {
    expect(fire(S.DELIVERED, E.REVOKED_BY_HIGHER_PROSECUTOR, actor('PROSECUTOR', 'HIGHER_OFFICE'))).toMatchObject({
      ok: false,
      refusal: { code: ActRefusalCode.NOT_HIGHER_PROSECUTOR },
    });
    expect(fire(S.DELIVERED, E.REVOKED_BY_HIGHER_PROSECUTOR, actor('SUPERVISOR', 'HIGHER_OFFICE'))).toMatchObject({ ok: true, to: S.REVOKED });
  });

  it('only the deadline engine enters a missed term, and it enters nothing else', () => {
    expect(fire(S.DELIVERED, E.TERM_MISSED, actor('SUPERVISOR', 'SAME_OFFICE'))).toMatchObject({ ok: false, refusal: { code: ActRefusalCode.ACTOR_NOT_ALLOWED } });
    expect(fire(S.DELIVERED, E.TERM_MISSED, ACTORS.SYSTEM)).toMatchObject({ ok: true, to: S.OVERDUE });
    expect(fire(S.DRAFT, E.ISSUE, actor('SYSTEM', 'SAME_OFFICE'))).toMatchObject({ ok: false, refusal: { code: ActRefusalCode.ACTOR_NOT_ALLOWED } });
  });

  it.each<ActorRole>(['ADMINISTRATOR', 'INTEGRATION'])('%s fires no event on any act', (role) => {
    for (const machine of MACHINES) {
      for (const state of machine.states) {
        for (const relation of ['SAME_OFFICE', 'HIGHER_OFFICE'] as const) {
          expect(allowedEvents(snapshotIn(machine, state), actor(role, relation))).toEqual([]);
        }
      }
    }
    expect(fire(S.DRAFT, E.ISSUE, actor(role, 'SAME_OFFICE'))).toMatchObject({ ok: false, refusal: { code: ActRefusalCode.ACTOR_NOT_ALLOWED } });
  });

  it('allowedEvents lists what this caller may do now', () => {
    const delivered = snapshotIn(protest, S.DELIVERED);
    expect(allowedEvents(delivered, ACTORS.HIGHER_SUPERVISOR).sort()).toEqual(
      [
        E.CANCELLED_BY_HIGHER_PROSECUTOR,
        E.REVOKED_BY_HIGHER_PROSECUTOR,
        E.AMENDED_BY_HIGHER_PROSECUTOR,
        E.COMPLAINT_DISMISSED_BY_HIGHER_PROSECUTOR,
        E.SUSPENDED_BY_HIGHER_PROSECUTOR,
      ].sort(),
    );
    expect(allowedEvents(delivered, ACTORS.SYSTEM)).toEqual([E.TERM_MISSED]);
    expect(allowedEvents(delivered, actor('PROSECUTOR', 'UNRELATED'))).toEqual([]);
    expect(allowedEvents(delivered, ACTORS.AUTHOR)).toEqual(expect.arrayContaining([E.WITHDRAW, E.PUBLICATION_RECORDED, E.OUTCOME_REJECTED]));
  });
});
