import { ApiProperty, ApiPropertyOptional, ApiSchema } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Max, Min, ValidateBy } from 'class-validator';
import { looksLikeCursor } from '../change-cursor';

export const DEFAULT_CHANGES_LIMIT = 100;
export const MAX_CHANGES_LIMIT = 1000;

const IsChangeCursor = () =>
  ValidateBy({
    name: 'isChangeCursor',
    validator: {
      validate: (value: unknown) => typeof value === 'string' && looksLikeCursor(value),
      defaultMessage: () => 'after must be a cursor returned by this feed (nextCursor or an item cursor)',
    },
  });

export class ChangesQueryDto {
  @ApiPropertyOptional({ description: 'Resume after this cursor (opaque: 22 characters); omit to read from the beginning', example: 'q3L0dJmWcV5n8sXhYbZ1aA' })
  @IsOptional()
  @IsString()
  @IsChangeCursor()
  after?: string;

  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: MAX_CHANGES_LIMIT, default: DEFAULT_CHANGES_LIMIT })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_CHANGES_LIMIT)
  limit?: number;
}

@ApiSchema({ name: 'Change' })
export class ChangeItemDto {
  @ApiProperty({ description: 'Resume after this item by sending it as `after`. Opaque: it tells nothing of how many changes there are', example: 'q3L0dJmWcV5n8sXhYbZ1aA' })
  cursor: string;

  @ApiProperty({ format: 'date-time' })
  occurredAt: string;

  @ApiProperty({ enum: ['case', 'act'] })
  entityType: 'case' | 'act';

  @ApiProperty({ format: 'uuid' })
  entityId: string;

  @ApiProperty({ format: 'uuid', nullable: true, type: String })
  caseId: string | null;

  @ApiProperty({ example: 'act.transitioned' })
  action: string;

  @ApiProperty({
    description:
      'What the entity looks like after the change, compact: for a case number, status, version and responsibleProsecutorId; ' +
      'for an act type, kind, state, version, nextDueAt, the event applied and responsibleUserId (a reassignment is ' +
      'action `act.assigned` or `case.assigned`). Read GET /api/v1/cases/{id}/status for more.',
    type: 'object',
    additionalProperties: true,
    nullable: true,
    example: { type: 'PROTEST', kind: null, state: 'DELIVERED', version: 3, nextDueAt: '2026-12-04T18:59:59.999Z' },
  })
  after: Record<string, unknown> | null;
}

@ApiSchema({ name: 'ChangesPage' })
export class ChangesPageDto {
  @ApiProperty({ type: [ChangeItemDto] })
  items: ChangeItemDto[];

  @ApiProperty({ description: 'Send as `after` next time; store it once the items are processed', example: 'q3L0dJmWcV5n8sXhYbZ1aA' })
  nextCursor: string;

  @ApiProperty({ description: 'True when more changes are waiting: ask again at once' })
  hasMore: boolean;
}
