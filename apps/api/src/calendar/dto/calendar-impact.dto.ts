import { DeadlineStatus, OPEN_DEADLINE_STATUSES } from '@app/domain';
import { ApiProperty, ApiPropertyOptional, ApiSchema } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsObject, Matches, ValidateNested } from 'class-validator';
import { CalendarEntryView, CreateCalendarEntryDto, UpdateCalendarEntryDto } from './calendar-entry.dto';
import { LabelDto } from './label.dto';
import { OptionalNotNull } from './optional-not-null';

export class CalendarEntryUpdateProposal {
  @ApiProperty({ example: 'KZ-2027-05-16-KURBAN_AIT' })
  @Matches(/^\S{1,100}$/)
  id: string;

  @ApiProperty({ type: UpdateCalendarEntryDto })
  @IsObject()
  @ValidateNested()
  @Type(() => UpdateCalendarEntryDto)
  changes: UpdateCalendarEntryDto;
}

export class CalendarEntryDeleteProposal {
  @ApiProperty({ example: 'KZ-2027-05-16-KURBAN_AIT' })
  @Matches(/^\S{1,100}$/)
  id: string;
}

/** Exactly one of create, update and delete: the change to preview. Nothing is saved. */
@ApiSchema({ name: 'CalendarImpactRequest' })
export class CalendarImpactRequestDto {
  @ApiPropertyOptional({ type: CreateCalendarEntryDto })
  @OptionalNotNull()
  @IsObject()
  @ValidateNested()
  @Type(() => CreateCalendarEntryDto)
  create?: CreateCalendarEntryDto;

  @ApiPropertyOptional({ type: CalendarEntryUpdateProposal })
  @OptionalNotNull()
  @IsObject()
  @ValidateNested()
  @Type(() => CalendarEntryUpdateProposal)
  update?: CalendarEntryUpdateProposal;

  @ApiPropertyOptional({ type: CalendarEntryDeleteProposal })
  @OptionalNotNull()
  @IsObject()
  @ValidateNested()
  @Type(() => CalendarEntryDeleteProposal)
  delete?: CalendarEntryDeleteProposal;
}

@ApiSchema({ name: 'NonWorkingReason' })
export class NonWorkingReasonView {
  @ApiProperty({ enum: ['WEEKEND', 'HOLIDAY', 'SUBSTITUTE_DAY_OFF', 'TRANSFERRED_DAY_OFF'] })
  kind: string;

  @ApiProperty({ example: '2026-03-24' })
  date: string;

  @ApiProperty({ type: LabelDto })
  label: LabelDto;

  @ApiProperty({ type: LabelDto, description: 'The legal act that makes the day non-working' })
  source: LabelDto;

  @ApiProperty({ description: 'The calendar entry behind it; null for an ordinary weekend', nullable: true, type: String })
  entryId: string | null;
}

@ApiSchema({ name: 'CalendarDay' })
export class CalendarDayView {
  @ApiProperty({ example: '2026-03-24' })
  date: string;

  @ApiProperty()
  working: boolean;

  @ApiProperty({ type: NonWorkingReasonView, nullable: true, description: 'Why the day is not working; null on a working day' })
  reason: NonWorkingReasonView | null;
}

@ApiSchema({ name: 'CalendarDayChange' })
export class CalendarDayChangeView {
  @ApiProperty({ example: '2028-03-21' })
  date: string;

  @ApiProperty({ type: NonWorkingReasonView, nullable: true, description: 'Why it was not working; null when it was a working day' })
  before: NonWorkingReasonView | null;

  @ApiProperty({ type: NonWorkingReasonView, nullable: true, description: 'Why it would not be working; null when it would be a working day' })
  after: NonWorkingReasonView | null;
}

@ApiSchema({ name: 'DeadlineImpact' })
export class DeadlineImpactView {
  @ApiProperty({ format: 'uuid' })
  deadlineId: string;

  @ApiProperty({ format: 'uuid' })
  actId: string;

  @ApiProperty({ example: 'ORDER_EXECUTION' })
  kind: string;

  @ApiProperty({ enum: OPEN_DEADLINE_STATUSES })
  status: DeadlineStatus;

  @ApiProperty({ type: String, format: 'date-time' })
  oldDueAt: Date;

  @ApiProperty({ type: String, format: 'date-time' })
  newDueAt: Date;

  @ApiProperty({ example: '2026-04-13' })
  oldDueLocalDate: string;

  @ApiProperty({ example: '2026-04-14' })
  newDueLocalDate: string;

  @ApiProperty({ type: LabelDto, description: 'Why it would move' })
  reason: LabelDto;

  @ApiProperty({ type: LabelDto, description: 'How the new due date would be counted' })
  explanation: LabelDto;
}

@ApiSchema({ name: 'ImpactConflict' })
export class ImpactConflictView {
  @ApiProperty({ format: 'uuid' })
  deadlineId: string;

  @ApiProperty()
  message: string;
}

/**
 * What a calendar change would do. Nothing is rewritten: the deadlines listed keep their due dates
 * until someone decides to move them.
 */
@ApiSchema({ name: 'CalendarImpact' })
export class CalendarImpactView {
  @ApiProperty({ type: [CalendarDayChangeView], description: 'Days whose working status would change' })
  days: CalendarDayChangeView[];

  @ApiProperty({ type: [DeadlineImpactView], description: 'Open or paused deadlines whose due date the change would move' })
  deadlines: DeadlineImpactView[];

  @ApiProperty({ type: [ImpactConflictView], description: 'Deadlines that could not be recounted (e.g. the new calendar does not cover them)' })
  conflicts: ImpactConflictView[];
}

@ApiSchema({ name: 'CalendarEditResult' })
export class CalendarEditResultView {
  @ApiProperty({ type: CalendarEntryView, nullable: true, description: 'The entry as saved; null after a delete' })
  entry: CalendarEntryView | null;

  @ApiProperty({ type: CalendarImpactView })
  impact: CalendarImpactView;
}
