import { UserRole } from '@app/persistence';
import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Post, Query, Res } from '@nestjs/common';
import { ApiConflictResponse, ApiCreatedResponse, ApiNoContentResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import { Response } from 'express';
import { Roles } from '../auth/access.decorators';
import { Caller, CurrentCaller } from '../auth/caller';
import { AbsencesService } from './absences.service';
import { AbsenceView, CreateAbsenceDto, ListAbsencesQuery } from './dto/work.dto';

/** Who is away, when, and who covers for them (work allocation: office policy, not statute). */
@ApiTags('work')
@Controller('api/v1/absences')
export class AbsencesController {
  constructor(private readonly absences: AbsencesService) {}

  @Post()
  @Roles(UserRole.SUPERVISOR, UserRole.ADMINISTRATOR)
  @ApiOperation({
    operationId: 'recordAbsence',
    summary: 'Record an absence and its deputy: meanwhile the user’s reminders and breach notices go to the deputy as well',
    description: 'By an administrator, or a head of the user’s office or of one above it. Policy, not statute.',
  })
  @ApiCreatedResponse({ type: AbsenceView, headers: { Location: {} } })
  @ApiNotFoundResponse({ description: 'NOT_FOUND: no such user within your reach.' })
  @ApiConflictResponse({ description: 'ABSENCE_OVERLAPS: the user already has an absence on some of these days.' })
  @ApiUnprocessableEntityResponse({ description: 'A field is wrong: ENDS_BEFORE_START, IN_THE_PAST or TOO_LONG on endsOn; NOT_ELIGIBLE_DEPUTY on deputyId.' })
  async create(@CurrentCaller() caller: Caller, @Body() body: CreateAbsenceDto, @Res({ passthrough: true }) response: Response): Promise<AbsenceView> {
    const absence = await this.absences.create(caller, body);
    response.setHeader('Location', `/api/v1/absences/${absence.id}`);
    return absence;
  }

  @Get()
  @Roles(UserRole.PROSECUTOR, UserRole.SUPERVISOR, UserRole.ADMINISTRATOR)
  @ApiOperation({ operationId: 'listAbsences', summary: 'Absences in your office (and, for a head, every office below), soonest first; by default only those not yet over' })
  @ApiOkResponse({ type: [AbsenceView] })
  list(@CurrentCaller() caller: Caller, @Query() query: ListAbsencesQuery): Promise<AbsenceView[]> {
    return this.absences.list(caller, query);
  }

  @Get(':id')
  @Roles(UserRole.PROSECUTOR, UserRole.SUPERVISOR, UserRole.ADMINISTRATOR)
  @ApiOperation({ operationId: 'getAbsence', summary: 'One absence' })
  @ApiOkResponse({ type: AbsenceView })
  get(@CurrentCaller() caller: Caller, @Param('id', new ParseUUIDPipe()) id: string): Promise<AbsenceView> {
    return this.absences.get(caller, id);
  }

  @Delete(':id')
  @HttpCode(204)
  @Roles(UserRole.SUPERVISOR, UserRole.ADMINISTRATOR)
  @ApiOperation({ operationId: 'deleteAbsence', summary: 'Withdraw an absence (cover ends at once); audited' })
  @ApiNoContentResponse()
  async delete(@CurrentCaller() caller: Caller, @Param('id', new ParseUUIDPipe()) id: string): Promise<void> {
    await this.absences.delete(caller, id);
  }
}
