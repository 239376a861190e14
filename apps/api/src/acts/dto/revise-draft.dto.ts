import { ActType } from '@app/domain';
import { ApiSchema, OmitType, PartialType } from '@nestjs/swagger';
import {
  FileAppealDto,
  FileCourtApplicationDto,
  FileExplanationDto,
  FileInadmissibilityExplanationDto,
  FileInstructionDto,
  FilePetitionDto,
  FileOrderDto,
  FileProtestDto,
  FileResolutionDto,
  FileSanctionDto,
  FileSubmissionDto,
  FileWarningDto,
} from './file-act.dto';

// What a draft's correction may send: any field of its type's filing, but not the case it belongs
// to, nor a resolution's kind (the machine it runs on). Validated as a whole again after merging.

@ApiSchema({ name: 'ReviseProtestRequest' })
export class ReviseProtestDto extends PartialType(OmitType(FileProtestDto, ['caseId'] as const)) {}
@ApiSchema({ name: 'ReviseResolutionRequest' })
export class ReviseResolutionDto extends PartialType(OmitType(FileResolutionDto, ['caseId', 'kind'] as const)) {}
@ApiSchema({ name: 'ReviseSanctionRequest' })
export class ReviseSanctionDto extends PartialType(OmitType(FileSanctionDto, ['caseId'] as const)) {}
@ApiSchema({ name: 'ReviseInstructionRequest' })
export class ReviseInstructionDto extends PartialType(OmitType(FileInstructionDto, ['caseId'] as const)) {}
@ApiSchema({ name: 'ReviseCourtApplicationRequest' })
export class ReviseCourtApplicationDto extends PartialType(OmitType(FileCourtApplicationDto, ['caseId'] as const)) {}
@ApiSchema({ name: 'ReviseOrderRequest' })
export class ReviseOrderDto extends PartialType(OmitType(FileOrderDto, ['caseId'] as const)) {}
@ApiSchema({ name: 'ReviseSubmissionRequest' })
export class ReviseSubmissionDto extends PartialType(OmitType(FileSubmissionDto, ['caseId'] as const)) {}
@ApiSchema({ name: 'ReviseWarningRequest' })
export class ReviseWarningDto extends PartialType(OmitType(FileWarningDto, ['caseId'] as const)) {}
@ApiSchema({ name: 'ReviseAppealRequest' })
export class ReviseAppealDto extends PartialType(OmitType(FileAppealDto, ['caseId'] as const)) {}
@ApiSchema({ name: 'ReviseExplanationRequest' })
export class ReviseExplanationDto extends PartialType(OmitType(FileExplanationDto, ['caseId'] as const)) {}
@ApiSchema({ name: 'RevisePetitionRequest' })
export class RevisePetitionDto extends PartialType(OmitType(FilePetitionDto, ['caseId'] as const)) {}
@ApiSchema({ name: 'ReviseInadmissibilityExplanationRequest' })
export class ReviseInadmissibilityExplanationDto extends PartialType(OmitType(FileInadmissibilityExplanationDto, ['caseId'] as const)) {}

/** Each act type's correction and filing classes: the correction validates what is sent, the filing the merged whole. */
export const DRAFT_FORMS = {
  [ActType.PROTEST]: { revise: ReviseProtestDto, file: FileProtestDto },
  [ActType.RESOLUTION]: { revise: ReviseResolutionDto, file: FileResolutionDto },
  [ActType.SANCTION]: { revise: ReviseSanctionDto, file: FileSanctionDto },
  [ActType.INSTRUCTION]: { revise: ReviseInstructionDto, file: FileInstructionDto },
  [ActType.COURT_APPLICATION]: { revise: ReviseCourtApplicationDto, file: FileCourtApplicationDto },
  [ActType.ORDER]: { revise: ReviseOrderDto, file: FileOrderDto },
  [ActType.SUBMISSION]: { revise: ReviseSubmissionDto, file: FileSubmissionDto },
  [ActType.WARNING]: { revise: ReviseWarningDto, file: FileWarningDto },
  [ActType.APPEAL]: { revise: ReviseAppealDto, file: FileAppealDto },
  [ActType.EXPLANATION]: { revise: ReviseExplanationDto, file: FileExplanationDto },
  [ActType.PETITION]: { revise: RevisePetitionDto, file: FilePetitionDto },
  [ActType.INADMISSIBILITY_EXPLANATION]: { revise: ReviseInadmissibilityExplanationDto, file: FileInadmissibilityExplanationDto },
} as const satisfies Record<ActType, { revise: new () => object; file: new () => object }>;

export const REVISE_DRAFT_DTOS = Object.values(DRAFT_FORMS).map((form) => form.revise);
