import { UserRole } from '@app/persistence';
import { ApiProperty, ApiPropertyOptional, ApiSchema } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsOptional, IsUUID } from 'class-validator';
import { LabelView } from '../../http/openapi/common.views';

/** An office as colleagues see it: its code and its name in the three languages. */
@ApiSchema({ name: 'DirectoryOffice' })
export class DirectoryOfficeView {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'ALA-BOS' })
  code: string;

  @ApiProperty({ type: LabelView })
  name: LabelView;

  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'The office above (null for the General Prosecutor’s Office)' })
  parentId: string | null;

  @ApiProperty({ type: 'integer', minimum: 0, description: '0 for the General Prosecutor’s Office' })
  depth: number;
}

/** A colleague: name, role and office — no login or e-mail (those are the administrators’). */
@ApiSchema({ name: 'Person' })
export class PersonView {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'Помощник прокурора Е. Касымов' })
  fullName: string;

  @ApiProperty({ enum: UserRole, enumName: 'UserRole' })
  role: UserRole;

  @ApiProperty({ format: 'uuid' })
  officeId: string;

  @ApiProperty({ example: 'ALA-BOS' })
  officeCode: string;

  @ApiProperty()
  isActive: boolean;
}

export class ListPeopleQuery {
  @ApiPropertyOptional({ format: 'uuid', description: 'Only the people of this office' })
  @IsOptional()
  @IsUUID()
  officeId?: string;

  @ApiPropertyOptional({ description: 'true: only active accounts; false: only deactivated ones (whose work may need reassigning)' })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  active?: boolean;
}
