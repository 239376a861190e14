import { LocalDate } from '@app/domain';
import { IntegrationScope, UserRole } from '@app/persistence';
import { Body, Controller, Delete, Get, HttpCode, Param, Patch, Post, Query } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, IntegrationScopes, Roles } from '../auth/access.decorators';
import { Caller, CurrentCaller } from '../auth/caller';
import { Principal } from '../auth/principal';
import { CalendarChange } from './calendar-change';
import { CalendarEntriesService } from './calendar-entries.service';
import { invalidFields } from './calendar-problems';
import { CalendarEntryView, CreateCalendarEntryDto, ListCalendarEntriesQuery, UpdateCalendarEntryDto } from './dto/calendar-entry.dto';
import { CalendarDayView, CalendarEditResultView, CalendarImpactRequestDto, CalendarImpactView } from './dto/calendar-impact.dto';
import { ParseLocalDatePipe } from './parse-local-date.pipe';

const EVERY_ROLE = [UserRole.PROSECUTOR, UserRole.SUPERVISOR, UserRole.ADMINISTRATOR];
const EVERY_SCOPE = Object.values(IntegrationScope);
const APPLIED =
  'Preview first with POST /calendar/impact; this applies the change (docs/adr/0011). In the same transaction every open or paused deadline whose ' +
  'due date it moves is recounted — the old due kept in its ledger, its explanation naming the change — its reminder and due jobs are re-planned, ' +
  'its act’s version rises and the case’s responsible prosecutor gets a notice of the new date (kk, ru, en). A deadline already missed stays ' +
  'missed and is listed in impact.keptMissed. 422 CALENDAR_INCONSISTENT, nothing saved, when the changed calendar cannot count an open deadline.';

@ApiTags('calendar')
@Controller('api/v1/calendar')
export class CalendarController {
  constructor(private readonly calendar: CalendarEntriesService) {}

  @Get('entries')
  @Roles(...EVERY_ROLE)
  @IntegrationScopes(...EVERY_SCOPE)
  @ApiOperation({ operationId: 'listCalendarEntries', summary: 'Holidays and transfers of days off, drafts included, ordered by date' })
  @ApiOkResponse({ type: [CalendarEntryView] })
  list(@Query() query: ListCalendarEntriesQuery): Promise<CalendarEntryView[]> {
    return this.calendar.list(query);
  }

  @Get('entries/:id')
  @Roles(...EVERY_ROLE)
  @IntegrationScopes(...EVERY_SCOPE)
  @ApiOperation({ operationId: 'getCalendarEntry', summary: 'One calendar entry' })
  @ApiOkResponse({ type: CalendarEntryView })
  get(@Param('id') id: string): Promise<CalendarEntryView> {
    return this.calendar.get(id);
  }

  @Get('days/:date')
  @Roles(...EVERY_ROLE)
  @IntegrationScopes(...EVERY_SCOPE)
  @ApiOperation({ operationId: 'getCalendarDay', summary: 'Whether a day is a working day in the calendar in force, and if not, why (with the legal source)' })
  @ApiOkResponse({ type: CalendarDayView })
  // LocalDate is a type alias, which tsc and SWC describe differently: say it explicitly.
  @ApiParam({ name: 'date', type: String, description: 'YYYY-MM-DD', example: '2026-03-24' })
  day(@Param('date', new ParseLocalDatePipe()) date: LocalDate): Promise<CalendarDayView> {
    return this.calendar.day(date);
  }

  @Post('entries')
  @Roles(UserRole.ADMINISTRATOR)
  @ApiOperation({ operationId: 'createCalendarEntry', summary: 'Add a holiday or a transfer of a day off', description: APPLIED })
  @ApiCreatedResponse({ type: CalendarEditResultView })
  create(@CurrentCaller() caller: Caller, @Body() body: CreateCalendarEntryDto): Promise<CalendarEditResultView> {
    return this.calendar.edit(caller, { op: 'CREATE', entry: body });
  }

  @Patch('entries/:id')
  @Roles(UserRole.ADMINISTRATOR)
  @ApiOperation({ operationId: 'updateCalendarEntry', summary: 'Correct a calendar entry (date, working day, labels, source, status)', description: APPLIED })
  @ApiOkResponse({ type: CalendarEditResultView })
  update(@CurrentCaller() caller: Caller, @Param('id') id: string, @Body() body: UpdateCalendarEntryDto): Promise<CalendarEditResultView> {
    return this.calendar.edit(caller, { op: 'UPDATE', id, changes: body });
  }

  @Delete('entries/:id')
  @Roles(UserRole.ADMINISTRATOR)
  @ApiOperation({ operationId: 'deleteCalendarEntry', summary: 'Remove a calendar entry', description: APPLIED })
  @ApiOkResponse({ type: CalendarEditResultView })
  remove(@CurrentCaller() caller: Caller, @Param('id') id: string): Promise<CalendarEditResultView> {
    return this.calendar.edit(caller, { op: 'DELETE', id });
  }

  @Post('impact')
  @HttpCode(200)
  @Roles(UserRole.ADMINISTRATOR, UserRole.SUPERVISOR)
  @ApiOperation({
    operationId: 'previewCalendarImpact',
    summary: 'Preview what a calendar change would do to deadlines, without saving it',
    description:
      'Send exactly one of create, update or delete. Supervisors see the deadlines of their office and the offices below it. ' +
      'deadlines: the open ones it would move (an edit recounts them); keptMissed: missed ones it would not have let run out (they stay missed, docs/adr/0011).',
  })
  @ApiOkResponse({ type: CalendarImpactView })
  impact(@CurrentPrincipal() principal: Principal, @Body() body: CalendarImpactRequestDto): Promise<CalendarImpactView> {
    const { change, prefix } = proposedChange(body);
    return this.calendar.preview(principal, change, prefix);
  }
}

function proposedChange(body: CalendarImpactRequestDto): { change: CalendarChange; prefix: string } {
  const sent = (['create', 'update', 'delete'] as const).filter((key) => body[key] !== undefined);
  if (sent.length !== 1) {
    throw invalidFields([{ field: sent.length ? sent.join(',') : 'create', code: 'EXACTLY_ONE_CHANGE', message: 'Send exactly one of create, update or delete.' }]);
  }
  if (body.create) return { change: { op: 'CREATE', entry: body.create }, prefix: 'create.' };
  if (body.update) return { change: { op: 'UPDATE', id: body.update.id, changes: body.update.changes }, prefix: 'update.changes.' };
  return { change: { op: 'DELETE', id: body.delete!.id }, prefix: 'delete.' };
}
