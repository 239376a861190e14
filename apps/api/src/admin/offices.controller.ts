import { UserRole } from '@app/persistence';
import { Body, Controller, Get, Param, Patch, Post } from '@nestjs/common';
import { ApiConflictResponse, ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '../auth/access.decorators';
import { Caller, CurrentCaller } from '../auth/caller';
import { uuidParam } from './admin-problems';
import { CreateOfficeDto, OfficeView, RenameOfficeDto } from './dto/office.dto';
import { OfficesService } from './offices.service';

@ApiTags('admin')
@Controller('api/v1/admin/offices')
export class OfficesController {
  constructor(private readonly offices: OfficesService) {}

  @Get()
  @Roles(UserRole.ADMINISTRATOR)
  @ApiOperation({ operationId: 'listOffices', summary: 'Every office in tree order: each office followed by the offices below it' })
  @ApiOkResponse({ type: [OfficeView] })
  list(): Promise<OfficeView[]> {
    return this.offices.list();
  }

  @Post()
  @Roles(UserRole.ADMINISTRATOR)
  @ApiOperation({
    operationId: 'createOffice',
    summary: 'Open an office under a parent: REGIONAL under the GPO, DISTRICT under a REGIONAL office',
    description: 'Moving an office to another parent is not offered (it would rewrite the office path of its whole subtree).',
  })
  @ApiCreatedResponse({ type: OfficeView })
  @ApiConflictResponse({ description: 'OFFICE_CODE_TAKEN: an office with this code exists.' })
  create(@CurrentCaller() caller: Caller, @Body() body: CreateOfficeDto): Promise<OfficeView> {
    return this.offices.create(caller, body);
  }

  @Patch(':id')
  @Roles(UserRole.ADMINISTRATOR)
  @ApiOperation({ operationId: 'renameOffice', summary: 'Rename an office (kk, ru, en)' })
  @ApiOkResponse({ type: OfficeView })
  rename(@CurrentCaller() caller: Caller, @Param('id', uuidParam()) id: string, @Body() body: RenameOfficeDto): Promise<OfficeView> {
    return this.offices.rename(caller, id, body);
  }
}
