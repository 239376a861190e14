import { FixedClock } from '@app/config';
import { keepLastScreens } from './support/evidence';
import { expect as expectPage } from './support/expect';
import { seriousViolations, Workspace } from './support/workspace';

jest.setTimeout(180_000);

/** A district prosecutor's day in the web workspace, in Russian, against the real API. */
describe('the web workspace: a district prosecutor', () => {
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

  it('(a) signs in, opens a case, files a protest, issues it, confirms its delivery backdated, and reads the due date and why', async () => {
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
});
