import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';

const ROOT = join(__dirname, '..', '..', '..');
const WEB = join(ROOT, 'apps', 'web');
const MANIFEST = join(WEB, 'dist', '.vite', 'manifest.json');

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/**
 * The browser tests drive the built app, as users get it: build it when there is no build or a
 * source file (or openapi.json) is newer than the last one.
 */
export function ensureWebBuild(): void {
  const sources = Math.max(newestSource(join(WEB, 'src')), statSync(join(WEB, 'index.html')).mtimeMs, statSync(join(WEB, 'vite.config.mts')).mtimeMs);
  if (existsSync(MANIFEST) && statSync(MANIFEST).mtimeMs >= sources) return;
  const build = spawnSync(process.execPath, [join(dirname(require.resolve('vite/package.json')), 'bin', 'vite.js'), 'build', WEB, '--logLevel', 'warn'], {
    cwd: ROOT,
    encoding: 'utf8',
    // jest runs with NODE_ENV=test, which Vite would keep: React's development build, not the one users get.
    env: { ...process.env, NODE_ENV: 'production' },
  });
  if (build.status !== 0) throw new Error(`vite build failed:\n${build.stdout}\n${build.stderr}`);
}
