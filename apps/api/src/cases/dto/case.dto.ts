import { PageQuery } from '../../http/page.query';
import { ApiProperty, ApiPropertyOptional, ApiSchema } from '@nestjs/swagger';

import { IsEnum, IsOptional, IsString, IsUUID, Matches, MaxLength, MinLength } from 'class-validator';
import { CaseStatus } from '@app/persistence';

@ApiSchema({ name: 'OpenCaseRequest' })
export class CreateCaseDto {
  @ApiProperty({ example: '2026-ALA-BOS-000123', description: 'Registration number, unique in the system' })
  @IsString()
  @Matches(/^[A-Za-z0-9А-Яа-яЁёӘәІіҢңҒғҮүҰұҚқӨөҺһ./_-]{3,64}$/, { message: 'number must be 3-64 letters, digits, dots, slashes, dashes or underscores' })
  number: string;

  @ApiProperty({ example: 'Legality of land allocation decisions of the district akimat' })
  @IsString()
  @MinLength(3)
  @MaxLength(1000)
  subject: string;

  @ApiProperty({ example: 'Akimat of Bostandyk district' })
  @IsString()
  @MinLength(2)
  @MaxLength(500)
  addresseeName: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'A prosecutor of the same office; defaults to the caller' })
  @IsOptional()
  @IsUUID()
  responsibleProsecutorId?: string;
}

export class ListCasesQuery extends PageQuery {
  @ApiPropertyOptional({ enum: CaseStatus })
  @IsOptional()
  @IsEnum(CaseStatus)
  status?: CaseStatus;

  @ApiPropertyOptional({ format: 'uuid', description: 'This office and every office below it (within the caller’s reach)' })
  @IsOptional()
  @IsUUID()
  officeId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  responsibleProsecutorId?: string;

  @ApiPropertyOptional({
    minLength: 1,
    maxLength: 200,
    example: 'бостандық акимат',
    description: 'Search: every word must occur in the case’s number, subject or addressee — any case, Russian or Kazakh or Latin letters (ё as е, қ as к, …)',
  })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  q?: string;
}
