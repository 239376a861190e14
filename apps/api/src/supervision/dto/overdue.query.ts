import { ActType, DeadlineKind } from '@app/domain';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsBoolean, IsEnum, IsIn, IsInt, IsOptional, IsString, IsUUID, Max, Min } from 'class-validator';

export class OverdueQuery {
  @ApiPropertyOptional({ format: 'uuid', description: 'Narrow to this office and its subtree (within yours)' })
  @IsOptional()
  @IsUUID()
  officeId?: string;

  @ApiPropertyOptional({ enum: ActType })
  @IsOptional()
  @IsEnum(ActType)
  type?: ActType;

  @ApiPropertyOptional({ enum: DeadlineKind })
  @IsOptional()
  @IsEnum(DeadlineKind)
  deadlineKind?: DeadlineKind;

  @ApiPropertyOptional({ format: 'uuid', description: 'The prosecutor who filed the act' })
  @IsOptional()
  @IsUUID()
  prosecutorId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'The prosecutor who answers for the act now' })
  @IsOptional()
  @IsUUID()
  responsibleUserId?: string;

  @ApiPropertyOptional({ description: 'true: only acts whose responsible prosecutor is away today (an absence) or deactivated; false: only the others' })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  responsibleAbsent?: boolean;

  @ApiPropertyOptional({ minimum: 0, description: 'At least this many whole days past due' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(36_500)
  minDaysOverdue?: number;

  @ApiPropertyOptional({ enum: ['most_overdue', 'least_overdue'], default: 'most_overdue' })
  @IsOptional()
  @IsIn(['most_overdue', 'least_overdue'])
  sort?: 'most_overdue' | 'least_overdue';

  @ApiPropertyOptional({ default: 50, minimum: 1, maximum: 500 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(500)
  limit?: number;

  @ApiPropertyOptional({ description: 'nextCursor of the previous page' })
  @IsOptional()
  @IsString()
  cursor?: string;
}

export class DashboardQuery {
  @ApiPropertyOptional({ format: 'uuid', description: 'Narrow to this office and its subtree (within yours)' })
  @IsOptional()
  @IsUUID()
  officeId?: string;

  @ApiPropertyOptional({ minimum: 7, maximum: 366, default: 90, description: 'How many days the overdue series covers, today included' })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(7)
  @Max(366)
  days?: number;
}
