import { AppConfig } from '@app/config';
import { INestApplication } from '@nestjs/common';
import { Express } from 'express';
import helmet from 'helmet';
import { ProblemDetailsFilter } from './problem-details.filter';
import { RateLimitGuard } from './rate-limit';
import { SecurityLog } from './security-log';
import { StorableTextPipe } from './storable-text.pipe';
import { createValidationPipe } from './validation';

/** Headers a browser client needs to read from our answers (CORS hides all others). */
const EXPOSED_HEADERS = [
  'ETag',
  'Location',
  'Content-Language',
  'X-Request-Id',
  'Idempotent-Replayed',
  'Retry-After',
  'X-RateLimit-Limit',
  'X-RateLimit-Remaining',
  'X-RateLimit-Reset',
];

function corsOrigins(config: AppConfig): string[] {
  return config.CORS_ORIGINS.split(',')
    .map((origin) => origin.trim())
    .filter((origin) => origin !== '');
}

/**
 * Security headers, CORS, input pipes, the problem filter and rate limits. Call once, after the
 * application is created (HttpDefencesModule among its modules) and before it is initialised.
 */
export function applyHttpDefences(app: INestApplication): void {
  const config = app.get(AppConfig);
  // Whose X-Forwarded-For to believe: nobody's unless configured, so a client cannot choose the
  // address its limits are counted under; behind the configured proxies, the client they name.
  const trusted = config.TRUST_PROXY.split(',').map((entry) => entry.trim()).filter((entry) => entry !== '');
  (app.getHttpAdapter().getInstance() as Express).set('trust proxy', trusted.length ? trusted : false);
  app.use(
    helmet({
      // Swagger UI at /docs loads only its own scripts and styles, so helmet's default policy fits
      // it; but upgrade-insecure-requests would fetch its assets over https:// from the plain-http
      // server `npm start` runs.
      contentSecurityPolicy: { directives: { upgradeInsecureRequests: null } },
    }),
  );
  const origins = corsOrigins(config);
  // Closed unless configured: without CORS headers a browser on another origin cannot read answers.
  if (origins.length) app.enableCors({ origin: origins, exposedHeaders: EXPOSED_HEADERS, maxAge: 600 });
  app.useGlobalPipes(new StorableTextPipe(), createValidationPipe());
  app.useGlobalFilters(new ProblemDetailsFilter(app.get(SecurityLog)));
  // After AccessGuard (an APP_GUARD, registered when the application was created), so the
  // throttler counts the authenticated caller rather than only the IP address.
  app.useGlobalGuards(app.get(RateLimitGuard));
}
