// Writes the generated domain documentation: docs/state-machines/<ACT_TYPE>.md and docs/domain.json.
// All content comes from renderDocs() in libs/domain; this script only writes it (and removes
// state-machine pages no act type produces any more). Run from the repository root:
//   npm run docs:domain   (builds, then runs dist/tools/domain-docs/generate.js)
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { renderDocs, STATE_MACHINE_DOCS_DIR } from '@app/domain';

function main(root: string): void {
  const docs = renderDocs();
  mkdirSync(join(root, STATE_MACHINE_DOCS_DIR), { recursive: true });
  for (const file of readdirSync(join(root, STATE_MACHINE_DOCS_DIR))) {
    if (!docs.has(`${STATE_MACHINE_DOCS_DIR}/${file}`)) rmSync(join(root, STATE_MACHINE_DOCS_DIR, file));
  }
  for (const [path, content] of docs) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content, 'utf8');
  }
  process.stdout.write(`Wrote ${docs.size} files under ${join(root, 'docs')}\n`);
}

main(process.cwd());
