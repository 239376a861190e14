import { ACT_TYPE_LABELS } from '../acts/labels';
import { ActType } from '../acts/act-type';
import { Label } from '../shared/label';

/** What a prosecutor is told when a head gives them a case or an act to answer for. */
export type AssignedWork =
  | { readonly what: 'CASE'; readonly caseId: string; readonly caseNumber: string; readonly openActs: number }
  | { readonly what: 'ACT'; readonly actId: string; readonly actType: ActType; readonly actTitle: string; readonly caseNumber: string };

export interface AssignmentFacts {
  readonly work: AssignedWork;
  /** The head who assigned it (full name). */
  readonly assignedBy: string;
  readonly reason: string;
}

/**
 * Subject and body of the assignment notice in Kazakh, Russian and English, with the address of
 * the case or act in the web workspace. Work allocation is office policy, not a term of the statute.
 */
export function assignmentNoticeText(facts: AssignmentFacts): { subject: Label; body: Label } {
  const { work, assignedBy, reason } = facts;
  if (work.what === 'CASE') {
    const link = `/cases/${work.caseId}`;
    return {
      subject: {
        kk: `Сізге іс тапсырылды: № ${work.caseNumber}`,
        ru: `Вам передано дело № ${work.caseNumber}`,
        en: `Case No. ${work.caseNumber} assigned to you`,
      },
      body: {
        kk: `${assignedBy} сізді № ${work.caseNumber} іс бойынша жауапты прокурор етіп тағайындады (ашық актілер: ${work.openActs}).\nСебебі: ${reason}\n${link}`,
        ru: `${assignedBy} назначил(а) вас ответственным прокурором по делу № ${work.caseNumber} (открытых актов: ${work.openActs}).\nПричина: ${reason}\n${link}`,
        en: `${assignedBy} made you the responsible prosecutor for case No. ${work.caseNumber} (open acts: ${work.openActs}).\nReason: ${reason}\n${link}`,
      },
    };
  }
  const type = ACT_TYPE_LABELS[work.actType];
  const link = `/acts/${work.actId}`;
  return {
    subject: {
      kk: `Сізге акт тапсырылды: ${type.kk} «${work.actTitle}»`,
      ru: `Вам передан акт: ${type.ru} «${work.actTitle}»`,
      en: `Act assigned to you: ${type.en} “${work.actTitle}”`,
    },
    body: {
      kk: `${assignedBy} сізді ${type.kk} «${work.actTitle}» (іс № ${work.caseNumber}) бойынша жауапты прокурор етіп тағайындады.\nСебебі: ${reason}\n${link}`,
      ru: `${assignedBy} назначил(а) вас ответственным прокурором по акту «${work.actTitle}» (${type.ru}, дело № ${work.caseNumber}).\nПричина: ${reason}\n${link}`,
      en: `${assignedBy} made you the responsible prosecutor for the ${type.en.toLowerCase()} “${work.actTitle}” (case No. ${work.caseNumber}).\nReason: ${reason}\n${link}`,
    },
  };
}
