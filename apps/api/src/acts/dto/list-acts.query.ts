import { PageQuery } from '../../http/page.query';
import { ActState, ActType } from '@app/domain';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsEnum, IsISO8601, IsOptional, IsString, IsUUID, Matches, MaxLength, MinLength } from 'class-validator';

export class ListActsQuery extends PageQuery {
  @ApiPropertyOptional({ enum: ActType })
  @IsOptional()
  @IsEnum(ActType)
  type?: ActType;

  @ApiPropertyOptional({ enum: ActState })
  @IsOptional()
  @IsEnum(ActState)
  state?: ActState;

  @ApiPropertyOptional({ format: 'uuid', description: 'This office and every office below it (within the caller’s reach)' })
  @IsOptional()
  @IsUUID()
  officeId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  caseId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'The prosecutor who filed the act' })
  @IsOptional()
  @IsUUID()
  authorId?: string;

  @ApiPropertyOptional({ type: String, format: 'date-time', description: 'Acts whose earliest open deadline falls before this instant' })
  @IsOptional()
  // Strict: 30 February is refused, not rolled over to 2 March; years the system deals in only.
  @IsISO8601({ strict: true, strictSeparator: true })
  @Matches(/^(19|2\d)\d\d-/, { message: 'dueBefore must be a year between 1900 and 2999' })
  dueBefore?: string;

  @ApiPropertyOptional({ description: 'true: only acts with a deadline past due and unmet (open, or already marked missed) — those behind the overdue list; false: only the others' })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  overdue?: boolean;

  @ApiPropertyOptional({
    minLength: 1,
    maxLength: 200,
    example: 'бостандық акимат',
    description: 'Search: every word must occur in the act’s title, its addressee or its case’s number — any case, Russian or Kazakh or Latin letters (ё as е, қ as к, …)',
  })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  q?: string;
}
