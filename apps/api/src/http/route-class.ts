/**
 * The classes of routes the limiter counts apart, before authentication: a flood of one (the
 * liveness probe, say) never spends the budget of another (signing in).
 */
export type RouteClass = 'health' | 'sign-in' | 'token' | 'docs' | 'board' | 'api';

/** The routes that take a password. */
const SIGN_IN = new Set(['/api/v1/auth/login', '/api/v1/auth/session']);

export function routeClassOf(method: string, url: string): RouteClass {
  const path = url.split('?')[0];
  if (path === '/health' || path.startsWith('/health/')) return 'health';
  if (path === '/docs' || path.startsWith('/docs/')) return 'docs';
  if (path === '/admin/queues' || path.startsWith('/admin/queues/')) return 'board';
  if (method === 'POST' && SIGN_IN.has(path)) return 'sign-in';
  if (path.startsWith('/api/v1/auth/')) return 'token';
  return 'api';
}
