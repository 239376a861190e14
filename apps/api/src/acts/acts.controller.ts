import { ActType } from '@app/domain';
import { UserRole } from '@app/persistence';
import { applyDecorators, Body, Controller, Get, Headers, HttpCode, Param, ParseUUIDPipe, Patch, Post, Query, Res } from '@nestjs/common';
import { Response } from 'express';
import {
  ApiBody,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiExtraModels,
  ApiForbiddenResponse,
  ApiHeader,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiPreconditionFailedResponse,
  ApiResponse,
  ApiTags,
  ApiUnprocessableEntityResponse,
  getSchemaPath,
} from '@nestjs/swagger';
import { Roles } from '../auth/access.decorators';
import { Caller, CurrentCaller } from '../auth/caller';
import { ActDetailView, ActsPage } from './dto/act.views';
import { ACT_DETAIL_EXAMPLE, FILING_EXAMPLES } from './dto/act.examples';
import { ActsService } from './acts.service';
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
} from './dto/file-act.dto';
import { FireEventDto } from './dto/fire-event.dto';
import { ListActsQuery } from './dto/list-acts.query';
import { REVISE_DRAFT_DTOS } from './dto/revise-draft.dto';

const FILERS = [UserRole.PROSECUTOR, UserRole.SUPERVISOR] as const;

/** The answers every filing route shares: the act as filed (a DRAFT), where it lives, and why a filing is refused. */
const ApiFiling = (type: ActType, dto: new () => unknown) =>
  applyDecorators(
    ApiBody({ type: dto, examples: FILING_EXAMPLES[type] }),
    ApiCreatedResponse({
      type: ActDetailView,
      description: 'Filed as a DRAFT; issue it with the ISSUE event. Its ETag is its version.',
      headers: { Location: {}, ETag: {} },
    }),
    ApiForbiddenResponse({ description: 'NOT_ACT_OFFICE: acts are filed by a prosecutor of the case’s own office.' }),
    ApiNotFoundResponse({ description: 'NOT_FOUND: no case with this caseId within your reach.' }),
    ApiUnprocessableEntityResponse({
      description:
        'A rule of the statute refuses the act (TERM_BELOW_STATUTORY_MINIMUM, ANONYMOUS_APPLICATION, ORDER_AGAINST_NORMATIVE_ACT, …), with the article and the field; ' +
        'ACT_TYPE_NOT_IN_EDITION: the edition in force today has no such act (Law No. 155-VII has no order and no warning, art. 32.1); ' +
        'NO_EDITION_IN_FORCE: no installed statute edition covers today (`detail` names the gap).',
    }),
  );

/**
 * Acts of 2709 art. 18 and 155-VII art. 32: one filing route and DTO per type (the body is
 * validated against that type's fields), then one events route that moves any act through its
 * machine. The act is filed under the statute edition in force today (docs/adr/0010).
 */
@ApiTags('acts')
@Controller('api/v1/acts')
export class ActsController {
  constructor(private readonly acts: ActsService) {}

  @Post('protests')
  @Roles(...FILERS)
  @ApiOperation({
    operationId: 'fileProtest',
    summary: 'File a protest (2709 art. 19; 155-VII art. 33): considered within 10 calendar days of receipt, or another term you set within the edition’s bounds',
  })
  @ApiFiling(ActType.PROTEST, FileProtestDto)
  async fileProtest(@CurrentCaller() caller: Caller, @Body() body: FileProtestDto, @Res({ passthrough: true }) response: Response) {
    return created(response, await this.acts.file(caller, ActType.PROTEST, body));
  }

  @Post('resolutions')
  @Roles(...FILERS)
  @ApiOperation({
    operationId: 'fileResolution',
    summary: 'File a resolution (2709 art. 20; 155-VII art. 37) of a given kind (inspection, compulsory execution, bringing by force, …)',
  })
  @ApiFiling(ActType.RESOLUTION, FileResolutionDto)
  async fileResolution(@CurrentCaller() caller: Caller, @Body() body: FileResolutionDto, @Res({ passthrough: true }) response: Response) {
    return created(response, await this.acts.file(caller, ActType.RESOLUTION, body));
  }

  @Post('sanctions')
  @Roles(...FILERS)
  @ApiOperation({
    operationId: 'fileSanction',
    summary: 'Register a sanction request (2709 art. 21: decided within 24 hours; 155-VII art. 34: no clock, a refusal states its reasons)',
  })
  @ApiFiling(ActType.SANCTION, FileSanctionDto)
  async fileSanction(@CurrentCaller() caller: Caller, @Body() body: FileSanctionDto, @Res({ passthrough: true }) response: Response) {
    return created(response, await this.acts.file(caller, ActType.SANCTION, body));
  }

  @Post('instructions')
  @Roles(...FILERS)
  @ApiOperation({ operationId: 'fileInstruction', summary: 'File an instruction (2709 art. 22; 155-VII art. 35: on a matter it lists)' })
  @ApiFiling(ActType.INSTRUCTION, FileInstructionDto)
  async fileInstruction(@CurrentCaller() caller: Caller, @Body() body: FileInstructionDto, @Res({ passthrough: true }) response: Response) {
    return created(response, await this.acts.file(caller, ActType.INSTRUCTION, body));
  }

  @Post('court-applications')
  @Roles(...FILERS)
  @ApiOperation({ operationId: 'fileCourtApplication', summary: 'File an application to court (2709 art. 23; 155-VII art. 39)' })
  @ApiFiling(ActType.COURT_APPLICATION, FileCourtApplicationDto)
  async fileCourtApplication(@CurrentCaller() caller: Caller, @Body() body: FileCourtApplicationDto, @Res({ passthrough: true }) response: Response) {
    return created(response, await this.acts.file(caller, ActType.COURT_APPLICATION, body));
  }

  @Post('orders')
  @Roles(...FILERS)
  @ApiOperation({ operationId: 'fileOrder', summary: 'File an order to eliminate a violation (2709 art. 24): never against a normative legal act; Law No. 155-VII has none' })
  @ApiFiling(ActType.ORDER, FileOrderDto)
  async fileOrder(@CurrentCaller() caller: Caller, @Body() body: FileOrderDto, @Res({ passthrough: true }) response: Response) {
    return created(response, await this.acts.file(caller, ActType.ORDER, body));
  }

  @Post('submissions')
  @Roles(...FILERS)
  @ApiOperation({
    operationId: 'fileSubmission',
    summary: 'File a submission (2709 art. 25: within your term, at most 30 calendar days; 155-VII art. 36: 30 calendar days, your term only on the urgency ground)',
  })
  @ApiFiling(ActType.SUBMISSION, FileSubmissionDto)
  async fileSubmission(@CurrentCaller() caller: Caller, @Body() body: FileSubmissionDto, @Res({ passthrough: true }) response: Response) {
    return created(response, await this.acts.file(caller, ActType.SUBMISSION, body));
  }

  @Post('warnings')
  @Roles(...FILERS)
  @ApiOperation({ operationId: 'fileWarning', summary: 'File a warning (2709 art. 25-1); Law No. 155-VII has none' })
  @ApiFiling(ActType.WARNING, FileWarningDto)
  async fileWarning(@CurrentCaller() caller: Caller, @Body() body: FileWarningDto, @Res({ passthrough: true }) response: Response) {
    return created(response, await this.acts.file(caller, ActType.WARNING, body));
  }

  @Post('appeals')
  @Roles(...FILERS)
  @ApiOperation({ operationId: 'fileAppeal', summary: 'File a public appeal (2709 art. 25-2; 155-VII art. 40: issued by the head of the office)' })
  @ApiFiling(ActType.APPEAL, FileAppealDto)
  async fileAppeal(@CurrentCaller() caller: Caller, @Body() body: FileAppealDto, @Res({ passthrough: true }) response: Response) {
    return created(response, await this.acts.file(caller, ActType.APPEAL, body));
  }

  @Post('explanations')
  @Roles(...FILERS)
  @ApiOperation({ operationId: 'fileExplanation', summary: 'File an explanation of the law (2709 art. 26); Law No. 155-VII has none (see inadmissibility explanations)' })
  @ApiFiling(ActType.EXPLANATION, FileExplanationDto)
  async fileExplanation(@CurrentCaller() caller: Caller, @Body() body: FileExplanationDto, @Res({ passthrough: true }) response: Response) {
    return created(response, await this.acts.file(caller, ActType.EXPLANATION, body));
  }

  @Post('petitions')
  @Roles(...FILERS)
  @ApiOperation({ operationId: 'filePetition', summary: 'File a petition to review a court act not yet in force (155-VII art. 38); Law No. 2709 has none' })
  @ApiFiling(ActType.PETITION, FilePetitionDto)
  async filePetition(@CurrentCaller() caller: Caller, @Body() body: FilePetitionDto, @Res({ passthrough: true }) response: Response) {
    return created(response, await this.acts.file(caller, ActType.PETITION, body));
  }

  @Post('inadmissibility-explanations')
  @Roles(...FILERS)
  @ApiOperation({
    operationId: 'fileInadmissibilityExplanation',
    summary: 'File an explanation of the inadmissibility of breaking the law, written or oral (155-VII art. 41); Law No. 2709 has none',
  })
  @ApiFiling(ActType.INADMISSIBILITY_EXPLANATION, FileInadmissibilityExplanationDto)
  async fileInadmissibilityExplanation(
    @CurrentCaller() caller: Caller,
    @Body() body: FileInadmissibilityExplanationDto,
    @Res({ passthrough: true }) response: Response,
  ) {
    return created(response, await this.acts.file(caller, ActType.INADMISSIBILITY_EXPLANATION, body));
  }

  @Get()
  @Roles(...FILERS)
  @ApiOperation({ operationId: 'listActs', summary: 'Acts within your reach, newest first, with filters (keyset pagination)' })
  @ApiOkResponse({ type: ActsPage })
  list(@CurrentCaller() caller: Caller, @Query() query: ListActsQuery) {
    return this.acts.list(caller.principal, query);
  }

  @Get(':id')
  @Roles(...FILERS)
  @ApiOperation({ operationId: 'getAct', summary: 'An act with its deadlines (and how each was computed), the events you may fire now, and its history' })
  @ApiOkResponse({ type: ActDetailView, description: 'The act; its ETag is its version', example: ACT_DETAIL_EXAMPLE })
  async get(@CurrentCaller() caller: Caller, @Param('id', new ParseUUIDPipe()) id: string, @Res({ passthrough: true }) response: Response) {
    return withVersionTag(response, await this.acts.get(caller.principal, id));
  }

  @Patch(':id')
  @Roles(...FILERS)
  @ApiOperation({
    operationId: 'reviseDraft',
    summary: 'Correct a draft before it is issued: send only the fields to change (null clears one); the whole draft is checked again',
  })
  @ApiHeader({ name: 'If-Match', required: true })
  @ApiExtraModels(...REVISE_DRAFT_DTOS)
  @ApiBody({
    description: 'The fields of the act type’s filing (not its case, nor a resolution’s kind): the form of the draft’s own type',
    // anyOf, not oneOf: the forms overlap; the draft's own type decides which one applies.
    schema: { anyOf: REVISE_DRAFT_DTOS.map((dto) => ({ $ref: getSchemaPath(dto) })) },
  })
  @ApiOkResponse({ type: ActDetailView, description: 'The corrected draft; its ETag is its new version', headers: { ETag: {} } })
  @ApiForbiddenResponse({ description: 'NOT_ACT_OFFICE: a draft is corrected by a prosecutor of its own office.' })
  @ApiConflictResponse({ description: 'ACT_NOT_A_DRAFT: the act was issued; it changes through its events now.' })
  @ApiPreconditionFailedResponse({ description: 'PRECONDITION_FAILED: If-Match names a version the draft has moved on from.' })
  @ApiResponse({ status: 428, description: 'IF_MATCH_REQUIRED: send the version you read as If-Match.' })
  @ApiUnprocessableEntityResponse({ description: 'A field is wrong, or the corrected draft breaks a rule of the statute (with the article and the field).' })
  async reviseDraft(
    @CurrentCaller() caller: Caller,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: object,
    @Res({ passthrough: true }) response: Response,
    @Headers('if-match') ifMatch?: string,
  ) {
    return withVersionTag(response, await this.acts.reviseDraft(caller, id, body, ifMatch));
  }

  @Post(':id/events')
  @HttpCode(200)
  @Roles(...FILERS)
  @ApiHeader({ name: 'If-Match', required: false })
  @ApiBody({ type: FireEventDto })
  @ApiOperation({ operationId: 'fireActEvent', summary: 'Fire an event on the act; a refusal answers 409/403/422 with the code, state, event and article' })
  @ApiOkResponse({ type: ActDetailView, description: 'The act after the event; its ETag is its new version', headers: { ETag: {} } })
  @ApiConflictResponse({
    description:
      'EVENT_NOT_ALLOWED_IN_STATE: the act’s state does not allow the event (read it again); VERSION_CONFLICT: another change won the race; ' +
      'EDITION_CHANGED_SINCE_DRAFT: the draft was written under another edition than the one in force on the day it is issued (file it again).',
  })
  @ApiForbiddenResponse({
    description: 'ACTOR_NOT_ALLOWED, NOT_ACT_OFFICE, NOT_HIGHER_PROSECUTOR, NOT_HEAD_OF_OFFICE or PROTEST_SUSPENSION_RESERVED: the statute names someone else for this event.',
  })
  @ApiPreconditionFailedResponse({ description: 'PRECONDITION_FAILED: If-Match names a version the act has moved on from.' })
  @ApiUnprocessableEntityResponse({
    description:
      'INVALID_PAYLOAD or a guard of the statute refuses the event, with the article and the field; CALENDAR_YEAR_NOT_COVERED: a term would be counted over a year the production calendar does not cover; ' +
      'NO_EDITION_IN_FORCE: no installed edition covers the day the act would be issued.',
  })
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

/** A filed act: 201 with where it lives and its version. */
function created(response: Response, act: ActDetailView): ActDetailView {
  response.setHeader('Location', `/api/v1/acts/${act.id}`);
  return withVersionTag(response, act);
}

/**
 * An act's ETag is its version: what a client echoes in If-Match is what the events route checks.
 * Every change to the act or its deadlines raises the version, so a conditional GET stays exact.
 */
function withVersionTag(response: Response, act: ActDetailView): ActDetailView {
  response.setHeader('ETag', `"${act.version}"`);
  return act;
}
