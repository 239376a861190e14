import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AppConfig } from './app-config';

/** .env.example lists every setting with its default: a setting added to AppConfig and not there fails here. */
describe('.env.example', () => {
  const listed = new Map(
    readFileSync(join(__dirname, '..', '..', '..', '.env.example'), 'utf8')
      .split('\n')
      .map((line) => /^# ([A-Z][A-Z0-9_]*)=(.*)$/.exec(line))
      .filter((match): match is RegExpExecArray => match !== null)
      .map((match) => [match[1], match[2]]),
  );

  it.each(Object.entries(new AppConfig()))('lists %s with its default', (name, value) => {
    expect(listed.has(name)).toBe(true);
    expect(listed.get(name)).toBe(value === undefined ? '' : String(value));
  });

  it('lists the launcher’s and the admin CLI’s settings too', () => {
    for (const name of ['DEV_DATA_DIR', 'EMBEDDED_POSTGRES_PORT', 'EMBEDDED_REDIS_PORT', 'EMBEDDED_SMTP_PORT', 'ADMIN_PASSWORD']) expect(listed.has(name)).toBe(true);
  });
});
