import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { INestApplication } from '@nestjs/common';
import express, { Express, NextFunction, Request, Response } from 'express';

/**
 * The web workspace (apps/web, built by `vite build` into apps/web/dist) served by the API process
 * at `/`: one origin, so CORS stays closed and the session cookie stays SameSite=Strict
 * (docs/adr/0009-web-workspace.md). The API starts without it (its own tests never build the app).
 */

/** Paths that belong to the server, never to the single-page app's fallback. */
// /metrics lives on its own loopback port; here it must stay a 404, never the app's shell.
const SERVER_PREFIXES = ['/api/', '/docs', '/health', '/admin/queues', '/metrics'];

/**
 * Only the app's own assets: scripts and fonts from this origin, calls to this origin. Ant Design
 * writes its component styles into <style> elements at run time (CSS-in-JS), hence 'unsafe-inline'
 * for styles only; scripts never run inline.
 */
export const WEB_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** The repository (or image) root: the nearest directory up from here holding a package.json. */
function rootDir(): string {
  let dir = __dirname;
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) return process.cwd();
    dir = parent;
  }
  return dir;
}

export function webDistDir(): string {
  return join(rootDir(), 'apps', 'web', 'dist');
}

const isServerPath = (path: string) => SERVER_PREFIXES.some((prefix) => path === prefix.replace(/\/$/, '') || path.startsWith(prefix));

/** Serves the built app when there is one; answers whether it did. Call before the app is initialised. */
export function serveWebApp(app: INestApplication, dist: string): boolean {
  const indexFile = join(dist, 'index.html');
  if (!existsSync(indexFile)) return false;
  const index = readFileSync(indexFile);
  const server = app.getHttpAdapter().getInstance() as Express;
  const withCsp = (response: Response) => response.setHeader('Content-Security-Policy', WEB_CSP);
  // Hashed file names change with their content: cache them for a year, immutable.
  const assets = express.static(join(dist, 'assets'), {
    immutable: true,
    maxAge: '365d',
    index: false,
    setHeaders: withCsp,
  });
  server.use('/assets', (request: Request, response: Response, next: NextFunction) => assets(request, response, next));
  // Deep links (/acts/…, /cases/…) get the app's shell; the router inside picks the screen.
  server.use((request: Request, response: Response, next: NextFunction) => {
    if ((request.method !== 'GET' && request.method !== 'HEAD') || isServerPath(request.path)) return next();
    if (request.path !== '/' && /\.[a-z0-9]+$/i.test(request.path)) return next();
    withCsp(response);
    response.setHeader('Cache-Control', 'no-cache');
    response.type('html').send(index);
  });
  return true;
}
