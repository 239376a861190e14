import { Language, LANGUAGES } from '@app/domain';
import { IntegrationScope, OfficeKind, OfficeLevel, UserRole } from '@app/persistence';
import { IsIn } from 'class-validator';
import { ApiProperty, ApiSchema } from '@nestjs/swagger';
import { LabelView } from '../../http/openapi/common.views';

@ApiSchema({ name: 'MyOffice' })
export class MyOfficeView {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'ALA-BOS' })
  code: string;

  @ApiProperty({ enum: OfficeLevel, enumName: 'OfficeLevel' })
  level: OfficeLevel;

  @ApiProperty({ enum: OfficeKind, enumName: 'OfficeKind' })
  kind: OfficeKind;

  @ApiProperty({ type: LabelView })
  name: LabelView;
}

/** A signed-in person. */
@ApiSchema({ name: 'MeUser' })
export class MeUserView {
  @ApiProperty({ enum: ['user'] })
  kind: 'user';

  @ApiProperty({ format: 'uuid' })
  userId: string;

  @ApiProperty({ example: 'bostandyk.prosecutor' })
  login: string;

  @ApiProperty({ example: 'Айгерім Серікқызы Жұмабаева' })
  fullName: string;

  @ApiProperty({ enum: UserRole, enumName: 'UserRole' })
  role: UserRole;

  @ApiProperty({ type: MyOfficeView })
  office: MyOfficeView;

  @ApiProperty({ type: String, enum: LANGUAGES, nullable: true, description: 'The language the user chose for the web workspace; null until they choose' })
  language: Language | null;

  @ApiProperty({ type: 'integer', minimum: 0, description: 'Unread notices in the inbox' })
  unreadNotifications: number;
}

/** What a user may change of their own account. */
@ApiSchema({ name: 'UpdateMeRequest' })
export class UpdateMeDto {
  @ApiProperty({ enum: LANGUAGES, description: 'The language of the web workspace, remembered for the user wherever they sign in' })
  @IsIn(LANGUAGES)
  language: Language;
}

/** An integration client calling with its API key. */
@ApiSchema({ name: 'MeIntegration' })
export class MeIntegrationView {
  @ApiProperty({ enum: ['integration'] })
  kind: 'integration';

  @ApiProperty({ format: 'uuid' })
  clientId: string;

  @ApiProperty({ example: 'e-Otinish' })
  name: string;

  @ApiProperty({ enum: IntegrationScope, enumName: 'IntegrationScope', isArray: true })
  scopes: readonly IntegrationScope[];

  @ApiProperty({ type: [MyOfficeView], description: 'The offices (with everything below them) the client may see' })
  offices: MyOfficeView[];
}

export type MeView = MeUserView | MeIntegrationView;
