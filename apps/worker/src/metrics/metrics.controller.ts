import { Controller, Get, Res } from '@nestjs/common';
import { Response } from 'express';
import { WorkerMetrics } from './worker-metrics';

/** Prometheus scrapes the worker's health server (loopback unless WORKER_HEALTH_HOST says otherwise). */
@Controller('metrics')
export class MetricsController {
  constructor(private readonly metrics: WorkerMetrics) {}

  @Get()
  async scrape(@Res({ passthrough: true }) response: Response): Promise<string> {
    const text = await this.metrics.scrape();
    response.setHeader('Content-Type', this.metrics.registry.contentType);
    response.setHeader('Cache-Control', 'no-store');
    return text;
  }
}
