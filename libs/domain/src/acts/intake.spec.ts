import { KZ_155_VII_EDITION_ID, KZ_2709_EDITION_ID } from '../terms';
import { AnonymousException } from './act-type';
import { checkApplicationIntake } from './intake';

const identified = { applicantIdentified: true, applicantName: 'A. Seitkali', anonymousException: null };
const anonymous = { applicantIdentified: false, applicantName: null, anonymousException: null };

describe('case intake on an application', () => {
  it.each([
    ['an identified applicant, 1995', identified, KZ_2709_EDITION_ID, null],
    ['an identified applicant, 155-VII', identified, KZ_155_VII_EDITION_ID, null],
    ['anonymous, 1995: never examined', anonymous, KZ_2709_EDITION_ID, ['ANONYMOUS_APPLICATION', '7', '4', 'application.applicantIdentified']],
    ['anonymous, 155-VII, no exception claimed', anonymous, KZ_155_VII_EDITION_ID, ['ANONYMOUS_APPLICATION', '24', '6', 'application.anonymousException']],
    ['anonymous, 155-VII, a crime reported', { ...anonymous, anonymousException: AnonymousException.CRIME_REPORT }, KZ_155_VII_EDITION_ID, null],
    ['anonymous, 155-VII, a threat to national security', { ...anonymous, anonymousException: AnonymousException.NATIONAL_SECURITY_THREAT }, KZ_155_VII_EDITION_ID, null],
    ['anonymous, 1995, an exception 1995 does not know', { ...anonymous, anonymousException: AnonymousException.CRIME_REPORT }, KZ_2709_EDITION_ID, ['ANONYMOUS_APPLICATION', '7', '4', 'application.applicantIdentified']],
    ['identified, yet an exception claimed', { ...identified, anonymousException: AnonymousException.CRIME_REPORT }, KZ_155_VII_EDITION_ID, ['INVALID_PAYLOAD', '24', '6', 'application.anonymousException']],
    ['identified without a name', { ...identified, applicantName: ' ' }, KZ_155_VII_EDITION_ID, ['INVALID_PAYLOAD', null, null, 'application.applicantName']],
    ['anonymous with a name', { ...anonymous, applicantName: 'X' }, KZ_155_VII_EDITION_ID, ['INVALID_PAYLOAD', null, null, 'application.applicantName']],
  ] as const)('%s', (_case, intake, editionId, refusal) => {
    const verdict = checkApplicationIntake(intake, editionId);
    if (refusal === null) {
      expect(verdict).toEqual({ ok: true });
      return;
    }
    const [code, article, paragraph, field] = refusal;
    expect(verdict).toMatchObject({ ok: false, refusal: { code, field, citation: article ? { edition: editionId, article, paragraph } : null } });
  });
});
