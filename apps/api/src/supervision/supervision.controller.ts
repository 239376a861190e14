import { UserRole } from '@app/persistence';
import { Controller, Get, Headers, Query, Res, StreamableFile } from '@nestjs/common';
import { ApiHeader, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { Response } from 'express';
import { Roles } from '../auth/access.decorators';
import { Caller, CurrentCaller } from '../auth/caller';
import { requireUser } from '../auth/principal';
import { negotiateLanguage } from '../catalog/accept-language';
import { OverdueCsvQuery } from './dto/overdue-csv.query';
import { DashboardQuery, OverdueQuery } from './dto/overdue.query';
import { ActCountsView, OverduePage, SupervisionDashboardView } from './dto/supervision.views';
import { OVERDUE_PAGE_EXAMPLE } from './dto/supervision.examples';
import { OverdueCsvExport } from './overdue-csv.export';
import { SupervisionService } from './supervision.service';

@ApiTags('supervision')
@Controller('api/v1/supervision')
export class SupervisionController {
  constructor(
    private readonly supervision: SupervisionService,
    private readonly csvExport: OverdueCsvExport,
  ) {}

  @Get('overdue')
  @Roles(UserRole.SUPERVISOR)
  @ApiOperation({ operationId: 'listOverdue', summary: 'Deadlines past due in your office and every office below it, most overdue first (keyset pagination)' })
  @ApiOkResponse({ type: OverduePage, example: OVERDUE_PAGE_EXAMPLE })
  overdue(@CurrentCaller() caller: Caller, @Query() query: OverdueQuery) {
    return this.supervision.overdue(requireUser(caller.principal), query);
  }

  @Get('overdue.csv')
  @Roles(UserRole.SUPERVISOR)
  @ApiOperation({
    operationId: 'exportOverdueCsv',
    summary: 'The whole overdue list as CSV for Excel (same filters and sort as the JSON list, no pages)',
    description:
      'UTF-8 with a byte-order mark, RFC 4180 quoting, CRLF line ends; cells that would start a spreadsheet formula are prefixed with a quote. ' +
      'Columns: office, act type, act title, addressee, deadline kind, due (Asia/Almaty), days overdue, article, prosecutor; headers and act types in the Accept-Language.',
  })
  @ApiHeader({ name: 'Accept-Language', required: false })
  @ApiProduces('text/csv')
  @ApiOkResponse({
    description: 'The overdue list as CSV, an attachment (overdue.csv)',
    headers: { 'Content-Language': {}, 'Content-Disposition': { description: 'attachment; filename="overdue.csv"', schema: { type: 'string' } } },
    content: { 'text/csv': { schema: { type: 'string' } } },
  })
  async overdueCsv(
    @CurrentCaller() caller: Caller,
    @Query() query: OverdueCsvQuery,
    @Headers('accept-language') acceptLanguage: string | undefined,
    @Res({ passthrough: true }) response: Response,
  ): Promise<StreamableFile> {
    const language = negotiateLanguage(acceptLanguage);
    response.setHeader('Content-Language', language);
    response.setHeader('Vary', 'Accept-Language');
    response.setHeader('Cache-Control', 'private, no-store');
    const csv = await this.csvExport.open(requireUser(caller.principal), query, language);
    return new StreamableFile(csv, { type: 'text/csv; charset=utf-8', disposition: 'attachment; filename="overdue.csv"' });
  }

  @Get('dashboard')
  @Roles(UserRole.SUPERVISOR)
  @ApiOperation({
    operationId: 'getSupervisionDashboard',
    summary: 'Your subtree at a glance: open and overdue acts by office × act type, the overdue count day by day, the ten most overdue',
  })
  @ApiOkResponse({ type: SupervisionDashboardView })
  dashboard(@CurrentCaller() caller: Caller, @Query() query: DashboardQuery): Promise<SupervisionDashboardView> {
    return this.supervision.dashboard(requireUser(caller.principal), query);
  }

  @Get('counts')
  @Roles(UserRole.SUPERVISOR)
  @ApiOperation({ operationId: 'countActs', summary: 'Acts by office × act type × state in your subtree, with the number past due' })
  @ApiOkResponse({ type: ActCountsView })
  counts(@CurrentCaller() caller: Caller) {
    return this.supervision.counts(requireUser(caller.principal));
  }
}
