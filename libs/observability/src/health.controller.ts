import { ArgumentsHost, Catch, Controller, ExceptionFilter, Get, ServiceUnavailableException, UseFilters } from '@nestjs/common';
import { Response } from 'express';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { HealthCheck, HealthCheckService, TypeOrmHealthIndicator } from '@nestjs/terminus';
import { MigrationsHealthIndicator } from './migrations.health';
import { Public } from './public-route';
import { QueueBackendHealthIndicator } from './queue-backend.health';

/**
 * A failed readiness check keeps terminus's own body (`{status, info, error, details}`), which
 * orchestrators and probes understand, instead of the API's problem+json. Every other error (a
 * rate limit, a crash) leaves as a problem document like anywhere else.
 */
@Catch(ServiceUnavailableException)
class HealthBodyFilter implements ExceptionFilter {
  catch(exception: ServiceUnavailableException, host: ArgumentsHost): void {
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
  @ApiOperation({ operationId: 'checkLiveness', summary: 'Liveness: the process answers' })
  @ApiOkResponse({ schema: { type: 'object', required: ['status'], properties: { status: { type: 'string', enum: ['ok'] } } } })
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }

  /** Ready for traffic: PostgreSQL answers, every migration is applied, the queue backend answers. */
  @Get('ready')
  @HealthCheck()
  @ApiOperation({ operationId: 'checkReadiness', summary: 'Readiness: database, migrations and queue backend' })
  ready() {
    return this.health.check([
      () => this.database.pingCheck('database', { timeout: 2000 }),
      () => this.migrations.check('migrations'),
      () => this.queue.check('queue'),
    ]);
  }
}
