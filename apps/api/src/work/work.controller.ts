import { UserRole } from '@app/persistence';
import { Body, Controller, Get, Headers, HttpCode, Param, ParseUUIDPipe, Post, Res } from '@nestjs/common';
import {
  ApiConflictResponse,
  ApiHeader,
  ApiOkResponse,
  ApiOperation,
  ApiPreconditionFailedResponse,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { Response } from 'express';
import { ActsService } from '../acts/acts.service';
import { ActDetailView } from '../acts/dto/act.views';
import { Roles } from '../auth/access.decorators';
import { Caller, CurrentCaller } from '../auth/caller';
import { requireUser } from '../auth/principal';
import { CasesService } from '../cases/cases.service';
import { CaseDetailView } from '../cases/dto/case.views';
import { DeskService } from './desk.service';
import { AssignDto, MyWorkView } from './dto/work.dto';
import { asHead, WorkAllocation } from './work-allocation.service';

const ASSIGNEE_RULE =
  'Policy, not statute: to an active prosecutor of the office, or a head of it or of an office above, within your subtree (whoever answers must be able to read it).';

/** Who answers for what: assignment by heads of offices, and each person's open work. */
@ApiTags('work')
@Controller('api/v1')
export class WorkController {
  constructor(
    private readonly allocation: WorkAllocation,
    private readonly desk: DeskService,
    private readonly cases: CasesService,
    private readonly acts: ActsService,
  ) {}

  @Post('cases/:id/assignment')
  @HttpCode(200)
  @Roles(UserRole.SUPERVISOR)
  @ApiOperation({
    operationId: 'assignCase',
    summary: 'Give a case to another prosecutor: its open acts the previous one answered for go too; audited with the reason, the new prosecutor is notified',
    description: ASSIGNEE_RULE,
  })
  @ApiOkResponse({ type: CaseDetailView, description: 'The case with its new responsible prosecutor' })
  @ApiConflictResponse({ description: 'ALREADY_RESPONSIBLE: the person named already answers for the case.' })
  @ApiUnprocessableEntityResponse({ description: 'A field is wrong; NOT_ELIGIBLE_ASSIGNEE on prosecutorId: nobody you may give this case to.' })
  async assignCase(@CurrentCaller() caller: Caller, @Param('id', new ParseUUIDPipe()) id: string, @Body() body: AssignDto): Promise<CaseDetailView> {
    await this.allocation.assignCase(caller, asHead(caller.principal), id, body);
    return this.cases.get(caller.principal, id);
  }

  @Post('acts/:id/assignment')
  @HttpCode(200)
  @Roles(UserRole.SUPERVISOR)
  @ApiHeader({ name: 'If-Match', required: false, description: 'The act version you read: the assignment is refused (412) if the act has moved on since' })
  @ApiOperation({ operationId: 'assignAct', summary: 'Give one act to another prosecutor (the case keeps its own); audited with the reason, the new prosecutor is notified', description: ASSIGNEE_RULE })
  @ApiOkResponse({ type: ActDetailView, description: 'The act with its new responsible prosecutor; its ETag is its new version', headers: { ETag: {} } })
  @ApiConflictResponse({ description: 'ALREADY_RESPONSIBLE: the person named already answers for the act; ACT_CLOSED: its life cycle has ended; VERSION_CONFLICT: another change won the race.' })
  @ApiPreconditionFailedResponse({ description: 'PRECONDITION_FAILED: If-Match names a version the act has moved on from.' })
  @ApiUnprocessableEntityResponse({ description: 'A field is wrong; NOT_ELIGIBLE_ASSIGNEE on prosecutorId: nobody you may give this act to.' })
  async assignAct(
    @CurrentCaller() caller: Caller,
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: AssignDto,
    @Res({ passthrough: true }) response: Response,
    @Headers('if-match') ifMatch?: string,
  ): Promise<ActDetailView> {
    await this.allocation.assignAct(caller, asHead(caller.principal), id, body, ifMatch);
    const act = await this.acts.get(caller.principal, id);
    response.setHeader('ETag', `"${act.version}"`);
    return act;
  }

  @Get('me/work')
  @Roles(UserRole.PROSECUTOR, UserRole.SUPERVISOR)
  @ApiOperation({ operationId: 'getMyWork', summary: 'My work: the acts I answer for that are still open, with their next deadline, soonest first' })
  @ApiOkResponse({ type: MyWorkView })
  myWork(@CurrentCaller() caller: Caller): Promise<MyWorkView> {
    return this.desk.mine(requireUser(caller.principal));
  }

  @Get('supervision/people/:userId/work')
  @Roles(UserRole.SUPERVISOR)
  @ApiOperation({
    operationId: 'getPersonWork',
    summary: 'The open acts someone in your subtree answers for (a deactivated user’s too: what is left to reassign), soonest deadline first',
  })
  @ApiOkResponse({ type: MyWorkView })
  personWork(@CurrentCaller() caller: Caller, @Param('userId', new ParseUUIDPipe()) userId: string): Promise<MyWorkView> {
    return this.desk.of(asHead(caller.principal), userId);
  }
}
