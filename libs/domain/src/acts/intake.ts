import { Citation, formatCitation, OK, refuse, Verdict } from '../shared';
import { KZ_155_VII_EDITION_ID, KZ_2709_EDITION_ID } from '../terms';
import { AnonymousException } from './act-type';
import { art, art155, citeIn } from './citations';
import { ActRefusalCode } from '../shared';

/** Who sent the application a case is opened on, as the intake officer records it. */
export interface ApplicationIntake {
  readonly applicantIdentified: boolean;
  /** The applicant's name when identified. */
  readonly applicantName: string | null;
  /** 155-VII art. 24.6: the exception under which an anonymous application is examined. */
  readonly anonymousException: AnonymousException | null;
}

/** The article that rules anonymous applications in an edition. */
function anonymityArticle(editionId: string): Citation {
  if (editionId === KZ_155_VII_EDITION_ID) return art155('24', '6');
  if (editionId === KZ_2709_EDITION_ID) return art('7', '4');
  return citeIn(editionId, '?');
}

/**
 * May a case be opened on this application under the edition that judges it? Anonymous
 * applications are not examined: never under Law No. 2709 (art. 7.4); under Law No. 155-VII only
 * when they report a crime being prepared or committed, or a threat to national security, and the
 * intake officer claims that exception (art. 24.6). The refusal names the field and the article.
 */
export function checkApplicationIntake(intake: ApplicationIntake, editionId: string): Verdict {
  const citation = anonymityArticle(editionId);
  const exceptionKnown = editionId === KZ_155_VII_EDITION_ID;
  if (intake.applicantIdentified) {
    if (!intake.applicantName?.trim()) {
      return refuse({ code: ActRefusalCode.INVALID_PAYLOAD, citation: null, message: 'An identified applicant is recorded by name (application.applicantName).', field: 'application.applicantName' });
    }
    if (intake.anonymousException) {
      return refuse({
        code: ActRefusalCode.INVALID_PAYLOAD,
        citation,
        message: `The exception of ${formatCitation(citation)} is claimed only for an anonymous application.`,
        field: 'application.anonymousException',
      });
    }
    return OK;
  }
  if (intake.applicantName?.trim()) {
    return refuse({ code: ActRefusalCode.INVALID_PAYLOAD, citation: null, message: 'An anonymous application has no applicant name.', field: 'application.applicantName' });
  }
  if (exceptionKnown && intake.anonymousException) return OK;
  return refuse({
    code: ActRefusalCode.ANONYMOUS_APPLICATION,
    citation,
    message: exceptionKnown
      ? `Anonymous applications are not examined unless they report a crime being prepared or committed, or a threat to national security: claim the exception (${formatCitation(citation)}).`
      : `Anonymous applications are not examined (${formatCitation(citation)}).`,
    field: exceptionKnown ? 'application.anonymousException' : 'application.applicantIdentified',
  });
}
