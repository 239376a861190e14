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

  @ApiProperty({ enum: OPEN_DEADLINE_STATUSES, description: 'As it was before the change (a recount keeps it)' })
  status: DeadlineStatus;

  @ApiProperty({ type: String, format: 'date-time' })
  oldDueAt: Date;

  @ApiProperty({ type: String, format: 'date-time' })
  newDueAt: Date;

  @ApiProperty({ example: '2026-04-13' })
  oldDueLocalDate: string;

  @ApiProperty({ example: '2026-04-14' })
  newDueLocalDate: string;

  @ApiProperty({ type: LabelDto, description: 'Why it moves: the days the change makes working or non-working' })
  reason: LabelDto;

  @ApiProperty({ type: LabelDto, description: 'How the new due date is counted' })
  explanation: LabelDto;
}

/**
 * A deadline already MISSED under the old calendar that the new one would not have let run out
 * (met, or still unmet, before the later due). It stays MISSED — a breach on record is not undone by
 * a correction of the calendar (docs/adr/0011); listed so the prosecutor can weigh it.
 */
@ApiSchema({ name: 'KeptMissedDeadline' })
export class KeptMissedView {
  @ApiProperty({ format: 'uuid' })
  deadlineId: string;

  @ApiProperty({ format: 'uuid' })
  actId: string;

  @ApiProperty({ example: 'PROTEST_CONSIDERATION' })
  kind: string;

  @ApiProperty({ type: String, format: 'date-time', description: 'The due instant it was missed at, kept' })
  dueAt: Date;

  @ApiProperty({ example: '2026-03-26' })
  dueLocalDate: string;

  @ApiProperty({ type: String, format: 'date-time', description: 'When it would be due under the changed calendar' })
  wouldBeDueAt: Date;

  @ApiProperty({ example: '2026-03-27' })
  wouldBeDueLocalDate: string;

  @ApiProperty({ type: LabelDto })
  reason: LabelDto;
}

@ApiSchema({ name: 'ImpactConflict' })
export class ImpactConflictView {
  @ApiProperty({ format: 'uuid' })
  deadlineId: string;

  @ApiProperty()
  message: string;
}

/**
 * What a calendar change does to deadlines (docs/adr/0011). Previewed (POST /calendar/impact):
 * nothing is written. Applied (an edit of the calendar): every deadline listed in `deadlines` has
 * been recounted in the edit's transaction.
 */
@ApiSchema({ name: 'CalendarImpact' })
export class CalendarImpactView {
  @ApiProperty({ type: [CalendarDayChangeView], description: 'Days whose working status changes' })
  days: CalendarDayChangeView[];

  @ApiProperty({ type: [DeadlineImpactView], description: 'Open or paused deadlines whose due date the change moves' })
  deadlines: DeadlineImpactView[];

  @ApiProperty({ type: [KeptMissedView], description: 'Deadlines already missed that the changed calendar would not have let run out: they stay MISSED' })
  keptMissed: KeptMissedView[];

  @ApiProperty({ type: [ImpactConflictView], description: 'Deadlines that could not be recounted (e.g. the new calendar does not cover them)' })
  conflicts: ImpactConflictView[];
}

/** What an applied edit wrote besides the entry. */
@ApiSchema({ name: 'CalendarRecount' })
export class CalendarRecountView {
  @ApiProperty({ type: 'integer', description: 'Deadlines recounted (their jobs re-planned)' })
  deadlines: number;

  @ApiProperty({ type: 'integer', description: 'Acts whose deadlines moved (their versions rose)' })
  acts: number;

  @ApiProperty({ type: 'integer', description: 'Notices of the moved dates recorded for the responsible prosecutors (in-app and e-mail)' })
  notices: number;
}

@ApiSchema({ name: 'CalendarEditResult' })
export class CalendarEditResultView {
  @ApiProperty({ type: CalendarEntryView, nullable: true, description: 'The entry as saved; null after a delete' })
  entry: CalendarEntryView | null;

  @ApiProperty({ type: CalendarImpactView, description: 'What the edit did to deadlines, everywhere' })
  impact: CalendarImpactView;

  @ApiProperty({ type: CalendarRecountView })
  recount: CalendarRecountView;
}
