import { OfficesRepository, UserRole, UsersRepository } from '@app/persistence';
import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '../auth/access.decorators';
import { Caller, CurrentCaller } from '../auth/caller';
import { readableRoots } from '../auth/office-scope';
import { DirectoryOfficeView, ListPeopleQuery, PersonView } from './dto/directory.views';

/**
 * The offices and people within the caller's reach (a prosecutor: their own office; a head: their
 * office and every office below), so screens show names instead of codes and a head can pick whom
 * to give work to. Reads only; names and roles, never logins or e-mail addresses.
 */
@ApiTags('directory')
@Controller('api/v1')
export class DirectoryController {
  constructor(
    private readonly offices: OfficesRepository,
    private readonly users: UsersRepository,
  ) {}

  @Get('offices')
  @Roles(UserRole.PROSECUTOR, UserRole.SUPERVISOR)
  @ApiOperation({ operationId: 'listReachableOffices', summary: 'The offices within your reach, with their names in kk, ru and en (top of the tree first)' })
  @ApiOkResponse({ type: [DirectoryOfficeView] })
  async listOffices(@CurrentCaller() caller: Caller): Promise<DirectoryOfficeView[]> {
    const offices = await this.offices.withinReach(readableRoots(caller.principal));
    return offices.map((office) => ({
      id: office.id,
      code: office.code,
      name: { kk: office.nameKk, ru: office.nameRu, en: office.nameEn },
      parentId: office.parentId,
      depth: office.depth,
    }));
  }

  @Get('people')
  @Roles(UserRole.PROSECUTOR, UserRole.SUPERVISOR)
  @ApiOperation({ operationId: 'listColleagues', summary: 'The prosecutors and heads of the offices within your reach, by office and name' })
  @ApiOkResponse({ type: [PersonView] })
  async listPeople(@CurrentCaller() caller: Caller, @Query() query: ListPeopleQuery): Promise<PersonView[]> {
    const people = await this.users.withinReach(readableRoots(caller.principal), { officeId: query.officeId, isActive: query.active });
    return people
      .filter((user) => user.role !== UserRole.ADMINISTRATOR)
      .map((user) => ({ id: user.id, fullName: user.fullName, role: user.role, officeId: user.officeId, officeCode: user.office.code, isActive: user.isActive }));
  }
}
