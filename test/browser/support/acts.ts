import { randomUUID } from 'node:crypto';
import { FixedClock } from '@app/config';
import { ACT_TEXT } from '../../support/act-text';
import { ApiHarness } from '../../support/api-harness';

const DAY = 24 * 3600 * 1000;

/**
 * A set-up, not a journey: a protest of bostandyk.prosecutor in a case of its own, issued
 * `daysAgo` days ago (the API's clock moved there and back) and received the day after, so its
 * ten-day term (art. 19.3) is overdue once `daysAgo` passes 11.
 */
export async function protestIssued(api: ApiHarness, clock: FixedClock, options: { title: string; caseNumber: string; daysAgo: number }): Promise<{ actId: string; caseId: string }> {
  const headers = await api.as('bostandyk.prosecutor');
  const caseId = await api.openCase('bostandyk.prosecutor', options.caseNumber);
  clock.set(new Date(Date.now() - options.daysAgo * DAY));
  try {
    const filed = await api.http
      .post('/api/v1/acts/protests')
      .set(headers)
      .send({ caseId, title: options.title, addresseeName: 'Бостандық ауданының әкімдігі', target: 'NON_NORMATIVE_LEGAL_ACT', text: ACT_TEXT })
      .expect(201);
    const actId = filed.body.id as string;
    await api.http.post(`/api/v1/acts/${actId}/events`).set(headers).send({ event: 'ISSUE' }).expect(200);
    clock.set(new Date());
    const receivedAt = new Date(Date.now() - (options.daysAgo - 1) * DAY).toISOString();
    await api.http.post(`/api/v1/acts/${actId}/events`).set(headers).send({ event: 'DELIVERY_CONFIRMED', payload: { receivedAt } }).expect(200);
    return { actId, caseId };
  } finally {
    clock.set(new Date());
  }
}

/**
 * An unread inbox notice for `login` about an act, as the worker's deadline engine records them
 * (the browser tests run the API without the worker, which would send them at the due time).
 */
export async function inboxNotice(api: ApiHarness, login: string, actId: string, subject: { kk: string; ru: string; en: string }): Promise<string> {
  const [row] = (await api.dataSource.query(
    `INSERT INTO notices (key, deadline_id, act_id, kind, step, channel, recipient_user_id, address, subject, body, status, scheduled_for, created_at, sent_at)
     VALUES ($1, $2, $3, 'REMINDER', 'REMIND_3D', 'INBOX', $4, NULL, $5, $6, 'SENT', now(), now(), now()) RETURNING id`,
    [`browser:${randomUUID()}:REMIND_3D:INBOX`, randomUUID(), actId, await api.userId(login), JSON.stringify(subject), JSON.stringify({ kk: 'Наразылық', ru: 'Протест', en: 'Protest' })],
  )) as Array<{ id: string }>;
  return row.id;
}
