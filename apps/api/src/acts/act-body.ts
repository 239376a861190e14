import { ActBody, ActText, ActTextParts, ActType, findEdition, KZ_155_VII_EDITION_ID, KZ_2709_EDITION_ID, ResolutionKind, TEXT_LANGUAGES } from '@app/domain';
import { HttpStatus } from '@nestjs/common';
import { ProblemException } from '../http/problem-details';
import {
  ActTextDto,
  ApplicationBasedActDto,
  FileActBaseDto,
  FileInadmissibilityExplanationDto,
  FileInstructionDto,
  FileOrderDto,
  FileProtestDto,
  FileResolutionDto,
  FileSanctionDto,
  FileSubmissionDto,
} from './dto/file-act.dto';

type ResolutionField = keyof FileResolutionDto;
// anonymousException: Law No. 155-VII only — refused on other editions' acts before the kind is looked at.
const BASIS: readonly ResolutionField[] = ['basedOnApplication', 'applicantIdentified', 'anonymousException'];
const EXECUTED: readonly ResolutionField[] = ['termDays', ...BASIS];

/** Fields each resolution kind takes besides the common ones, edition by edition (the domain's attribute types). */
const RESOLUTION_FIELDS: Readonly<Record<string, Partial<Record<ResolutionKind, readonly ResolutionField[]>>>> = {
  [KZ_2709_EDITION_ID]: {
    [ResolutionKind.OPEN_PROCEEDINGS]: EXECUTED,
    [ResolutionKind.OTHER]: EXECUTED,
    [ResolutionKind.SUSPENSION_OR_LIFTING_MEASURES]: [...EXECUTED, 'suspendsNormativeLegalAct'],
    [ResolutionKind.INSPECTION]: BASIS,
    [ResolutionKind.COMPULSORY_EXECUTION]: ['deprivesProperty'],
    [ResolutionKind.BRING_BY_FORCE]: ['personRefusedToAppear'],
  },
  [KZ_155_VII_EDITION_ID]: {
    [ResolutionKind.PROCEDURAL]: EXECUTED,
    [ResolutionKind.DISCIPLINARY_PROCEEDINGS]: EXECUTED,
    [ResolutionKind.OPERATIVE_SEARCH]: EXECUTED,
    [ResolutionKind.OPERATIVE_SEARCH_TERMINATION]: EXECUTED,
    [ResolutionKind.ACT_SUSPENSION]: EXECUTED,
    [ResolutionKind.INSPECTION]: BASIS,
    [ResolutionKind.RESTRICTIVE_MEASURES_CANCELLATION]: EXECUTED,
    [ResolutionKind.PENAL_MEASURES_CANCELLATION]: EXECUTED,
    [ResolutionKind.SHORT_SUSPENSION]: EXECUTED,
    [ResolutionKind.BAILIFF_ACTS_CANCELLATION]: EXECUTED,
    [ResolutionKind.COMPULSORY_EXECUTION]: ['termDays'],
    [ResolutionKind.OTHER]: EXECUTED,
    [ResolutionKind.BRING_BY_FORCE]: ['personRefusedToAppear', 'exemption'],
  },
};
const RESOLUTION_OPTIONAL: readonly ResolutionField[] = [
  'termDays',
  'suspendsNormativeLegalAct',
  'deprivesProperty',
  'personRefusedToAppear',
  'exemption',
  'basedOnApplication',
  'applicantIdentified',
  'anonymousException',
];

/** Fields that exist only in the acts of Law No. 155-VII: refused on an act of another edition. */
const FIELDS_OF_155_VII: readonly string[] = ['anonymousException', 'targetIssuer', 'subject', 'urgencyGround', 'exemption'];

const basis = (dto: ApplicationBasedActDto, editionId: string) => ({
  basedOnApplication: dto.basedOnApplication ?? false,
  applicantIdentified: dto.applicantIdentified ?? false,
  ...(editionId === KZ_155_VII_EDITION_ID ? { anonymousException: dto.anonymousException ?? null } : {}),
});

/**
 * The domain's typed act body from a validated filing DTO, for the edition that judges the act.
 * The DTO has already checked shapes and types; this adds the cross-field rules the decorators
 * cannot say — a field the edition does not know (Law No. 155-VII's exception of 24.6 on a 1995
 * act), a resolution field that does not belong to its kind — and the defaults.
 */
export function actBodyFrom(type: ActType, dto: FileActBaseDto, editionId: string): ActBody {
  if (editionId !== KZ_155_VII_EDITION_ID) refuseFields(dto, FIELDS_OF_155_VII, editionId);
  const fields = dto as FileActBaseDto & Record<string, unknown>;
  switch (type) {
    case ActType.PROTEST: {
      const protest = dto as FileProtestDto;
      return {
        type,
        kind: null,
        attributes: {
          ...basis(protest, editionId),
          target: protest.target,
          suspendsTargetAct: protest.suspendsTargetAct ?? false,
          termDays: protest.termDays ?? null,
          ...(protest.targetIssuer === undefined ? {} : { targetIssuer: protest.targetIssuer }),
        },
      };
    }
    case ActType.RESOLUTION:
      return resolutionBody(dto as FileResolutionDto, editionId);
    case ActType.SANCTION:
      return { type, kind: null, attributes: { covertActionObtainingProtectedSecrets: (dto as FileSanctionDto).covertActionObtainingProtectedSecrets ?? false } };
    case ActType.INSTRUCTION: {
      const instruction = dto as FileInstructionDto;
      const subject = editionId === KZ_155_VII_EDITION_ID ? { subject: instruction.subject ?? null } : {};
      return { type, kind: null, attributes: { ...basis(instruction, editionId), termDays: instruction.termDays ?? null, ...subject } };
    }
    case ActType.COURT_APPLICATION:
    case ActType.WARNING:
    case ActType.EXPLANATION:
    case ActType.PETITION:
      return { type, kind: null, attributes: basis(dto, editionId) } as ActBody;
    case ActType.ORDER: {
      const order = dto as FileOrderDto;
      return {
        type,
        kind: null,
        attributes: {
          ...basis(order, editionId),
          target: order.target,
          violationIsObvious: order.violationIsObvious,
          mayCauseSubstantialHarm: order.mayCauseSubstantialHarm,
          notRemovedAtOnce: order.notRemovedAtOnce,
          violatedNorms: order.violatedNorms,
          proposedMeasures: order.proposedMeasures,
          termDays: order.termDays,
        },
      };
    }
    case ActType.SUBMISSION: {
      const submission = dto as FileSubmissionDto;
      const urgency = editionId === KZ_155_VII_EDITION_ID ? { urgencyGround: submission.urgencyGround ?? null } : {};
      return { type, kind: null, attributes: { ...basis(submission, editionId), termDays: submission.termDays ?? null, ...urgency } };
    }
    case ActType.APPEAL:
      return { type, kind: null, attributes: {} };
    case ActType.INADMISSIBILITY_EXPLANATION:
      return { type, kind: null, attributes: { ...basis(dto, editionId), form: (fields as unknown as FileInadmissibilityExplanationDto).form } };
  }
}

function resolutionBody(dto: FileResolutionDto, editionId: string): ActBody {
  // An unknown kind under this edition was refused before (checkActTypeInEdition): every kind here has a row.
  const allowed = RESOLUTION_FIELDS[editionId]?.[dto.kind] ?? [];
  const stray = RESOLUTION_OPTIONAL.find((field) => dto[field] !== undefined && dto[field] !== null && !allowed.includes(field));
  if (stray) {
    throw new ProblemException({
      status: HttpStatus.UNPROCESSABLE_ENTITY,
      title: `${String(stray)} does not apply to a ${dto.kind} resolution`,
      code: 'VALIDATION_FAILED',
      errors: [{ field: String(stray), code: 'FIELD_NOT_APPLICABLE', message: `${String(stray)} is not a field of a ${dto.kind} resolution` }],
    });
  }
  const withBasis = basis(dto, editionId);
  switch (dto.kind) {
    case ResolutionKind.SUSPENSION_OR_LIFTING_MEASURES:
      return {
        type: ActType.RESOLUTION,
        kind: dto.kind,
        attributes: { ...withBasis, termDays: dto.termDays ?? null, suspendsNormativeLegalAct: dto.suspendsNormativeLegalAct ?? false },
      };
    case ResolutionKind.INSPECTION:
      return { type: ActType.RESOLUTION, kind: dto.kind, attributes: withBasis };
    case ResolutionKind.COMPULSORY_EXECUTION:
      return {
        type: ActType.RESOLUTION,
        kind: dto.kind,
        attributes: { deprivesProperty: dto.deprivesProperty ?? false, ...(editionId === KZ_155_VII_EDITION_ID ? { termDays: dto.termDays ?? null } : {}) },
      };
    case ResolutionKind.BRING_BY_FORCE:
      return {
        type: ActType.RESOLUTION,
        kind: dto.kind,
        attributes: { personRefusedToAppear: dto.personRefusedToAppear ?? false, ...(dto.exemption === undefined ? {} : { exemption: dto.exemption }) },
      };
    default:
      // Every other kind is executed within the prosecutor's term (20.3; 155-VII 37.2; 37.1(9): the period).
      return { type: ActType.RESOLUTION, kind: dto.kind, attributes: { ...withBasis, termDays: dto.termDays ?? null } };
  }
}

/** The domain's act text from the validated DTO: each language sent, its absent parts empty. */
export function actTextFrom(dto: ActTextDto | undefined): ActText {
  const text: { [language: string]: ActTextParts } = {};
  for (const language of TEXT_LANGUAGES) {
    const parts = dto?.[language];
    if (parts) text[language] = { facts: parts.facts ?? '', violatedNorms: parts.violatedNorms ?? [], demands: parts.demands ?? [] };
  }
  return text;
}

/** 422 naming every field sent that the edition does not know. */
function refuseFields(dto: FileActBaseDto, fields: readonly string[], editionId: string): void {
  const sent = fields.filter((field) => (dto as unknown as Record<string, unknown>)[field] !== undefined && (dto as unknown as Record<string, unknown>)[field] !== null);
  if (sent.length === 0) return;
  const law = findEdition(editionId)?.lawNumber ?? editionId;
  throw new ProblemException({
    status: HttpStatus.UNPROCESSABLE_ENTITY,
    title: `${sent.join(', ')}: not a field of the acts of Law No. ${law}, which judges this act`,
    code: 'VALIDATION_FAILED',
    errors: sent.map((field) => ({ field, code: 'FIELD_NOT_APPLICABLE', message: `${field} belongs to Law No. 155-VII; this act is judged by Law No. ${law}` })),
  });
}
