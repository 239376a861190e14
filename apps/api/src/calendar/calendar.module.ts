import { Global, Module } from '@nestjs/common';
import { CalendarEntriesService } from './calendar-entries.service';
import { CalendarImpactService } from './calendar-impact.service';
import { CalendarController } from './calendar.controller';
import { ProductionCalendarService } from './production-calendar.service';

/**
 * The production calendar: the service every term computation uses (global, so ActsModule and
 * others inject ProductionCalendarService without importing this module), and its HTTP endpoints.
 */
@Global()
@Module({
  controllers: [CalendarController],
  providers: [ProductionCalendarService, CalendarEntriesService, CalendarImpactService],
  exports: [ProductionCalendarService],
})
export class CalendarModule {}
