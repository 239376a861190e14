import { existsSync, readFileSync } from 'node:fs';

const LINE = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*?)\s*$/;

/**
 * The settings of a `.env` file: `NAME=value` lines, `#` comments and blank lines ignored, a value
 * in single or double quotes taken as written (double quotes understand \n), an unquoted one up to
 * a ` #` comment.
 */
export function parseDotEnv(text: string): Record<string, string> {
  const settings: Record<string, string> = {};
  for (const line of text.split(/\r?\n/)) {
    if (/^\s*(#|$)/.test(line)) continue;
    const match = LINE.exec(line);
    if (!match) continue;
    const [, name, raw] = match;
    let value = raw;
    if (/^'.*'$/.test(raw)) value = raw.slice(1, -1);
    else if (/^".*"$/.test(raw)) value = raw.slice(1, -1).replace(/\\n/g, '\n').replace(/\\"/g, '"');
    else value = raw.replace(/\s+#.*$/, '');
    settings[name] = value;
  }
  return settings;
}

/**
 * Adds the settings of `file` (a `.env` beside the project, when there is one) to `env` — the
 * environment always wins: a variable already set is never replaced. Entry points call it before
 * loadConfig; `.env.example` lists every setting with its default.
 */
export function loadDotEnv(env: NodeJS.ProcessEnv, file: string): string[] {
  if (!existsSync(file)) return [];
  const added: string[] = [];
  for (const [name, value] of Object.entries(parseDotEnv(readFileSync(file, 'utf8')))) {
    if (env[name] !== undefined) continue;
    env[name] = value;
    added.push(name);
  }
  return added;
}
