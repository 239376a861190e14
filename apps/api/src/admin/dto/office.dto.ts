import { OfficeKind, OfficeLevel } from '@app/persistence';
import { ApiProperty, ApiSchema } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsEnum, IsObject, IsUUID, Matches, ValidateNested } from 'class-validator';
import { LabelDto } from '../../calendar/dto/label.dto';

@ApiSchema({ name: 'CreateOfficeRequest' })
export class CreateOfficeDto {
  @ApiProperty({ description: 'Short stable code, unique', example: 'ALA-ALM' })
  @Matches(/^[A-Z0-9][A-Z0-9-]{0,39}$/, { message: 'code must be 1-40 capital letters, digits or "-"' })
  code: string;

  @ApiProperty({ format: 'uuid', description: 'The office above it: the GPO for a REGIONAL office, a REGIONAL office for a DISTRICT one' })
  @IsUUID()
  parentId: string;

  @ApiProperty({ enum: [OfficeLevel.REGIONAL, OfficeLevel.DISTRICT], description: 'GENERAL is refused: there is one General Prosecutor\'s Office' })
  @IsEnum(OfficeLevel)
  level: OfficeLevel;

  @ApiProperty({ enum: OfficeKind })
  @IsEnum(OfficeKind)
  kind: OfficeKind;

  @ApiProperty({ type: LabelDto })
  @IsObject()
  @ValidateNested()
  @Type(() => LabelDto)
  name: LabelDto;
}

@ApiSchema({ name: 'RenameOfficeRequest' })
export class RenameOfficeDto {
  @ApiProperty({ type: LabelDto, description: 'The new name in all three languages' })
  @IsObject()
  @ValidateNested()
  @Type(() => LabelDto)
  name: LabelDto;
}

@ApiSchema({ name: 'Office' })
export class OfficeView {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'ALA-BOS' })
  code: string;

  @ApiProperty({ enum: OfficeLevel })
  level: OfficeLevel;

  @ApiProperty({ enum: OfficeKind })
  kind: OfficeKind;

  @ApiProperty({ format: 'uuid', nullable: true, type: String })
  parentId: string | null;

  @ApiProperty({ description: 'Materialised path of ancestor ids, /gpo/region/self/' })
  path: string;

  @ApiProperty({ description: '0 for the GPO' })
  depth: number;

  @ApiProperty({ type: LabelDto })
  name: LabelDto;

  @ApiProperty({ type: String, format: 'date-time' })
  createdAt: Date;
}
