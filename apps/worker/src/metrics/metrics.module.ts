import { Module } from '@nestjs/common';
import { MetricsController } from './metrics.controller';
import { PipelineSnapshotReader } from './pipeline-snapshot';
import { WorkerMetrics } from './worker-metrics';

/** GET /metrics on the worker's health server: process and deadline-pipeline metrics for Prometheus. */
@Module({ controllers: [MetricsController], providers: [PipelineSnapshotReader, WorkerMetrics] })
export class MetricsModule {}
