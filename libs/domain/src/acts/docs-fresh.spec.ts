import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { renderDocs, STATE_MACHINE_DOCS_DIR } from './export';

const ROOT = join(__dirname, '..', '..', '..', '..');
const FIX = 'the generated domain docs are stale: run `npm run docs:domain` and commit docs/';

describe('docs/ matches the tables', () => {
  const docs = renderDocs();

  it.each([...docs.keys()])('%s is up to date', (path) => {
    const file = join(ROOT, path);
    const committed = existsSync(file) ? readFileSync(file, 'utf8') : null;
    if (committed !== docs.get(path)) throw new Error(`${path} differs from renderDocs(): ${FIX}`);
  });

  it('has no state-machine page that no act type of an edition produces', () => {
    const pages = (dir: string): string[] =>
      readdirSync(join(ROOT, dir)).flatMap((name) => (statSync(join(ROOT, dir, name)).isDirectory() ? pages(`${dir}/${name}`) : [`${dir}/${name}`]));
    const stale = (existsSync(join(ROOT, STATE_MACHINE_DOCS_DIR)) ? pages(STATE_MACHINE_DOCS_DIR) : []).filter((file) => !docs.has(file));
    if (stale.length > 0) throw new Error(`${stale.join(', ')} no longer generated: ${FIX}`);
  });
});
