import { Module } from '@nestjs/common';
import { DueBacklog } from './due-backlog';

/** One DueBacklog a process: the deadline worker reports to it, the notices worker listens. */
@Module({ providers: [DueBacklog], exports: [DueBacklog] })
export class DueBacklogModule {}
