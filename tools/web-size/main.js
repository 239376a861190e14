// `npm run web:size`: the web app's JavaScript as a browser fetches it, gzip-compressed — the
// initial load (the entry chunk and what it imports statically) and, per screen, what its lazy
// chunk adds. Reads the Vite manifest of the last build (apps/web/dist/.vite/manifest.json).
const { readFileSync } = require('node:fs');
const { join } = require('node:path');
const { gzipSync } = require('node:zlib');
const process = require('node:process');
const print = (line) => process.stdout.write(`${line}\n`);

const dist = join(__dirname, '..', '..', 'apps', 'web', 'dist');
const manifest = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8'));
const gzipped = (file) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length;

/** A chunk and everything it imports statically, as manifest keys. */
function closure(key, seen = new Set()) {
  if (seen.has(key)) return seen;
  seen.add(key);
  for (const imported of manifest[key].imports ?? []) closure(imported, seen);
  return seen;
}
const jsOf = (keys) => [...keys].map((key) => manifest[key].file).filter((file) => file.endsWith('.js'));
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;

const entry = Object.keys(manifest).find((key) => manifest[key].isEntry);
const initial = closure(entry);
const initialBytes = jsOf(initial).reduce((sum, file) => sum + gzipped(file), 0);
print(`initial JS (gzip): ${kb(initialBytes)} in ${jsOf(initial).length} files — budget 300 kB; then, gzip, what each lazy chunk adds:`);
// A screen loads inside the workspace (Routes: the layout and menus), so it adds what neither has.
const workspace = Object.keys(manifest).find((key) => manifest[key].name === 'Routes');
const before = (key) => (key === workspace || manifest[key].name === 'SignIn' ? initial : new Set([...initial, ...closure(workspace)]));
for (const key of Object.keys(manifest).filter((candidate) => manifest[candidate].isDynamicEntry).sort()) {
  const loaded = before(key);
  const added = [...closure(key)].filter((chunk) => !loaded.has(chunk));
  print(`  + ${manifest[key].name.padEnd(14)} ${kb(jsOf(added).reduce((sum, file) => sum + gzipped(file), 0))}`);
}
if (initialBytes > 300 * 1024) {
  print('the initial JavaScript is over its 300 kB budget');
  process.exitCode = 1;
}
