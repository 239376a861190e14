import { Module, OnModuleInit } from '@nestjs/common';
import { APP_INTERCEPTOR, HttpAdapterHost } from '@nestjs/core';
import { Express } from 'express';
import { ETagInterceptor } from './etag.interceptor';

/** ETag and If-None-Match on every GET under /api/v1 (see ETagInterceptor). */
@Module({ providers: [{ provide: APP_INTERCEPTOR, useClass: ETagInterceptor }] })
export class HttpCacheModule implements OnModuleInit {
  constructor(private readonly adapterHost: HttpAdapterHost) {}

  /** Express tags every body, errors included, with a weak ETag of its own; ours replaces it. */
  onModuleInit(): void {
    this.adapterHost.httpAdapter?.getInstance<Express>().set('etag', false);
  }
}
