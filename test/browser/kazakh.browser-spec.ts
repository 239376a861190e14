import { FixedClock } from '@app/config';
import { Page } from 'playwright-core';
import { en } from '../../apps/web/src/i18n/en';
import { kk } from '../../apps/web/src/i18n/kk';
import { protestIssued } from './support/acts';
import { keepLastScreens } from './support/evidence';
import { expect as expectPage } from './support/expect';
import { missingTranslations, seriousViolations, Workspace } from './support/workspace';

jest.setTimeout(240_000);

type Tree = { [key: string]: string | Tree };
const leaves = (tree: Tree): string[] => Object.values(tree).flatMap((value) => (typeof value === 'string' ? [value] : leaves(value)));

/**
 * The app's English strings that must never show on a Kazakh screen: every English text of the
 * resource files that Kazakh does not share (language names are the same in every language), its
 * interpolated part cut off.
 */
const KAZAKH = new Set(leaves(kk));
const ENGLISH_ONLY = leaves(en)
  .filter((text) => !KAZAKH.has(text))
  .map((text) => text.split('{{')[0].trim())
  .filter((text) => text.length >= 4);

/** The screen in Kazakh: no missing key, no English app string, nothing serious for axe. */
async function expectKazakh(page: Page, screen: string): Promise<void> {
  expect({ screen, missing: await missingTranslations(page) }).toEqual({ screen, missing: [] });
  const text = await page.locator('body').innerText();
  expect({ screen, english: ENGLISH_ONLY.filter((english) => text.includes(english)) }).toEqual({ screen, english: [] });
  expect({ screen, violations: await seriousViolations(page) }).toEqual({ screen, violations: [] });
}

/** Kazakh is the default and first-class: every screen walked in kk. */
describe('the web workspace in Kazakh', () => {
  let workspace: Workspace;
  const clock = new FixedClock(new Date());
  let act: { actId: string; caseId: string };

  beforeAll(async () => {
    workspace = await Workspace.start({ clock });
    act = await protestIssued(workspace.api, clock, { title: 'Әкімдіктің № 7 қаулысына наразылық', caseNumber: '2026-ALA-BOS-0707', daysAgo: 30 });
  });
  afterAll(() => workspace?.stop());
  keepLastScreens(() => workspace);

  it('(d) a district head walks every screen in Kazakh, the default language, and meets no untranslated key or English app string', async () => {
    const { page } = await workspace.newPage();
    workspace.keepEvidence(page);
    await page.goto('/');
    await page.getByRole('heading', { name: kk.signIn.title }).waitFor();
    await expectKazakh(page, 'sign-in');
    await workspace.signIn(page, 'bostandyk.head');
    await page.getByRole('heading', { name: kk.work.title }).waitFor();
    await expectKazakh(page, 'my work');

    await page.getByRole('link', { name: kk.nav.cases }).click();
    await page.getByRole('link', { name: '2026-ALA-BOS-0707' }).click();
    await page.getByRole('heading', { name: '2026-ALA-BOS-0707' }).waitFor();
    await expectKazakh(page, 'case');
    await page.goBack();
    await page.getByPlaceholder(kk.cases.search).fill('0707');
    await page.getByPlaceholder(kk.cases.search).press('Enter');
    await page.waitForURL(/q=0707/);
    await page.getByRole('link', { name: '2026-ALA-BOS-0707' }).waitFor();
    await expectKazakh(page, 'cases');

    await page.goto(`/cases/${act.caseId}/file/PROTEST`);
    await page.getByText(kk.file.facts).waitFor();
    await expectKazakh(page, 'file an act');

    await page.goto(`/acts/${act.actId}`);
    await page.getByRole('heading', { name: 'Әкімдіктің № 7 қаулысына наразылық' }).waitFor();
    await expectKazakh(page, 'act');
    await page.getByTestId('why-this-date').first().click();
    await expectPage(page.getByTestId('explanation')).toContainText('19.3-бап');
    await expectKazakh(page, 'why this date');
    await page.keyboard.press('Escape');
    await page.getByTestId('explanation').waitFor({ state: 'detached' });

    await page.getByRole('link', { name: kk.nav.supervision }).click();
    await page.getByTestId('most-overdue').waitFor();
    await expectKazakh(page, 'supervision');
    await page.getByRole('link', { name: kk.nav.overdue }).click();
    await expectPage(page.getByTestId('overdue-table')).toContainText('Әкімдіктің № 7 қаулысына наразылық');
    await expectKazakh(page, 'overdue');
    await page.getByRole('link', { name: kk.nav.inbox, exact: true }).click();
    await page.getByRole('heading', { name: kk.inbox.title }).waitFor();
    await expectKazakh(page, 'inbox');
    await page.goto('/no/such/screen');
    await page.getByTestId('not-found').waitFor();
    await expectKazakh(page, 'not found');
  });

  it('(e) an administrator marks a day non-working and sees which deadline moves before saving', async () => {
    const { page } = await workspace.newPage();
    workspace.keepEvidence(page);
    await workspace.signIn(page, 'admin', '/admin/calendar');
    await page.getByRole('heading', { name: kk.admin.calendarTitle }).waitFor();
    await expectKazakh(page, 'calendar');
    // The last day of an open ten-day term, made non-working: the term rolls on to the next working day.
    const open = await protestIssued(workspace.api, clock, { title: 'Мерзімі жылжитын наразылық', caseNumber: '2026-ALA-BOS-0808', daysAgo: 2 });
    const detail = await workspace.api.http.get(`/api/v1/acts/${open.actId}`).set(await workspace.api.as('bostandyk.prosecutor')).expect(200);
    // Due at 24:00 of its last day in Almaty (UTC+5): that day is the local date of a minute before.
    const lastDay = new Date(new Date(detail.body.deadlines[0].dueAt as string).getTime() - 60_000 + 5 * 3600 * 1000);
    const typed = `${String(lastDay.getUTCDate()).padStart(2, '0')}.${String(lastDay.getUTCMonth() + 1).padStart(2, '0')}.${lastDay.getUTCFullYear()}`;
    await page.locator('#calendar_date').fill(typed);
    await page.locator('#calendar_date').press('Enter');
    await page.getByLabel(kk.admin.labelKk).fill('Сынақ демалысы');
    await page.getByLabel(kk.admin.labelRu).fill('Тестовый выходной');
    await page.getByLabel(kk.admin.labelEn).fill('Test day off');
    await page.getByLabel(kk.admin.source).fill('ҚР Үкіметінің қаулысы');
    await page.getByTestId('preview-impact').click();
    await page.getByTestId('impact-deadlines').locator(`a[href="/acts/${open.actId}"]`).waitFor();
    await expectKazakh(page, 'calendar impact');
    const before = await workspace.api.dataSource.query('SELECT count(*)::int AS n FROM calendar_entries');
    await page.getByTestId('save-calendar').click();
    await page.getByTestId('impact').waitFor({ state: 'detached' });
    const after = await workspace.api.dataSource.query('SELECT count(*)::int AS n FROM calendar_entries');
    expect(after[0].n).toBe(before[0].n + 1);

    await page.getByRole('link', { name: kk.nav.offices }).click();
    await page.getByTestId('office-tree').getByText('(ALA-BOS)', { exact: false }).waitFor();
    await page.getByRole('cell', { name: 'bostandyk.prosecutor' }).waitFor();
    await expectKazakh(page, 'offices and users');
  });

  it('renders each screen, loaded afresh, with at most three API calls (the session refresh aside)', async () => {
    const { page } = await workspace.newPage();
    await workspace.signIn(page, 'bostandyk.head');
    const screens = ['/', '/cases', `/cases/${act.caseId}`, `/cases/${act.caseId}/file/PROTEST`, `/acts/${act.actId}`, '/supervision', '/supervision/overdue', '/inbox'];
    const calls: Record<string, string[]> = {};
    for (const screen of screens) {
      const seen: string[] = [];
      const count = (req: { url: () => string; method: () => string }) => {
        const url = new URL(req.url());
        if (url.pathname.startsWith('/api/') && !url.pathname.startsWith('/api/v1/auth/')) seen.push(`${req.method()} ${url.pathname}`);
      };
      page.on('request', count);
      await page.goto(screen);
      await page.getByRole('heading', { level: 1 }).first().waitFor();
      await page.getByTestId('loading').first().waitFor({ state: 'detached' });
      await page.waitForLoadState('networkidle');
      page.off('request', count);
      calls[screen] = seen;
    }
    const over = Object.entries(calls).filter(([, made]) => made.length > 3);
    expect(over).toEqual([]);
    // The measured figures, for docs/adr/0009-web-workspace.md.
    process.stdout.write(`API calls per screen: ${JSON.stringify(Object.fromEntries(Object.entries(calls).map(([screen, made]) => [screen, made.length])))}\n`);
  });
});
