import { IntegrationScope, UserRole } from '@app/persistence';
import { Controller, Get, Headers, Res } from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOkResponse, ApiOperation, ApiSecurity, ApiTags } from '@nestjs/swagger';
import { Response } from 'express';
import { IntegrationScopes, Roles } from '../auth/access.decorators';
import { ApiConditionalGet } from '../http-cache/api-conditional-get.decorator';
import { negotiateLanguage } from './accept-language';
import { ActTypeCatalog, ActTypeCatalogService } from './act-type-catalog.service';

const listOf = (description: string) => ({ type: 'array', description, items: { type: 'object', additionalProperties: true } }) as const;

@ApiTags('catalog')
@ApiBearerAuth()
@ApiSecurity('integration')
@Controller('api/v1/act-types')
export class ActTypesController {
  constructor(private readonly catalogs: ActTypeCatalogService) {}

  @Get()
  @Roles(UserRole.PROSECUTOR, UserRole.SUPERVISOR, UserRole.ADMINISTRATOR)
  @IntegrationScopes(...Object.values(IntegrationScope))
  @ApiOperation({
    summary: 'The act types, their state machines, events, term rules and codes, labelled in one language',
    description: 'Machine-readable codes are always present; every label is in the language Accept-Language chooses (kk, ru or en; default ru).',
  })
  @ApiHeader({ name: 'Accept-Language', required: false, example: 'kk, ru;q=0.8', description: 'kk, ru or en, q-values honoured; default ru' })
  @ApiOkResponse({
    description: 'The domain model; Content-Language names the language of its labels',
    headers: { 'Content-Language': { schema: { type: 'string', enum: ['kk', 'ru', 'en'] } } },
    schema: {
      type: 'object',
      properties: {
        editions: listOf('Statute editions'),
        termRules: listOf('How each statutory clock is counted, with its article'),
        calendarEntries: listOf('Holidays and transferred days off'),
        actTypes: listOf('code, label, machines'),
        resolutionKinds: listOf('code, label'),
        targetKinds: listOf('code, label'),
        states: listOf('code, label'),
        events: listOf('code, label, payload'),
        actorRoles: listOf('code, label'),
        actorKinds: listOf('code, label'),
        refusalCodes: listOf('code, label'),
        violationCodes: listOf('code, label'),
        linkReasons: listOf('code, label'),
        guards: listOf('name, description, citation, appliesTo'),
        machines: listOf('Transition tables: states, events, rows with actors, guards, effects and articles'),
      },
    },
  })
  @ApiConditionalGet()
  list(@Headers('accept-language') acceptLanguage: string | undefined, @Res({ passthrough: true }) response: Response): ActTypeCatalog {
    const language = negotiateLanguage(acceptLanguage);
    response.setHeader('Content-Language', language);
    response.setHeader('Vary', 'Accept-Language');
    return this.catalogs.catalog(language);
  }
}
