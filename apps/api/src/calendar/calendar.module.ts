import { Module } from '@nestjs/common';
import { CalendarEntriesService } from './calendar-entries.service';
import { CalendarImpactService } from './calendar-impact.service';
import { CalendarController } from './calendar.controller';

/**
 * The production calendar's HTTP endpoints. The calendar every term computation uses
 * (ProductionCalendarService) is the workflow library's, one cache per process.
 */
@Module({
  controllers: [CalendarController],
  providers: [CalendarEntriesService, CalendarImpactService],
})
export class CalendarModule {}
