import { OmitType } from '@nestjs/swagger';
import { OverdueQuery } from './overdue.query';

/** The overdue list's filters and sort; the export is the whole list, so there are no pages. */
export class OverdueCsvQuery extends OmitType(OverdueQuery, ['limit', 'cursor'] as const) {}
