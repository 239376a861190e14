import { ArgumentsHost, Catch, Controller, ExceptionFilter, Get, HttpException, UseFilters } from '@nestjs/common';
import { Response } from 'express';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import { HealthCheck, HealthCheckService, TypeOrmHealthIndicator } from '@nestjs/terminus';
import { MigrationsHealthIndicator } from './migrations.health';
import { Public } from './public-route';
import { QueueBackendHealthIndicator } from './queue-backend.health';

/**
 * Health answers keep terminus's own body (`{status, info, error, details}`), which orchestrators
 * and probes understand, instead of the API's problem+json.
 */
@Catch(HttpException)
class HealthBodyFilter implements ExceptionFilter {
  catch(exception: HttpException, host: ArgumentsHost): void {
    host.switchToHttp().getResponse<Response>().status(exception.getStatus()).json(exception.getResponse());
  }
}

@ApiTags('health')
@Controller('health')
@UseFilters(HealthBodyFilter)
@Public()
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly database: TypeOrmHealthIndicator,
    private readonly migrations: MigrationsHealthIndicator,
    private readonly queue: QueueBackendHealthIndicator,
  ) {}

  /** The process is up and its event loop turns; nothing external is checked. */
  @Get('live')
  @ApiOperation({ summary: 'Liveness: the process answers' })
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }

  /** Ready for traffic: PostgreSQL answers, every migration is applied, the queue backend answers. */
  @Get('ready')
  @HealthCheck()
  @ApiOperation({ summary: 'Readiness: database, migrations and queue backend' })
  ready() {
    return this.health.check([
      () => this.database.pingCheck('database', { timeout: 2000 }),
      () => this.migrations.check('migrations'),
      () => this.queue.check('queue'),
    ]);
  }
}
