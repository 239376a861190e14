import { ActState, ActType, DeadlineKind, ResolutionKind } from '@app/domain';
import { ApiProperty, ApiPropertyOptional, ApiSchema } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsOptional, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';
import { IsLocalDate } from '../../calendar/dto/is-local-date';

/** Who answers for a case or an act from now on, and why. */
@ApiSchema({ name: 'AssignRequest' })
export class AssignDto {
  @ApiProperty({ format: 'uuid', description: 'An active prosecutor or head of the case’s office — or, for a head above it, of an office between theirs and the case’s' })
  @IsUUID()
  prosecutorId: string;

  @ApiProperty({ example: 'Е. Касымов is on leave until 20.12.2026', description: 'Kept in the audit log and the act’s history' })
  @IsString()
  @MinLength(3)
  @MaxLength(1000)
  reason: string;
}

@ApiSchema({ name: 'CreateAbsenceRequest' })
export class CreateAbsenceDto {
  @ApiProperty({ format: 'uuid', description: 'The prosecutor who will be away' })
  @IsUUID()
  userId: string;

  @ApiProperty({ format: 'date', example: '2026-12-07', description: 'The first day away (Almaty)' })
  @IsLocalDate()
  startsOn: string;

  @ApiProperty({ format: 'date', example: '2026-12-20', description: 'The last day away (Almaty), inclusive' })
  @IsLocalDate()
  endsOn: string;

  @ApiProperty({ format: 'uuid', description: 'Who receives their reminders and breach notices meanwhile: an active prosecutor or head of the same office' })
  @IsUUID()
  deputyId: string;

  @ApiProperty({ example: 'Annual leave' })
  @IsString()
  @MinLength(2)
  @MaxLength(500)
  reason: string;
}

export class ListAbsencesQuery {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  userId?: string;

  @ApiPropertyOptional({ description: 'true (default): only absences that have not ended yet' })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  current?: boolean;
}

@ApiSchema({ name: 'Absence' })
export class AbsenceView {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ format: 'uuid' })
  userId: string;

  @ApiProperty({ format: 'date' })
  startsOn: string;

  @ApiProperty({ format: 'date' })
  endsOn: string;

  @ApiProperty({ format: 'uuid' })
  deputyId: string;

  @ApiProperty()
  reason: string;

  @ApiProperty({ description: 'The absence includes today (Almaty)' })
  current: boolean;

  @ApiProperty({ type: String, format: 'date-time' })
  createdAt: Date;
}

/** The next clock of an act on the caller's desk. */
@ApiSchema({ name: 'WorkDeadline' })
export class WorkDeadlineView {
  @ApiProperty({ enum: DeadlineKind, enumName: 'DeadlineKind' })
  kind: DeadlineKind;

  @ApiProperty({ type: String, format: 'date-time' })
  dueAt: Date;

  @ApiProperty({ example: 'art. 19.3' })
  article: string;

  @ApiProperty({ description: 'Its due instant has passed' })
  overdue: boolean;
}

/** One act the caller answers for that is still in its life cycle. */
@ApiSchema({ name: 'WorkItem' })
export class WorkItemView {
  @ApiProperty({ format: 'uuid' })
  actId: string;

  @ApiProperty({ enum: ActType, enumName: 'ActType' })
  type: ActType;

  @ApiProperty({ enum: ResolutionKind, enumName: 'ResolutionKind', nullable: true })
  kind: ResolutionKind | null;

  @ApiProperty({ enum: ActState, enumName: 'ActState' })
  state: ActState;

  @ApiProperty()
  title: string;

  @ApiProperty()
  addresseeName: string;

  @ApiProperty({ format: 'uuid' })
  caseId: string;

  @ApiProperty({ example: '2026-ALA-BOS-000123' })
  caseNumber: string;

  @ApiProperty({ type: WorkDeadlineView, nullable: true, description: 'The earliest open deadline; null when no clock runs (a draft, an act awaiting its next step)' })
  nextDeadline: WorkDeadlineView | null;
}

@ApiSchema({ name: 'MyWork' })
export class MyWorkView {
  @ApiProperty({ type: [WorkItemView], description: 'Soonest deadline first; acts with no running clock last' })
  items: WorkItemView[];
}
