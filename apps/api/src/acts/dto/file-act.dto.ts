import {
  AnonymousException,
  BringByForceExemption,
  ExplanationForm,
  InstructionSubject,
  ProtestTargetIssuer,
  ResolutionKind,
  SubmissionUrgencyGround,
  TargetKind,
} from '@app/domain';
import { ApiProperty, ApiPropertyOptional, ApiSchema } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsEnum,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';

/**
 * The text of an act in one language. Every part may be sent empty: which parts an act must have
 * is the statute's (19.1, 19.4, 24.2, 25.1), checked with the article when the act is filed,
 * corrected and issued (ACT_TEXT_INCOMPLETE).
 */
@ApiSchema({ name: 'ActTextParts' })
export class ActTextPartsDto {
  @ApiPropertyOptional({ default: '', maxLength: 20000, description: 'The statement of facts: what was found, the grounds (the nature of the violation, 24.2)' })
  @IsOptional()
  @IsString()
  @MaxLength(20000)
  facts?: string;

  @ApiPropertyOptional({ type: [String], default: [], maxItems: 50, description: 'The violated norms of the Constitution, laws, acts of the President (19.1, 24.2)' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @MaxLength(2000, { each: true })
  violatedNorms?: string[];

  @ApiPropertyOptional({ type: [String], default: [], maxItems: 50, description: 'What the prosecutor demands or proposes (19.4, 24.2, 25.1)' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  @MaxLength(5000, { each: true })
  demands?: string[];
}

/** The act's official text in the state language and/or Russian. */
@ApiSchema({ name: 'ActText' })
export class ActTextDto {
  @ApiPropertyOptional({ type: ActTextPartsDto, description: 'In Kazakh (the state language)' })
  @IsOptional()
  @ValidateNested()
  @Type(() => ActTextPartsDto)
  kk?: ActTextPartsDto;

  @ApiPropertyOptional({ type: ActTextPartsDto, description: 'In Russian' })
  @IsOptional()
  @ValidateNested()
  @Type(() => ActTextPartsDto)
  ru?: ActTextPartsDto;
}

/** What every act carries, whatever its type. */
export class FileActBaseDto {
  @ApiProperty({ format: 'uuid', description: 'The supervision case the act belongs to (of the caller’s office)' })
  @IsUUID()
  caseId: string;

  @ApiProperty({ example: 'Protest against the akimat resolution No. 112 of 01.03.2026' })
  @IsString()
  @MinLength(3)
  @MaxLength(500)
  title: string;

  @ApiProperty({ example: 'Akimat of Bostandyk district' })
  @IsString()
  @MinLength(2)
  @MaxLength(500)
  addresseeName: string;

  @ApiPropertyOptional({ example: 'Resolution No. 112 of 01.03.2026 on land allocation' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  targetDescription?: string;

  @ApiPropertyOptional({
    type: ActTextDto,
    description: 'The act’s text in Kazakh and/or Russian (one language at least); the parts its type requires are checked with the article (ACT_TEXT_MISSING, ACT_TEXT_INCOMPLETE)',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => ActTextDto)
  text?: ActTextDto;
}

/** Acts that may be opened on someone's application: anonymous applications are not examined (7.4; 155-VII 24.6). */
export class ApplicationBasedActDto extends FileActBaseDto {
  @ApiPropertyOptional({ default: false, description: 'The act answers an application (art. 7; 155-VII art. 24)' })
  @IsOptional()
  @IsBoolean()
  basedOnApplication?: boolean;

  @ApiPropertyOptional({ default: false, description: 'The applicant is identified; an anonymous application is refused (art. 7.4; 155-VII art. 24.6 unless an exception is claimed)' })
  @IsOptional()
  @IsBoolean()
  applicantIdentified?: boolean;

  @ApiPropertyOptional({
    enum: AnonymousException,
    enumName: 'AnonymousException',
    description: 'Law No. 155-VII only (art. 24.6): the exception under which an anonymous application is examined — it reports a crime, or a threat to national security',
  })
  @IsOptional()
  @IsEnum(AnonymousException)
  anonymousException?: AnonymousException;
}

/** A term the prosecutor sets, in the clock's unit (calendar days but for 155-VII 37.1(9)); the statute bounds it. */
const termDays = (description: string) =>
  ApiPropertyOptional({ type: Number, nullable: true, minimum: 1, maximum: 366, description });

@ApiSchema({ name: 'FileProtestRequest' })
export class FileProtestDto extends ApplicationBasedActDto {
  @ApiProperty({ enum: TargetKind, example: TargetKind.NON_NORMATIVE_LEGAL_ACT })
  @IsEnum(TargetKind)
  target: TargetKind;

  @ApiPropertyOptional({
    default: false,
    description: 'The protested act is suspended until the protest is decided (19.5: never a law; 155-VII 33.5: only by the heads it names — a supervisor)',
  })
  @IsOptional()
  @IsBoolean()
  suspendsTargetAct?: boolean;

  @ApiPropertyOptional({
    enum: ProtestTargetIssuer,
    enumName: 'ProtestTargetIssuer',
    description: 'Law No. 155-VII only (art. 33.6): whose act it is — acts of the President, the Administration, the Constitutional Court and the Supreme Audit Chamber (on its audits) are not protested',
  })
  @IsOptional()
  @IsEnum(ProtestTargetIssuer)
  targetIssuer?: ProtestTargetIssuer;

  @termDays('Consideration term in calendar days: Law No. 2709 — default and minimum 10 (art. 19.3); Law No. 155-VII — default 10, another term never ending before the 3rd working day (art. 33.3)')
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(366)
  termDays?: number | null;
}

@ApiSchema({ name: 'FileResolutionRequest' })
export class FileResolutionDto extends ApplicationBasedActDto {
  @ApiProperty({ enum: ResolutionKind, example: ResolutionKind.INSPECTION })
  @IsEnum(ResolutionKind)
  kind: ResolutionKind;

  @termDays(
    'Execution term set by the prosecutor, in calendar days (20.3; 155-VII 37.2: every kind of 37.1, compulsory execution included); ' +
      'for SHORT_SUSPENSION (155-VII 37.1(9)) the period of suspension, in working days, at most 3',
  )
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(366)
  termDays?: number | null;

  @ApiPropertyOptional({ description: 'SUSPENSION_OR_LIFTING_MEASURES: it suspends a normative legal act, so it must be published (18.1-1)' })
  @IsOptional()
  @IsBoolean()
  suspendsNormativeLegalAct?: boolean;

  @ApiPropertyOptional({ description: 'COMPULSORY_EXECUTION: the requirement deprives someone of property (excluded, 26-1.1)' })
  @IsOptional()
  @IsBoolean()
  deprivesProperty?: boolean;

  @ApiPropertyOptional({ description: 'BRING_BY_FORCE: the person refused to appear (the only ground, 26-1.3; 155-VII 26.11: failed to appear without good reason)' })
  @IsOptional()
  @IsBoolean()
  personRefusedToAppear?: boolean;

  @ApiPropertyOptional({
    enum: BringByForceExemption,
    enumName: 'BringByForceExemption',
    description: 'BRING_BY_FORCE, Law No. 155-VII only (art. 26.14): a person never brought by force; NONE when the person is none of them',
  })
  @IsOptional()
  @IsEnum(BringByForceExemption)
  exemption?: BringByForceExemption;
}

@ApiSchema({ name: 'FileSanctionRequest' })
export class FileSanctionDto extends FileActBaseDto {
  @ApiPropertyOptional({
    default: false,
    description:
      'A covert investigative action obtaining legally protected secrets (no electronic signature, 21.2); under Law No. 155-VII also an operative-search or counter-intelligence measure (34.3)',
  })
  @IsOptional()
  @IsBoolean()
  covertActionObtainingProtectedSecrets?: boolean;
}

@ApiSchema({ name: 'FileInstructionRequest' })
export class FileInstructionDto extends ApplicationBasedActDto {
  @termDays('Execution term, when the prosecutor sets one (art. 22; 155-VII art. 35.2)')
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(366)
  termDays?: number | null;

  @ApiPropertyOptional({ enum: InstructionSubject, enumName: 'InstructionSubject', description: 'Law No. 155-VII only, and required there (art. 35.1): the matter it is given on' })
  @IsOptional()
  @IsEnum(InstructionSubject)
  subject?: InstructionSubject;
}

@ApiSchema({ name: 'FileCourtApplicationRequest' })
export class FileCourtApplicationDto extends ApplicationBasedActDto {}

@ApiSchema({ name: 'FileOrderRequest' })
export class FileOrderDto extends ApplicationBasedActDto {
  @ApiProperty({ enum: TargetKind, example: TargetKind.DECISION_OR_ACTION, description: 'Never a normative legal act (24.1)' })
  @IsEnum(TargetKind)
  target: TargetKind;

  @ApiProperty({ description: 'The violation is obvious (24.1)' })
  @IsBoolean()
  violationIsObvious: boolean;

  @ApiProperty({ description: 'It may cause substantial harm (24.1)' })
  @IsBoolean()
  mayCauseSubstantialHarm: boolean;

  @ApiProperty({ description: 'It was not removed at once (24.1)' })
  @IsBoolean()
  notRemovedAtOnce: boolean;

  @ApiProperty({ type: [String], example: ['Labour Code, art. 113'], description: 'The violated norms (24.2)' })
  @IsArray()
  @ArrayMinSize(1)
  @IsString({ each: true })
  @MaxLength(1000, { each: true })
  violatedNorms: string[];

  @ApiProperty({ type: [String], example: ['Pay the wage arrears'], description: 'Concrete measures to eliminate the violation (24.2)' })
  @IsArray()
  @ArrayMinSize(1)
  @IsString({ each: true })
  @MaxLength(1000, { each: true })
  proposedMeasures: string[];

  @termDays('Execution term set by the prosecutor (24.3)')
  @IsInt()
  @Min(1)
  @Max(366)
  termDays: number;
}

@ApiSchema({ name: 'FileSubmissionRequest' })
export class FileSubmissionDto extends ApplicationBasedActDto {
  @termDays('Consideration term in calendar days: Law No. 2709 — at most 30 (art. 25.2); Law No. 155-VII — 30 fixed, another only with urgencyGround (art. 36.2)')
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(366)
  termDays?: number | null;

  @ApiPropertyOptional({
    enum: SubmissionUrgencyGround,
    enumName: 'SubmissionUrgencyGround',
    description: 'Law No. 155-VII only (art. 36.2): irreversible consequences for life and health or state security may occur — the prosecutor then sets the term',
  })
  @IsOptional()
  @IsEnum(SubmissionUrgencyGround)
  urgencyGround?: SubmissionUrgencyGround;
}

@ApiSchema({ name: 'FileWarningRequest' })
export class FileWarningDto extends ApplicationBasedActDto {}
@ApiSchema({ name: 'FileAppealRequest' })
export class FileAppealDto extends FileActBaseDto {}
@ApiSchema({ name: 'FileExplanationRequest' })
export class FileExplanationDto extends ApplicationBasedActDto {}
/** Law No. 155-VII art. 38: a petition to review a court act not yet in force. */
@ApiSchema({ name: 'FilePetitionRequest' })
export class FilePetitionDto extends ApplicationBasedActDto {}

/** Law No. 155-VII art. 41: the explanation of the inadmissibility of breaking the law, in writing or orally. */
@ApiSchema({ name: 'FileInadmissibilityExplanationRequest' })
export class FileInadmissibilityExplanationDto extends ApplicationBasedActDto {
  @ApiProperty({ enum: ExplanationForm, enumName: 'ExplanationForm', description: 'In writing, or orally (the delivery is then the record of who was told, when and by whom)' })
  @IsEnum(ExplanationForm)
  form: ExplanationForm;
}
