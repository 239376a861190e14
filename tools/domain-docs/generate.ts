// Writes the generated domain documentation: docs/state-machines/<edition id>/<ACT_TYPE>.md and
// docs/domain.json. All content comes from renderDocs() in libs/domain; this script only writes it
// (and removes state-machine pages, and edition folders, nothing produces any more). Run from the
// repository root:
//   npm run docs:domain   (builds, then runs dist/tools/domain-docs/generate.js)
import { mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { renderDocs, STATE_MACHINE_DOCS_DIR } from '@app/domain';

/** Every file under `dir`, as paths from `root`. */
function filesUnder(root: string, dir: string): string[] {
  return readdirSync(join(root, dir)).flatMap((name) => {
    const path = join(dir, name);
    return statSync(join(root, path)).isDirectory() ? filesUnder(root, path) : [relative('.', path)];
  });
}

function main(root: string): void {
  const docs = renderDocs();
  mkdirSync(join(root, STATE_MACHINE_DOCS_DIR), { recursive: true });
  for (const file of filesUnder(root, STATE_MACHINE_DOCS_DIR)) {
    if (!docs.has(file)) rmSync(join(root, file));
  }
  for (const name of readdirSync(join(root, STATE_MACHINE_DOCS_DIR))) {
    const dir = join(root, STATE_MACHINE_DOCS_DIR, name);
    if (statSync(dir).isDirectory() && readdirSync(dir).length === 0) rmSync(dir, { recursive: true });
  }
  for (const [path, content] of docs) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content, 'utf8');
  }
  process.stdout.write(`Wrote ${docs.size} files under ${join(root, 'docs')}\n`);
}

main(process.cwd());
