import { IntegrationScope } from '@app/persistence';
import { ApiProperty, ApiSchema } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsEnum, IsString, IsUUID, MaxLength, MinLength } from 'class-validator';

@ApiSchema({ name: 'CreateIntegrationClientRequest' })
export class CreateIntegrationClientDto {
  @ApiProperty({ example: 'e-Otinish' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name: string;

  @ApiProperty({ enum: IntegrationScope, isArray: true })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayUnique()
  @IsEnum(IntegrationScope, { each: true })
  scopes: IntegrationScope[];

  @ApiProperty({ type: [String], format: 'uuid', description: 'Roots of the office subtrees it may read' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(500)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  officeIds: string[];
}

/** An integration client as administrators see it: never its key or the key's hash. */
@ApiSchema({ name: 'IntegrationClient' })
export class IntegrationClientView {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty()
  name: string;

  @ApiProperty({ description: "The key's public prefix, to tell keys apart", example: 'pak_3xQ9aB7c' })
  keyPrefix: string;

  @ApiProperty({ enum: IntegrationScope, isArray: true })
  scopes: IntegrationScope[];

  @ApiProperty({ type: [String], format: 'uuid' })
  officeIds: string[];

  @ApiProperty({ description: 'false once revoked' })
  isActive: boolean;

  @ApiProperty({ type: String, format: 'date-time' })
  createdAt: Date;
}

@ApiSchema({ name: 'CreatedIntegrationClient' })
export class CreatedIntegrationClientView {
  @ApiProperty({ type: IntegrationClientView })
  client: IntegrationClientView;

  @ApiProperty({ description: 'The API key (send it as X-Api-Key). Shown this once: only its hash is stored.' })
  apiKey: string;
}
