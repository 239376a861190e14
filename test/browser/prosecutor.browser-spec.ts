import { readFileSync } from 'node:fs';
import { FixedClock } from '@app/config';
import { inboxNotice, protestIssued } from './support/acts';
import { keepLastScreens } from './support/evidence';
import { expect as expectPage } from './support/expect';
import { seriousViolations, Workspace } from './support/workspace';

jest.setTimeout(180_000);

/** The journeys of issue 13 in Russian, against the real API, PostgreSQL and Redis, in Debian's Chromium. */
describe('the web workspace: prosecutors and their supervisor', () => {
  let workspace: Workspace;
  // The API's clock starts ten days ago (06:00 UTC = 11:00 in Almaty), so the delivery can be backdated after the issue.
  const today = new Date();
  const start = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate() - 10, 6));
  const clock = new FixedClock(start);

  beforeAll(async () => {
    workspace = await Workspace.start({ clock });
    await workspace.api.openCase('bostandyk.prosecutor', '2026-ALA-BOS-0101');
  });
  afterAll(() => workspace?.stop());
  keepLastScreens(() => workspace);

  const protestIssuedDaysAgo = async (title: string, daysAgo: number) =>
    (await protestIssued(workspace.api, clock, { title, caseNumber: `2026-ALA-BOS-${String(daysAgo).padStart(4, '0')}`, daysAgo })).actId;

  it('(a) signs in, opens a case, files a protest, corrects the draft, issues it, confirms its delivery backdated, and reads the due date and why', async () => {
    const { page } = await workspace.newPage({ language: 'ru' });
    workspace.keepEvidence(page);
    await workspace.signIn(page, 'bostandyk.prosecutor');
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByRole('link', { name: 'Дела' }).click();
    await page.getByRole('link', { name: '2026-ALA-BOS-0101' }).click();
    await page.getByRole('heading', { name: '2026-ALA-BOS-0101' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);

    await page.getByTestId('file-act').click();
    await page.getByRole('menuitem', { name: /^Протест/ }).click();
    await page.waitForURL(/\/file\/PROTEST$/);
    await page.getByLabel('Заголовок').fill('Протест на постановление акимата № 7');
    await page.locator('#act_target').click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option').first().click();
    await page.getByLabel('Установленные обстоятельства').fill('Земельный участок предоставлен без торгов.');
    await page.getByLabel('Нарушенные нормы').fill('Земельный кодекс, статья 43');
    await page.getByLabel('Требования').fill('Отменить постановление № 7');
    await expectPage(page.getByTestId('term-bound')).toContainText('19.3');
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Сохранить проект' }).click();

    await page.waitForURL(/\/acts\/[0-9a-f-]{36}$/);
    // The draft is corrected before it is issued (PATCH /acts/{id}, If-Match).
    await page.getByTestId('edit-draft').click();
    await page.waitForURL(/\/edit$/);
    await page.getByLabel('Заголовок').fill('Протест на постановление акимата № 7 (уточнён)');
    await page.getByRole('button', { name: 'Сохранить проект' }).click();
    await page.getByRole('heading', { name: 'Протест на постановление акимата № 7 (уточнён)' }).waitFor();
    await page.locator('[data-event=ISSUE]').click();
    await page.getByRole('dialog').getByText('Проверьте перед внесением').waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByTestId('fire-event').click();
    await page.getByRole('dialog').waitFor({ state: 'detached' });

    // Today, the prosecutor records that the addressee received it two days after the issue.
    clock.set(new Date());
    await page.locator('[data-event=DELIVERY_CONFIRMED]').click();
    const received = new Date(start.getTime() + 2 * 24 * 3600 * 1000);
    const typed = `${String(received.getUTCDate()).padStart(2, '0')}.${String(received.getUTCMonth() + 1).padStart(2, '0')}.${received.getUTCFullYear()} 10:00`;
    const picker = page.getByRole('dialog').locator('input').first();
    await picker.fill(typed);
    // Enter takes the typed date and submits the form, as a keyboard user would.
    await picker.press('Enter');
    await page.getByRole('dialog').waitFor({ state: 'detached' });

    await expectPage(page.getByTestId('due-at').first()).toHaveText(/^\d{2}\.\d{2}\.\d{4} \d{2}:\d{2}$/);
    await page.getByTestId('why-this-date').first().click();
    await expectPage(page.getByTestId('explanation')).toContainText('19.3');
    expect(await seriousViolations(page)).toEqual([]);
    expect(workspace.cspViolations).toEqual([]);
  });

  it('(b) the regional supervisor sees an overdue act on the dashboard and in the overdue list, and downloads the CSV', async () => {
    const title = 'Протест на решение акимата № 12 (просрочен)';
    await protestIssuedDaysAgo(title, 40);
    const { page } = await workspace.newPage({ language: 'ru' });
    workspace.keepEvidence(page);
    await workspace.signIn(page, 'almaty.head');
    await page.getByRole('link', { name: 'Надзор' }).click();
    await expectPage(page.getByTestId('most-overdue')).toContainText(title);
    expect(await seriousViolations(page)).toEqual([]);

    // The dashboard's overdue count links to the list, filtered to that office and act type.
    await page.getByTestId('dashboard-table').locator('a').first().click();
    await page.waitForURL(/\/supervision\/overdue\?officeId=.+&type=PROTEST/);
    await expectPage(page.getByTestId('overdue-table')).toContainText(title);
    expect(await seriousViolations(page)).toEqual([]);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('csv-download').click()]);
    const csv = readFileSync(await download.path(), 'utf8');
    expect(csv).toContain(title);

    await page.getByRole('link', { name: title }).click();
    await page.getByRole('heading', { name: title }).waitFor();
    await expectPage(page.locator('[data-tone=overdue]')).toBeVisible();
  });

  it('(c) a prosecutor of a sibling district opening the act’s URL gets the not-found page', async () => {
    const id = await protestIssuedDaysAgo('Протест на распоряжение акима № 3', 5);
    const { page } = await workspace.newPage({ language: 'ru' });
    workspace.keepEvidence(page);
    await workspace.signIn(page, 'medeu.prosecutor', `/acts/${id}`);
    await page.getByTestId('not-found').waitFor();
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Не найдено');
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('(f) a filing refused for a term below the statutory floor shows the article on the term field', async () => {
    const caseId = await workspace.api.openCase('bostandyk.prosecutor', '2026-ALA-BOS-0606');
    const { page } = await workspace.newPage({ language: 'ru' });
    workspace.keepEvidence(page);
    await workspace.signIn(page, 'bostandyk.prosecutor', `/cases/${caseId}/file/PROTEST`);
    await page.getByLabel('Заголовок').fill('Протест со сроком в пять дней');
    await page.locator('#act_target').click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option').first().click();
    await page.getByLabel('Срок (дней)').fill('5');
    await page.getByRole('button', { name: 'Сохранить проект' }).click();
    const termError = page.locator('.ant-form-item').filter({ has: page.locator('#act_termDays') }).locator('.ant-form-item-explain-error');
    await expectPage(termError).toContainText('ст. 19.3');
    await expectPage(page.getByTestId('problem')).toContainText('TERM_BELOW_STATUTORY_MINIMUM');
    expect(await seriousViolations(page)).toEqual([]);
  });

  it('(g) the header counts an unread notice; the inbox opens its act and marks it read', async () => {
    const id = await protestIssuedDaysAgo('Протест на приказ акима № 9', 8);
    await inboxNotice(workspace.api, 'bostandyk.prosecutor', id, { kk: 'Мерзім жақындады', ru: 'Срок приближается', en: 'A term is near' });
    const { page } = await workspace.newPage({ language: 'ru' });
    workspace.keepEvidence(page);
    await workspace.signIn(page, 'bostandyk.prosecutor');
    await page.getByTestId('inbox-badge').getByText('1').waitFor();
    await page.getByTestId('inbox-badge').click();
    await expectPage(page.getByTestId('notification')).toContainText('Срок приближается');
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Отметить прочитанным' }).click();
    await expectPage(page.getByTestId('notification')).toContainText('Прочитано');
    await page.getByTestId('inbox-badge').getByText('1').waitFor({ state: 'detached' });
    await page.getByRole('link', { name: 'Открыть акт' }).click();
    await page.getByRole('heading', { name: 'Протест на приказ акима № 9' }).waitFor();
  });
});
