import { IntegrationScope, OfficeEntity, OfficesRepository, UserRole, UsersRepository } from '@app/persistence';
import { Controller, Get } from '@nestjs/common';
import { ApiExtraModels, ApiOkResponse, ApiOperation, ApiTags, getSchemaPath } from '@nestjs/swagger';
import { CurrentPrincipal, IntegrationScopes, Roles } from './access.decorators';
import { MeIntegrationView, MeUserView, MeView, MyOfficeView } from './dto/me.views';
import { Principal } from './principal';

const officeView = (office: OfficeEntity): MyOfficeView => ({ id: office.id, code: office.code, level: office.level, kind: office.kind, name: { kk: office.nameKk, ru: office.nameRu, en: office.nameEn } });

@ApiTags('auth')
@Controller('api/v1/me')
export class MeController {
  constructor(
    private readonly users: UsersRepository,
    private readonly offices: OfficesRepository,
  ) {}

  @Get()
  @Roles(UserRole.PROSECUTOR, UserRole.SUPERVISOR, UserRole.ADMINISTRATOR)
  @IntegrationScopes(...Object.values(IntegrationScope))
  @ApiOperation({ operationId: 'getMe', summary: 'Who the caller is: the user and their office, or the integration and its offices' })
  @ApiExtraModels(MeUserView, MeIntegrationView)
  @ApiOkResponse({
    schema: {
      oneOf: [{ $ref: getSchemaPath(MeUserView) }, { $ref: getSchemaPath(MeIntegrationView) }],
      discriminator: { propertyName: 'kind', mapping: { user: getSchemaPath(MeUserView), integration: getSchemaPath(MeIntegrationView) } },
    },
  })
  async me(@CurrentPrincipal() principal: Principal): Promise<MeView> {
    if (principal.kind === 'user') {
      const user = await this.users.withOffice(principal.userId);
      return { kind: 'user', userId: user.id, login: user.login, fullName: user.fullName, role: user.role, office: officeView(user.office) };
    }
    const offices = await this.offices.findByPaths(principal.officePaths);
    return { kind: 'integration', clientId: principal.clientId, name: principal.name, scopes: principal.scopes, offices: offices.map(officeView) };
  }
}
