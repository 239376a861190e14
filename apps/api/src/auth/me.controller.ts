import { IntegrationScope, OfficeEntity, UserEntity, UserRole } from '@app/persistence';
import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiSecurity, ApiTags } from '@nestjs/swagger';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import { CurrentPrincipal, IntegrationScopes, Roles } from './access.decorators';
import { Principal } from './principal';

const officeView = (office: OfficeEntity) => ({ id: office.id, code: office.code, level: office.level, kind: office.kind, name: { kk: office.nameKk, ru: office.nameRu, en: office.nameEn } });

@ApiTags('auth')
@ApiBearerAuth()
@ApiSecurity('integration')
@Controller('api/v1/me')
export class MeController {
  constructor(
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    @InjectRepository(OfficeEntity) private readonly offices: Repository<OfficeEntity>,
  ) {}

  @Get()
  @Roles(UserRole.PROSECUTOR, UserRole.SUPERVISOR, UserRole.ADMINISTRATOR)
  @IntegrationScopes(...Object.values(IntegrationScope))
  @ApiOperation({ summary: 'Who the caller is: the user and their office, or the integration and its offices' })
  async me(@CurrentPrincipal() principal: Principal) {
    if (principal.kind === 'user') {
      const user = await this.users.findOneOrFail({ where: { id: principal.userId }, relations: { office: true } });
      return { kind: 'user', userId: user.id, login: user.login, fullName: user.fullName, role: user.role, office: officeView(user.office!) };
    }
    const offices = await this.offices.findBy({ path: In([...principal.officePaths]) });
    return { kind: 'integration', clientId: principal.clientId, name: principal.name, scopes: principal.scopes, offices: offices.map(officeView) };
  }
}
