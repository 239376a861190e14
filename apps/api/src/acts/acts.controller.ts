import { ActType } from '@app/domain';
import { UserRole } from '@app/persistence';
import { Body, Controller, Get, Headers, HttpCode, Param, ParseUUIDPipe, Post, Query, Res } from '@nestjs/common';
import { Response } from 'express';
import { ApiBearerAuth, ApiBody, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '../auth/access.decorators';
import { Caller, CurrentCaller } from '../auth/caller';
import { ApiIdempotencyKey } from '../idempotency/api-idempotency-key.decorator';
import { ActDetailView } from './act-view';
import { ActsService } from './acts.service';
import {
  FileAppealDto,
  FileCourtApplicationDto,
  FileExplanationDto,
  FileInstructionDto,
  FileOrderDto,
  FileProtestDto,
  FileResolutionDto,
  FileSanctionDto,
  FileSubmissionDto,
  FileWarningDto,
} from './dto/file-act.dto';
import { FireEventDto } from './dto/fire-event.dto';
import { ListActsQuery } from './dto/list-acts.query';

const FILERS = [UserRole.PROSECUTOR, UserRole.SUPERVISOR] as const;

/**
 * Acts of art. 18: one filing route and DTO per type (the body is validated against that type's
 * fields), then one events route that moves any act through its machine.
 */
@ApiTags('acts')
@ApiBearerAuth()
@Controller('api/v1/acts')
export class ActsController {
  constructor(private readonly acts: ActsService) {}

  @Post('protests')
  @ApiIdempotencyKey()
  @Roles(...FILERS)
  @ApiOperation({ summary: 'File a protest (art. 19): considered within 10 calendar days of receipt, or a longer term you set' })
  fileProtest(@CurrentCaller() caller: Caller, @Body() body: FileProtestDto) {
    return this.acts.file(caller, ActType.PROTEST, body);
  }

  @Post('resolutions')
  @ApiIdempotencyKey()
  @Roles(...FILERS)
  @ApiOperation({ summary: 'File a resolution (art. 20) of a given kind (inspection, compulsory execution, bringing by force, …)' })
  fileResolution(@CurrentCaller() caller: Caller, @Body() body: FileResolutionDto) {
    return this.acts.file(caller, ActType.RESOLUTION, body);
  }

  @Post('sanctions')
  @ApiIdempotencyKey()
  @Roles(...FILERS)
  @ApiOperation({ summary: 'Register a sanction request (art. 21): to be granted or refused within 24 hours' })
  fileSanction(@CurrentCaller() caller: Caller, @Body() body: FileSanctionDto) {
    return this.acts.file(caller, ActType.SANCTION, body);
  }

  @Post('instructions')
  @ApiIdempotencyKey()
  @Roles(...FILERS)
  @ApiOperation({ summary: 'File an instruction (art. 22) to pre-trial investigation or operative-search bodies' })
  fileInstruction(@CurrentCaller() caller: Caller, @Body() body: FileInstructionDto) {
    return this.acts.file(caller, ActType.INSTRUCTION, body);
  }

  @Post('court-applications')
  @ApiIdempotencyKey()
  @Roles(...FILERS)
  @ApiOperation({ summary: 'File an application to court (art. 23)' })
  fileCourtApplication(@CurrentCaller() caller: Caller, @Body() body: FileCourtApplicationDto) {
    return this.acts.file(caller, ActType.COURT_APPLICATION, body);
  }

  @Post('orders')
  @ApiIdempotencyKey()
  @Roles(...FILERS)
  @ApiOperation({ summary: 'File an order to eliminate a violation (art. 24): never against a normative legal act' })
  fileOrder(@CurrentCaller() caller: Caller, @Body() body: FileOrderDto) {
    return this.acts.file(caller, ActType.ORDER, body);
  }

  @Post('submissions')
  @ApiIdempotencyKey()
  @Roles(...FILERS)
  @ApiOperation({ summary: 'File a submission (art. 25): considered within your term, at most 30 calendar days' })
  fileSubmission(@CurrentCaller() caller: Caller, @Body() body: FileSubmissionDto) {
    return this.acts.file(caller, ActType.SUBMISSION, body);
  }

  @Post('warnings')
  @ApiIdempotencyKey()
  @Roles(...FILERS)
  @ApiOperation({ summary: 'File a warning (art. 25-1)' })
  fileWarning(@CurrentCaller() caller: Caller, @Body() body: FileWarningDto) {
    return this.acts.file(caller, ActType.WARNING, body);
  }

  @Post('appeals')
  @ApiIdempotencyKey()
  @Roles(...FILERS)
  @ApiOperation({ summary: 'File a public appeal (art. 25-2)' })
  fileAppeal(@CurrentCaller() caller: Caller, @Body() body: FileAppealDto) {
    return this.acts.file(caller, ActType.APPEAL, body);
  }

  @Post('explanations')
  @ApiIdempotencyKey()
  @Roles(...FILERS)
  @ApiOperation({ summary: 'File an explanation of the law (art. 26)' })
  fileExplanation(@CurrentCaller() caller: Caller, @Body() body: FileExplanationDto) {
    return this.acts.file(caller, ActType.EXPLANATION, body);
  }

  @Get()
  @Roles(...FILERS)
  @ApiOperation({ summary: 'Acts within your reach, newest first, with filters (keyset pagination)' })
  list(@CurrentCaller() caller: Caller, @Query() query: ListActsQuery) {
    return this.acts.list(caller.principal, query);
  }

  @Get(':id')
  @Roles(...FILERS)
  @ApiOperation({ summary: 'An act with its deadlines (and how each was computed), the events you may fire now, and its history' })
  async get(@CurrentCaller() caller: Caller, @Param('id', new ParseUUIDPipe()) id: string, @Res({ passthrough: true }) response: Response) {
    return withVersionTag(response, await this.acts.get(caller.principal, id));
  }

  @Post(':id/events')
  @ApiIdempotencyKey()
  @HttpCode(200)
  @Roles(...FILERS)
  @ApiHeader({ name: 'If-Match', required: false, description: 'The ETag of the act you read (its version, "3"); 412 if it has moved on' })
  @ApiBody({ type: FireEventDto })
  @ApiOperation({ summary: 'Fire an event on the act; a refusal answers 409/403/422 with the code, state, event and article' })
  async fire(
    @CurrentCaller() caller: Caller,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: FireEventDto,
    @Res({ passthrough: true }) response: Response,
    @Headers('if-match') ifMatch?: string,
  ) {
    return withVersionTag(response, await this.acts.fire(caller, id, body, ifMatch));
  }
}

/**
 * An act's ETag is its version: what a client echoes in If-Match is what the events route checks.
 * Every change to the act or its deadlines raises the version, so a conditional GET stays exact.
 */
function withVersionTag(response: Response, act: ActDetailView): ActDetailView {
  response.setHeader('ETag', `"${act.version}"`);
  return act;
}
