import { CaseStatus } from '@app/persistence';
import { DeadlineStatus, OPEN_DEADLINE_STATUSES } from '@app/domain';
import { ApiProperty, ApiSchema } from '@nestjs/swagger';

@ApiSchema({ name: 'OpenDeadline' })
export class OpenDeadlineDto {
  @ApiProperty({ example: 'PROTEST_CONSIDERATION' })
  kind: string;

  @ApiProperty({ format: 'date-time', description: 'The statutory due instant, pauses included' })
  dueAt: string;

  @ApiProperty({ example: 'art. 19.3' })
  citation: string;

  @ApiProperty({ enum: [...OPEN_DEADLINE_STATUSES, DeadlineStatus.MISSED], description: 'MISSED: the term ran out and nothing met it yet' })
  status: string;
}

@ApiSchema({ name: 'ActStatus' })
export class ActStatusDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'PROTEST' })
  type: string;

  @ApiProperty({ type: String, nullable: true, description: 'ResolutionKind of a resolution, null otherwise', example: null })
  kind: string | null;

  @ApiProperty({ example: 'DELIVERED' })
  state: string;

  @ApiProperty({ description: 'Send as If-Match when changing the act', example: 2 })
  version: number;

  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'The earliest due instant among its open deadlines' })
  nextDueAt: string | null;

  @ApiProperty({ type: [OpenDeadlineDto], description: 'Deadlines not yet met or cancelled, earliest first' })
  openDeadlines: readonly OpenDeadlineDto[];
}

@ApiSchema({ name: 'CaseStatusReport' })
export class CaseStatusDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'ALA-BOS-2026-0001' })
  number: string;

  @ApiProperty({ enum: CaseStatus, enumName: 'CaseStatus' })
  status: string;

  @ApiProperty({ example: 'ALA-BOS' })
  officeCode: string;

  @ApiProperty({ type: [ActStatusDto], description: 'Its acts in the order they were filed' })
  acts: readonly ActStatusDto[];
}
