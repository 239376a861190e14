import { PageQuery } from '../../http/page.query';
import { ApiProperty, ApiPropertyOptional, ApiSchema } from '@nestjs/swagger';

import { IsBoolean, IsEnum, IsISO8601, IsObject, IsOptional, IsString, IsUUID, Matches, MaxLength, MinLength, ValidateNested } from 'class-validator';
import { Type } from 'class-transformer';
import { AnonymousException } from '@app/domain';
import { CaseStatus } from '@app/persistence';

/**
 * The application a case is opened on (2709 art. 7; 155-VII art. 24): who sent it. An anonymous
 * one is refused at intake — always under Law No. 2709 (art. 7.4); under Law No. 155-VII unless it
 * reports a crime or a threat to national security and that exception is claimed (art. 24.6).
 */
@ApiSchema({ name: 'CaseApplicationRequest' })
export class CaseApplicationDto {
  @ApiPropertyOptional({ format: 'date-time', description: 'When the application arrived; default: now' })
  @IsOptional()
  @IsISO8601({ strict: true })
  receivedAt?: string;

  @ApiProperty({ description: 'The applicant is identified (then give applicantName)' })
  @IsBoolean()
  applicantIdentified: boolean;

  @ApiPropertyOptional({ example: 'Seitkali A. B.', description: 'The identified applicant' })
  @IsOptional()
  @IsString()
  @MinLength(2)
  @MaxLength(500)
  applicantName?: string;

  @ApiPropertyOptional({
    enum: AnonymousException,
    enumName: 'AnonymousException',
    description: 'Law No. 155-VII only (art. 24.6): the exception under which an anonymous application is examined',
  })
  @IsOptional()
  @IsEnum(AnonymousException)
  anonymousException?: AnonymousException;
}

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

  @ApiPropertyOptional({
    type: CaseApplicationDto,
    description: 'The application the case is opened on; absent for a case opened on the office’s own initiative',
  })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => CaseApplicationDto)
  application?: CaseApplicationDto;
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
