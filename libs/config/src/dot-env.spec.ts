import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadDotEnv, parseDotEnv } from './dot-env';

describe('.env', () => {
  it('reads NAME=value lines, quotes and comments', () => {
    expect(
      parseDotEnv(['# a comment', '', 'API_PORT=8080', 'export LOG_LEVEL = debug  # why', "MAIL_FROM='Прокуратура <noreply@prokuror.kz>'", 'X="a\\nb"', 'not a setting'].join('\n')),
    ).toEqual({ API_PORT: '8080', LOG_LEVEL: 'debug', MAIL_FROM: 'Прокуратура <noreply@prokuror.kz>', X: 'a\nb' });
  });

  it('never replaces a variable the environment already has', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'dotenv-')), '.env');
    writeFileSync(file, 'API_PORT=8080\nLOG_LEVEL=debug\n');
    const env: NodeJS.ProcessEnv = { API_PORT: '3000' };
    expect(loadDotEnv(env, file)).toEqual(['LOG_LEVEL']);
    expect(env).toEqual({ API_PORT: '3000', LOG_LEVEL: 'debug' });
    expect(loadDotEnv(env, join(file, 'missing'))).toEqual([]);
  });
});
