import { ActBody, ActText, ActTextParts, ActType, ResolutionKind, TEXT_LANGUAGES } from '@app/domain';
import { HttpStatus } from '@nestjs/common';
import { ProblemException } from '../http/problem-details';
import {
  ActTextDto,
  ApplicationBasedActDto,
  FileActBaseDto,
  FileOrderDto,
  FileProtestDto,
  FileResolutionDto,
  FileSanctionDto,
  FileInstructionDto,
  FileSubmissionDto,
} from './dto/file-act.dto';

/** Fields each resolution kind takes besides the common ones (the domain's attribute types). */
const RESOLUTION_FIELDS: Record<ResolutionKind, ReadonlyArray<keyof FileResolutionDto>> = {
  [ResolutionKind.OPEN_PROCEEDINGS]: ['termDays', 'basedOnApplication', 'applicantIdentified'],
  [ResolutionKind.OTHER]: ['termDays', 'basedOnApplication', 'applicantIdentified'],
  [ResolutionKind.SUSPENSION_OR_LIFTING_MEASURES]: ['termDays', 'suspendsNormativeLegalAct', 'basedOnApplication', 'applicantIdentified'],
  [ResolutionKind.INSPECTION]: ['basedOnApplication', 'applicantIdentified'],
  [ResolutionKind.COMPULSORY_EXECUTION]: ['deprivesProperty'],
  [ResolutionKind.BRING_BY_FORCE]: ['personRefusedToAppear'],
};
const RESOLUTION_OPTIONAL: ReadonlyArray<keyof FileResolutionDto> = ['termDays', 'suspendsNormativeLegalAct', 'deprivesProperty', 'personRefusedToAppear', 'basedOnApplication', 'applicantIdentified'];

const basis = (dto: ApplicationBasedActDto) => ({ basedOnApplication: dto.basedOnApplication ?? false, applicantIdentified: dto.applicantIdentified ?? false });

/**
 * The domain's typed act body from a validated filing DTO. The DTO has already checked shapes and
 * types; this adds the cross-field rule the decorators cannot say (a resolution field that does
 * not belong to its kind) and the defaults.
 */
export function actBodyFrom(type: ActType, dto: FileActBaseDto): ActBody {
  switch (type) {
    case ActType.PROTEST: {
      const protest = dto as FileProtestDto;
      return { type, kind: null, attributes: { ...basis(protest), target: protest.target, suspendsTargetAct: protest.suspendsTargetAct ?? false, termDays: protest.termDays ?? null } };
    }
    case ActType.RESOLUTION:
      return resolutionBody(dto as FileResolutionDto);
    case ActType.SANCTION:
      return { type, kind: null, attributes: { covertActionObtainingProtectedSecrets: (dto as FileSanctionDto).covertActionObtainingProtectedSecrets ?? false } };
    case ActType.INSTRUCTION:
      return { type, kind: null, attributes: { ...basis(dto), termDays: (dto as FileInstructionDto).termDays ?? null } };
    case ActType.COURT_APPLICATION:
      return { type, kind: null, attributes: basis(dto) };
    case ActType.ORDER: {
      const order = dto as FileOrderDto;
      return {
        type,
        kind: null,
        attributes: {
          ...basis(order),
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
    case ActType.SUBMISSION:
      return { type, kind: null, attributes: { ...basis(dto), termDays: (dto as FileSubmissionDto).termDays ?? null } };
    case ActType.WARNING:
      return { type, kind: null, attributes: basis(dto) };
    case ActType.APPEAL:
      return { type, kind: null, attributes: {} };
    case ActType.EXPLANATION:
      return { type, kind: null, attributes: basis(dto) };
  }
}

function resolutionBody(dto: FileResolutionDto): ActBody {
  const allowed = RESOLUTION_FIELDS[dto.kind];
  const stray = RESOLUTION_OPTIONAL.find((field) => dto[field] !== undefined && dto[field] !== null && !allowed.includes(field));
  if (stray) {
    throw new ProblemException({
      status: HttpStatus.UNPROCESSABLE_ENTITY,
      title: `${String(stray)} does not apply to a ${dto.kind} resolution`,
      code: 'VALIDATION_FAILED',
      errors: [{ field: String(stray), code: 'FIELD_NOT_APPLICABLE', message: `${String(stray)} is not a field of a ${dto.kind} resolution` }],
    });
  }
  const withBasis = { ...basis(dto) };
  switch (dto.kind) {
    case ResolutionKind.OPEN_PROCEEDINGS:
    case ResolutionKind.OTHER:
      return { type: ActType.RESOLUTION, kind: dto.kind, attributes: { ...withBasis, termDays: dto.termDays ?? null } };
    case ResolutionKind.SUSPENSION_OR_LIFTING_MEASURES:
      return {
        type: ActType.RESOLUTION,
        kind: dto.kind,
        attributes: { ...withBasis, termDays: dto.termDays ?? null, suspendsNormativeLegalAct: dto.suspendsNormativeLegalAct ?? false },
      };
    case ResolutionKind.INSPECTION:
      return { type: ActType.RESOLUTION, kind: dto.kind, attributes: withBasis };
    case ResolutionKind.COMPULSORY_EXECUTION:
      return { type: ActType.RESOLUTION, kind: dto.kind, attributes: { deprivesProperty: dto.deprivesProperty ?? false } };
    case ResolutionKind.BRING_BY_FORCE:
      return { type: ActType.RESOLUTION, kind: dto.kind, attributes: { personRefusedToAppear: dto.personRefusedToAppear ?? false } };
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
