import { UserRole } from '@app/persistence';
import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Query, Res } from '@nestjs/common';
import { ApiConflictResponse, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import { Response } from 'express';
import { Roles } from '../auth/access.decorators';
import { Caller, CurrentCaller } from '../auth/caller';
import { CasesService } from './cases.service';
import { CreateCaseDto, ListCasesQuery } from './dto/case.dto';
import { CaseDetailView, CasesPage, CaseView } from './dto/case.views';

@ApiTags('cases')
@Controller('api/v1/cases')
export class CasesController {
  constructor(private readonly cases: CasesService) {}

  @Post()
  @Roles(UserRole.PROSECUTOR, UserRole.SUPERVISOR)
  @ApiOperation({
    operationId: 'openCase',
    summary: 'Open a supervision case in your office; opened on an application, it records the applicant (2709 art. 7; 155-VII art. 24)',
  })
  @ApiCreatedResponse({ type: CaseView, headers: { Location: {} } })
  @ApiConflictResponse({ description: 'CASE_NUMBER_TAKEN: your office already has a case with this number (numbers are unique per office).' })
  @ApiUnprocessableEntityResponse({
    description:
      'A field is wrong; ANONYMOUS_APPLICATION: an anonymous application is not examined (2709 art. 7.4; 155-VII art. 24.6 unless its exception is claimed), with the article; ' +
      'NO_EDITION_IN_FORCE: no installed statute edition covers today.',
  })
  async create(@CurrentCaller() caller: Caller, @Body() body: CreateCaseDto, @Res({ passthrough: true }) response: Response): Promise<CaseView> {
    const kase = await this.cases.create(caller, body);
    response.setHeader('Location', `/api/v1/cases/${kase.id}`);
    return kase;
  }

  @Get()
  @Roles(UserRole.PROSECUTOR, UserRole.SUPERVISOR)
  @ApiOperation({ operationId: 'listCases', summary: 'Cases within your reach, newest first (keyset pagination)' })
  @ApiOkResponse({ type: CasesPage })
  list(@CurrentCaller() caller: Caller, @Query() query: ListCasesQuery) {
    return this.cases.list(caller.principal, query);
  }

  @Get(':id')
  @Roles(UserRole.PROSECUTOR, UserRole.SUPERVISOR)
  @ApiOperation({ operationId: 'getCase', summary: 'A case and its acts' })
  @ApiOkResponse({ type: CaseDetailView })
  get(@CurrentCaller() caller: Caller, @Param('id', new ParseUUIDPipe()) id: string) {
    return this.cases.get(caller.principal, id);
  }
}
