import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Clock } from '@app/config';
import { Browser, BrowserContext, chromium, Page } from 'playwright-core';
import { DEMO_PASSWORD } from '../../../tools/demo-data/seed-demo';
import { ApiHarness } from '../../support/api-harness';

/** Debian's Chromium (CI installs it with apt-get); never a browser downloaded by Playwright. */
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export type Language = 'kk' | 'ru' | 'en';

/**
 * What the callbacks given to page.evaluate and waitForFunction use of the browser's globals. They
 * run in the page; the project compiles without the DOM library (Node's types would clash).
 */
type Animations = Array<{ playState: string; effect: { getTiming(): { iterations?: number } } | null }>;
type AxeResult = { violations: Array<{ id: string; impact: string; nodes: Array<{ target: string[] }> }> };
type PageGlobals = {
  document: { getAnimations(): Animations };
  localStorage: { setItem(key: string, value: string): void };
  axe: { run(context: unknown, options: object): Promise<AxeResult> };
  __missingI18nKeys?: string[];
};

/**
 * The real API (this file's own cloned database, demo offices and users) listening on loopback and
 * serving the built web app, and a headless Chromium pointed at it.
 */
export class Workspace {
  /** Console messages about a blocked resource: the Content-Security-Policy must block nothing of ours. */
  readonly cspViolations: string[] = [];

  private constructor(
    readonly api: ApiHarness,
    readonly baseUrl: string,
    private readonly browser: Browser,
  ) {}

  static async start(options: { clock?: Clock } = {}): Promise<Workspace> {
    const api = await ApiHarness.start({ clock: options.clock, config: { RATE_LIMIT_LOGIN_MAX: '1000' }, web: true });
    await api.app.listen(0, '127.0.0.1');
    const address = api.app.getHttpServer().address() as { port: number };
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox'] });
    return new Workspace(api, `http://127.0.0.1:${address.port}`, browser);
  }

  /** A fresh browser profile (no cookies, no stored language) at 1280×800 unless told otherwise. */
  async newPage(options: { viewport?: { width: number; height: number }; language?: Language } = {}): Promise<{ context: BrowserContext; page: Page }> {
    const context = await this.browser.newContext({
      baseURL: this.baseUrl,
      viewport: options.viewport ?? { width: 1280, height: 800 },
      locale: 'en-US',
      timezoneId: 'Europe/London',
      acceptDownloads: true,
    });
    if (options.language) {
      await context.addInitScript((language) => (globalThis as unknown as PageGlobals).localStorage.setItem('pao.language', language), options.language);
    }
    const page = await context.newPage();
    // A state that has not come in 15 s will not come: fail with what the page shows.
    page.setDefaultTimeout(15_000);
    page.on('console', (message) => {
      if (/Content.Security.Policy/i.test(message.text())) this.cspViolations.push(message.text());
    });
    return { context, page };
  }

  /** The language a user's profile remembers (the workspace switches to it at sign-in). */
  async preferLanguage(login: string, language: Language): Promise<void> {
    await this.api.http.patch('/api/v1/me').set(await this.api.as(login)).send({ language }).expect(200);
  }

  /** Signs in through the form, as a person would, and waits for the workspace's header. */
  async signIn(page: Page, login: string, path = '/'): Promise<void> {
    await page.goto(path);
    await page.locator('#login').fill(login);
    await page.locator('#password').fill(DEMO_PASSWORD);
    await page.locator('button[type=submit]').click();
    await page.getByTestId('user-name').waitFor();
  }

  private readonly pages: Page[] = [];

  /** On a failed test, the page's last state is saved under .tmp/browser-failures/ (see afterEach in the specs). */
  keepEvidence(page: Page): void {
    this.pages.push(page);
  }

  async saveEvidence(name: string): Promise<void> {
    const dir = join(__dirname, '..', '..', '..', '.tmp', 'browser-failures');
    mkdirSync(dir, { recursive: true });
    for (const [index, page] of this.pages.entries()) {
      if (!page.isClosed()) await page.screenshot({ path: join(dir, `${name.replace(/[^\w-]+/g, '_').slice(0, 80)}-${index}.png`), fullPage: true });
    }
    this.pages.length = 0;
  }

  async stop(): Promise<void> {
    await this.browser?.close();
    await this.api?.stop();
  }
}

/** No transition half-way (infinite spinners aside): a fading text has no contrast yet, a moving chart no final shape. */
export function screenAtRest(page: Page): Promise<unknown> {
  return page.waitForFunction(() =>
    (globalThis as unknown as PageGlobals).document.getAnimations().every((animation) => animation.playState !== 'running' || animation.effect?.getTiming().iterations === Infinity),
  );
}

/** axe-core's serious and critical violations on the page as it is now (none is the bar). */
export async function seriousViolations(page: Page): Promise<string[]> {
  // Judge the screen at rest: nothing loading, no transition half-way (a fading text has no contrast yet).
  await page.getByTestId('loading').first().waitFor({ state: 'detached' });
  await screenAtRest(page);
  // Evaluated through the DevTools protocol, which the page's CSP does not govern (an injected <script> would be blocked).
  await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    const page = globalThis as unknown as PageGlobals;
    const result = await page.axe.run(page.document, { resultTypes: ['violations'] });
    return result.violations.map((violation) => ({ id: violation.id, impact: violation.impact, targets: violation.nodes.map((node) => node.target.join(' ')).slice(0, 3) }));
  });
  return violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical').map((violation) => `${violation.impact} ${violation.id}: ${violation.targets.join(', ')}`);
}

/** i18n keys the app asked for and did not find in the current language. */
export function missingTranslations(page: Page): Promise<string[]> {
  return page.evaluate(() => (globalThis as unknown as PageGlobals).__missingI18nKeys ?? []);
}
