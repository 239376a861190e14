import { IntegrationScope, UserRole } from '@app/persistence';
import { Controller, Get, Headers, Res } from '@nestjs/common';
import { ApiExtraModels, ApiHeader, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Response } from 'express';
import { IntegrationScopes, Roles } from '../auth/access.decorators';
import { negotiateLanguage } from './accept-language';
import { ActTypeCatalogService } from './act-type-catalog.service';
import { ActTypeCatalogView, PayloadFieldRuleView } from './dto/catalog.views';

@ApiTags('catalog')
@Controller('api/v1/act-types')
export class ActTypesController {
  constructor(private readonly catalogs: ActTypeCatalogService) {}

  @Get()
  @Roles(UserRole.PROSECUTOR, UserRole.SUPERVISOR, UserRole.ADMINISTRATOR)
  @IntegrationScopes(...Object.values(IntegrationScope))
  @ApiOperation({
    operationId: 'getActTypeCatalog',
    summary: 'The act types, their state machines, events, term rules and codes, labelled in one language',
    description: 'Machine-readable codes are always present; every label is in the language Accept-Language chooses (kk, ru or en; default ru).',
  })
  @ApiHeader({ name: 'Accept-Language', required: false })
  @ApiExtraModels(PayloadFieldRuleView)
  @ApiOkResponse({ type: ActTypeCatalogView, description: 'The domain model; Content-Language names the language of its labels', headers: { 'Content-Language': {} } })
  list(@Headers('accept-language') acceptLanguage: string | undefined, @Res({ passthrough: true }) response: Response): ActTypeCatalogView {
    const language = negotiateLanguage(acceptLanguage);
    response.setHeader('Content-Language', language);
    response.setHeader('Vary', 'Accept-Language');
    return this.catalogs.catalog(language);
  }
}
