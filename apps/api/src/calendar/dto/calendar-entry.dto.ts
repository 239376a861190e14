import { CALENDAR_ENTRY_KINDS, CALENDAR_ENTRY_STATUSES, CalendarEntryKind, CalendarEntryStatus } from '@app/domain';
import { ApiProperty, ApiPropertyOptional, ApiSchema } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsObject, IsOptional, Matches, Max, Min, ValidateNested } from 'class-validator';
import { IsLocalDate } from './is-local-date';
import { OptionalNotNull } from './optional-not-null';
import { LabelDto } from './label.dto';

const ENTRY_ID = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,99}$/;

const DATE_DESCRIPTION = 'HOLIDAY: the holiday. TRANSFER: the weekday that becomes a day off.';
const WORKING_DAY_DESCRIPTION = 'TRANSFER only (required there): the Saturday or Sunday that becomes a working day.';
const RELIGIOUS_DESCRIPTION = 'HOLIDAY only: a religious holiday whose day off never moves off a weekend (default false).';
const STATUS_DESCRIPTION = 'DRAFT: announced, not in force (changes no term). ADOPTED: in force.';

/**
 * A new holiday or transfer of a day off. Which fields a kind takes is checked by the service
 * (422, code FIELD_NOT_FOR_KIND or FIELD_REQUIRED_FOR_KIND), because an update has to check it
 * against the stored kind anyway.
 */
@ApiSchema({ name: 'CreateCalendarEntryRequest' })
export class CreateCalendarEntryDto {
  @ApiProperty({ description: 'Stable key, e.g. KZ-2028-03-21-NAURYZ-1', example: 'KZ-2028-03-21-NAURYZ-1' })
  @Matches(ENTRY_ID, { message: 'id must be 1-100 letters, digits, ".", "_" or "-", starting with a letter or digit' })
  id: string;

  @ApiProperty({ enum: CALENDAR_ENTRY_KINDS })
  @IsIn(CALENDAR_ENTRY_KINDS)
  kind: CalendarEntryKind;

  @ApiProperty({ description: DATE_DESCRIPTION, example: '2028-03-21' })
  @IsLocalDate()
  date: string;

  @ApiPropertyOptional({ description: WORKING_DAY_DESCRIPTION, example: '2028-03-25' })
  @OptionalNotNull()
  @IsLocalDate()
  workingDay?: string;

  @ApiPropertyOptional({ description: RELIGIOUS_DESCRIPTION })
  @OptionalNotNull()
  @IsBoolean()
  religious?: boolean;

  @ApiProperty({ type: LabelDto })
  @IsObject()
  @ValidateNested()
  @Type(() => LabelDto)
  label: LabelDto;

  @ApiProperty({ type: LabelDto, description: 'The legal act the entry rests on' })
  @IsObject()
  @ValidateNested()
  @Type(() => LabelDto)
  source: LabelDto;

  @ApiProperty({ enum: CALENDAR_ENTRY_STATUSES, description: STATUS_DESCRIPTION })
  @IsIn(CALENDAR_ENTRY_STATUSES)
  status: CalendarEntryStatus;
}

/** The fields to change; the kind never changes (delete the entry and create another). */
@ApiSchema({ name: 'UpdateCalendarEntryRequest' })
export class UpdateCalendarEntryDto {
  @ApiPropertyOptional({ description: DATE_DESCRIPTION })
  @OptionalNotNull()
  @IsLocalDate()
  date?: string;

  @ApiPropertyOptional({ description: WORKING_DAY_DESCRIPTION })
  @OptionalNotNull()
  @IsLocalDate()
  workingDay?: string;

  @ApiPropertyOptional({ description: RELIGIOUS_DESCRIPTION })
  @OptionalNotNull()
  @IsBoolean()
  religious?: boolean;

  @ApiPropertyOptional({ type: LabelDto })
  @OptionalNotNull()
  @IsObject()
  @ValidateNested()
  @Type(() => LabelDto)
  label?: LabelDto;

  @ApiPropertyOptional({ type: LabelDto })
  @OptionalNotNull()
  @IsObject()
  @ValidateNested()
  @Type(() => LabelDto)
  source?: LabelDto;

  @ApiPropertyOptional({ enum: CALENDAR_ENTRY_STATUSES, description: STATUS_DESCRIPTION })
  @OptionalNotNull()
  @IsIn(CALENDAR_ENTRY_STATUSES)
  status?: CalendarEntryStatus;
}

export class ListCalendarEntriesQuery {
  @ApiPropertyOptional({ description: 'Entries whose date or working day falls in this year', example: 2026 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1900)
  @Max(2200)
  year?: number;

  @ApiPropertyOptional({ enum: CALENDAR_ENTRY_STATUSES })
  @IsOptional()
  @IsIn(CALENDAR_ENTRY_STATUSES)
  status?: CalendarEntryStatus;
}

@ApiSchema({ name: 'CalendarEntry' })
export class CalendarEntryView {
  @ApiProperty({ example: 'KZ-2026-03-21-NAURYZ-1' })
  id: string;

  @ApiProperty({ enum: CALENDAR_ENTRY_KINDS })
  kind: CalendarEntryKind;

  @ApiProperty({ description: DATE_DESCRIPTION, example: '2026-03-21' })
  date: string;

  @ApiProperty({ description: WORKING_DAY_DESCRIPTION, nullable: true, type: String })
  workingDay: string | null;

  @ApiProperty()
  religious: boolean;

  @ApiProperty({ type: LabelDto })
  label: LabelDto;

  @ApiProperty({ type: LabelDto })
  source: LabelDto;

  @ApiProperty({ enum: CALENDAR_ENTRY_STATUSES })
  status: CalendarEntryStatus;
}
