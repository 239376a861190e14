import { IntegrationScope, NoticesRepository, OfficeEntity, OfficesRepository, UserRole, UsersRepository } from '@app/persistence';
import { Body, Controller, Get, Patch } from '@nestjs/common';
import { ApiExtraModels, ApiOkResponse, ApiOperation, ApiTags, getSchemaPath } from '@nestjs/swagger';
import { CurrentPrincipal, IntegrationScopes, Roles } from './access.decorators';
import { MeIntegrationView, MeUserView, MeView, MyOfficeView, UpdateMeDto } from './dto/me.views';
import { Principal, requireUser } from './principal';

const officeView = (office: OfficeEntity): MyOfficeView => ({ id: office.id, code: office.code, level: office.level, kind: office.kind, name: { kk: office.nameKk, ru: office.nameRu, en: office.nameEn } });

@ApiTags('auth')
@Controller('api/v1/me')
export class MeController {
  constructor(
    private readonly users: UsersRepository,
    private readonly offices: OfficesRepository,
    private readonly notices: NoticesRepository,
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
    if (principal.kind === 'user') return this.user(principal.userId);
    const offices = await this.offices.findByPaths(principal.officePaths);
    return { kind: 'integration', clientId: principal.clientId, name: principal.name, scopes: principal.scopes, offices: offices.map(officeView) };
  }

  @Patch()
  @Roles(UserRole.PROSECUTOR, UserRole.SUPERVISOR, UserRole.ADMINISTRATOR)
  @ApiOperation({ operationId: 'updateMe', summary: 'Change your own preferences: the language of the web workspace' })
  @ApiOkResponse({ type: MeUserView })
  async update(@CurrentPrincipal() principal: Principal, @Body() body: UpdateMeDto): Promise<MeUserView> {
    const { userId } = requireUser(principal);
    await this.users.setLanguage(userId, body.language);
    return this.user(userId);
  }

  private async user(userId: string): Promise<MeUserView> {
    const [user, unreadNotifications] = await Promise.all([this.users.withOffice(userId), this.notices.unreadCount(userId)]);
    return {
      kind: 'user',
      userId: user.id,
      login: user.login,
      fullName: user.fullName,
      role: user.role,
      office: officeView(user.office),
      language: user.language,
      unreadNotifications,
    };
  }
}
