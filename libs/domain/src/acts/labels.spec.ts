import { Label, LANGUAGES } from '../shared';
import { ACT_EVENTS } from './act-event';
import { ACT_STATES } from './act-state';
import {
  ACT_TYPES,
  ANONYMOUS_EXCEPTIONS,
  BRING_BY_FORCE_EXEMPTIONS,
  EXPLANATION_FORMS,
  INSTRUCTION_SUBJECTS,
  PROTEST_TARGET_ISSUERS,
  RESOLUTION_KINDS,
  SUBMISSION_URGENCY_GROUNDS,
  TARGET_KINDS,
} from './act-type';
import { ACTOR_KINDS, ACTOR_ROLES } from './actor';
import { LINK_REASONS, VIOLATION_CODES } from './effect';
import {
  ACT_EVENT_LABELS,
  ACT_REFUSAL_CODE_LABELS,
  ACT_STATE_LABELS,
  ACT_TYPE_LABELS,
  ACTOR_KIND_LABELS,
  ACTOR_ROLE_LABELS,
  LINK_REASON_LABELS,
  ANONYMOUS_EXCEPTION_LABELS,
  BRING_BY_FORCE_EXEMPTION_LABELS,
  EXPLANATION_FORM_LABELS,
  INSTRUCTION_SUBJECT_LABELS,
  PROTEST_TARGET_ISSUER_LABELS,
  SUBMISSION_URGENCY_GROUND_LABELS,
  RESOLUTION_KIND_LABELS,
  TARGET_KIND_LABELS,
  VIOLATION_CODE_LABELS,
} from './labels';
import { ACT_REFUSAL_CODES } from '../shared';
import { KZ_2709_EDITION_ID } from '../terms';
import { actTypesOf } from './machines';

// Indexed by plain strings on purpose: the test must fail for a member added to an enumeration
// without a label, which the Record types catch only where the lists and the enums agree.
const vocabularies: ReadonlyArray<[string, readonly string[], Readonly<Record<string, Label | undefined>>]> = [
  ['act types', ACT_TYPES, ACT_TYPE_LABELS],
  ['resolution kinds', RESOLUTION_KINDS, RESOLUTION_KIND_LABELS],
  ['target kinds', TARGET_KINDS, TARGET_KIND_LABELS],
  ['states', ACT_STATES, ACT_STATE_LABELS],
  ['events', ACT_EVENTS, ACT_EVENT_LABELS],
  ['actor roles', ACTOR_ROLES, ACTOR_ROLE_LABELS],
  ['actor kinds', ACTOR_KINDS, ACTOR_KIND_LABELS],
  ['refusal codes', ACT_REFUSAL_CODES, ACT_REFUSAL_CODE_LABELS],
  ['violation codes', VIOLATION_CODES, VIOLATION_CODE_LABELS],
  ['link reasons', LINK_REASONS, LINK_REASON_LABELS],
  ['protest target issuers (155-VII 33.6)', PROTEST_TARGET_ISSUERS, PROTEST_TARGET_ISSUER_LABELS],
  ['anonymous-application exceptions (155-VII 24.6)', ANONYMOUS_EXCEPTIONS, ANONYMOUS_EXCEPTION_LABELS],
  ['instruction subjects (155-VII 35.1)', INSTRUCTION_SUBJECTS, INSTRUCTION_SUBJECT_LABELS],
  ['submission urgency grounds (155-VII 36.2)', SUBMISSION_URGENCY_GROUNDS, SUBMISSION_URGENCY_GROUND_LABELS],
  ['bring-by-force exemptions (155-VII 26.14)', BRING_BY_FORCE_EXEMPTIONS, BRING_BY_FORCE_EXEMPTION_LABELS],
  ['explanation forms (155-VII 41)', EXPLANATION_FORMS, EXPLANATION_FORM_LABELS],
];

describe('labels in Kazakh, Russian and English', () => {
  it.each(vocabularies)('every one of the %s has a non-empty label in every language', (_name, codes, labels) => {
    const missing = codes.flatMap((code) => LANGUAGES.filter((language) => !labels[code]?.[language]?.trim()).map((language) => `${code}.${language}`));
    expect(missing).toEqual([]);
    expect(Object.keys(labels).sort()).toEqual([...codes].sort());
  });

  it('names the acts in the words of art. 18.1(1) of the Kazakh text', () => {
    expect(actTypesOf(KZ_2709_EDITION_ID).map((type) => ACT_TYPE_LABELS[type].kk.toLowerCase())).toEqual([
      'наразылық',
      'қаулы',
      'санкция',
      'нұсқау',
      'өтініш',
      'ұйғарым',
      'ұсыныс',
      'алдын ала ескерту',
      'үндеу',
      'заңға түсіндірме',
    ]);
  });

  it('writes Kazakh in Cyrillic: no Latin i in place of і', () => {
    const kazakh = vocabularies.flatMap(([, codes, labels]) => codes.map((code) => labels[code]?.kk ?? ''));
    expect(kazakh.filter((text) => /[a-z]/i.test(text))).toEqual([]);
  });
});
