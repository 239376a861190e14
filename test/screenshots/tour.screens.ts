import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { FixedClock } from '@app/config';
import { Page } from 'playwright-core';
import { inboxNotice, protestIssued } from '../browser/support/acts';
import { Language, screenAtRest, Workspace } from '../browser/support/workspace';

jest.setTimeout(600_000);

/**
 * `npm run screenshots`: every screen of the web workspace in Kazakh and in Russian, written to
 * docs/screenshots/<language>-<screen>.png for the README — the real API and data, a real Chromium.
 */
const OUT = join(__dirname, '..', '..', 'docs', 'screenshots');
const PHONE = { width: 390, height: 844 };

describe('screenshots', () => {
  let workspace: Workspace;
  const clock = new FixedClock(new Date());
  let overdue: { actId: string; caseId: string };
  let calendarDay: string;

  beforeAll(async () => {
    mkdirSync(OUT, { recursive: true });
    workspace = await Workspace.start({ clock });
    overdue = await protestIssued(workspace.api, clock, { title: 'Әкімдіктің № 7 қаулысына наразылық / Протест на постановление акимата № 7', caseNumber: '2026-ALA-BOS-0007', daysAgo: 30 });
    await inboxNotice(workspace.api, 'bostandyk.prosecutor', overdue.actId, { kk: 'Наразылықты қарау мерзімі өтті', ru: 'Срок рассмотрения протеста истёк', en: 'The protest’s consideration term has passed' });
    const open = await protestIssued(workspace.api, clock, { title: 'Жер учаскесін беру туралы шешімге наразылық', caseNumber: '2026-ALA-BOS-0012', daysAgo: 4 });
    // The calendar screen makes the last day of this open term non-working, so its preview has a deadline to move.
    const detail = await workspace.api.http.get(`/api/v1/acts/${open.actId}`).set(await workspace.api.as('bostandyk.prosecutor')).expect(200);
    const lastDay = new Date(new Date(detail.body.deadlines[0].dueAt as string).getTime() - 60_000 + 5 * 3600 * 1000);
    calendarDay = `${String(lastDay.getUTCDate()).padStart(2, '0')}.${String(lastDay.getUTCMonth() + 1).padStart(2, '0')}.${lastDay.getUTCFullYear()}`;
    await protestIssued(workspace.api, clock, { title: 'Протест на решение о выделении земельного участка', caseNumber: '2026-ALA-BOS-0015', daysAgo: 20 });
  });
  afterAll(() => workspace?.stop());

  const shoot = async (page: Page, language: Language, screen: string) => {
    await page.getByTestId('loading').first().waitFor({ state: 'detached' });
    await screenAtRest(page);
    await page.screenshot({ path: join(OUT, `${language}-${screen}.png`) });
  };

  for (const language of ['kk', 'ru'] as const) {
    it(`every screen in ${language}`, async () => {
      for (const login of ['bostandyk.prosecutor', 'almaty.head', 'admin']) await workspace.preferLanguage(login, language);
      const { page } = await workspace.newPage({ language });
      await page.goto('/');
      await page.locator('#login').waitFor();
      await shoot(page, language, '01-sign-in');
      await workspace.signIn(page, 'bostandyk.prosecutor');
      await page.getByRole('table').waitFor();
      await shoot(page, language, '02-my-work');
      await page.goto('/cases');
      await page.getByRole('link', { name: '2026-ALA-BOS-0007' }).waitFor();
      await shoot(page, language, '03-cases');
      await page.goto(`/cases/${overdue.caseId}`);
      await page.getByRole('heading', { name: '2026-ALA-BOS-0007' }).waitFor();
      await shoot(page, language, '04-case');
      await page.goto(`/cases/${overdue.caseId}/file/PROTEST`);
      await page.getByTestId('term-bound').waitFor();
      await shoot(page, language, '05-file-protest');
      await page.goto(`/acts/${overdue.actId}`);
      await page.getByTestId('act-facts').waitFor();
      await shoot(page, language, '06-act');
      await page.getByTestId('why-this-date').first().click();
      await page.getByTestId('explanation').waitFor();
      await shoot(page, language, '07-why-this-date');
      await page.keyboard.press('Escape');
      await page.getByTestId('explanation').waitFor({ state: 'detached' });
      await page.locator('[data-event=DELIVERY_CONFIRMED], [data-event=CONSIDERATION_SCHEDULED]').first().click();
      await page.getByRole('dialog').waitFor();
      await shoot(page, language, '08-event-form');
      await page.goto('/inbox');
      await page.getByRole('heading', { level: 1 }).waitFor();
      await shoot(page, language, '09-inbox');

      const phone = await workspace.newPage({ language, viewport: PHONE });
      await workspace.signIn(phone.page, 'bostandyk.prosecutor', `/acts/${overdue.actId}`);
      await phone.page.getByTestId('act-facts').waitFor();
      await shoot(phone.page, language, '10-act-phone');
      await phone.page.goto('/inbox');
      await phone.page.getByRole('heading', { level: 1 }).waitFor();
      await shoot(phone.page, language, '11-inbox-phone');
      await phone.context.close();

      const head = await workspace.newPage({ language });
      await workspace.signIn(head.page, 'almaty.head', '/supervision');
      await head.page.getByTestId('most-overdue').waitFor();
      await shoot(head.page, language, '12-supervision');
      await head.page.goto('/supervision/overdue');
      await head.page.getByTestId('overdue-table').waitFor();
      await shoot(head.page, language, '13-overdue');
      await head.page.goto('/acts/00000000-0000-4000-8000-000000000000');
      await head.page.getByTestId('not-found').waitFor();
      await shoot(head.page, language, '14-not-found');
      await head.context.close();

      const admin = await workspace.newPage({ language });
      await workspace.signIn(admin.page, 'admin', '/admin/calendar');
      await admin.page.locator('#calendar_date').fill(calendarDay);
      await admin.page.locator('#calendar_date').press('Enter');
      await admin.page.locator('#calendar_kk').fill('Наурыз мейрамы (сынақ)');
      await admin.page.locator('#calendar_ru').fill('Наурыз мейрамы (тест)');
      await admin.page.locator('#calendar_en').fill('Nauryz (test)');
      await admin.page.locator('#calendar_source').fill('ҚР Үкіметінің қаулысы / Постановление Правительства РК');
      await admin.page.getByTestId('preview-impact').click();
      await admin.page.getByTestId('impact').waitFor();
      await admin.page.setViewportSize({ width: 1280, height: 1100 });
      await shoot(admin.page, language, '15-calendar-impact');
      await admin.page.goto('/admin/offices');
      await admin.page.getByTestId('office-tree').waitFor();
      await shoot(admin.page, language, '16-offices-users');
      await admin.context.close();
    });
  }
});
