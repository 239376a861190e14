import { FixedClock } from '@app/config';
import { DEMO_PASSWORD } from '../demo-data/seed-demo';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** The demo acts' texts: in both languages for the protest, in Russian for the rest (each holds what its type requires). */
const text = (facts: string, violatedNorms: string[], demands: string[]) => ({ ru: { facts, violatedNorms, demands } });
const PROTEST_TEXT = {
  kk: {
    facts: 'Бостандық ауданы әкімдігінің № 112 қаулысымен жер учаскесі сауда-саттықсыз берілген.',
    violatedNorms: ['Қазақстан Республикасының Жер кодексі, 43-бап'],
    demands: ['№ 112 қаулының күшін жою', 'Бұзылған құқықтарды қалпына келтіру'],
  },
  ru: {
    facts: 'Постановлением акимата Бостандыкского района № 112 земельный участок предоставлен без проведения торгов.',
    violatedNorms: ['Земельный кодекс Республики Казахстан, статья 43'],
    demands: ['Отменить постановление № 112', 'Восстановить нарушенные права'],
  },
};

/**
 * Fills a fresh demo database with cases and acts in different states, through the API itself —
 * every state, deadline and explanation is one the real code produced. Runs once: it does nothing
 * when the demo prosecutor already sees a case. Instants are relative to now, so the demo always
 * shows one overdue protest, clocks about to run out and finished acts.
 *
 * The API it talks to runs on `clock` (the launcher's in-process instance): each event is entered
 * at a moment after the facts it reports — an act is issued before it is received, as the API
 * insists — by moving the clock back to that moment, then forward to now.
 */
export async function seedDemoActs(baseUrl: string, log: (line: string) => void, clock: FixedClock): Promise<void> {
  const now = Date.now();
  const ago = (ms: number) => new Date(now - ms).toISOString();
  /** Entered an hour after `iso`: the moment the office records what happened. */
  const enteredAfter = (iso: string) => clock.set(new Date(Date.parse(iso) + HOUR));
  const at = (iso: string) => clock.set(new Date(iso));
  clock.set(new Date(now));
  const bostandyk = await session(baseUrl, 'bostandyk.prosecutor');
  const existing = await bostandyk.get('/api/v1/cases?limit=1');
  if ((existing.items as unknown[]).length > 0) return;

  const landCase = await bostandyk.post('/api/v1/cases', { number: 'DEMO-ALA-BOS-0001', subject: 'Land allocation decisions of the district akimat', addresseeName: 'Akimat of Bostandyk district' });
  const protest = await bostandyk.post('/api/v1/acts/protests', { caseId: landCase.id, title: 'Protest against akimat resolution No. 112', addresseeName: 'Akimat of Bostandyk district', target: 'NON_NORMATIVE_LEGAL_ACT', text: PROTEST_TEXT });
  at(ago(14 * DAY));
  await bostandyk.event(protest.id, 'ISSUE');
  enteredAfter(ago(13 * DAY));
  await bostandyk.event(protest.id, 'DELIVERY_CONFIRMED', { receivedAt: ago(13 * DAY) }); // overdue by now
  clock.set(new Date(now));

  const submission = await bostandyk.post('/api/v1/acts/submissions', { caseId: landCase.id, title: 'Submission on the causes of unlawful allocations', addresseeName: 'Akim of Bostandyk district', termDays: 30, text: text('Земельные участки трижды предоставлены без торгов.', [], ['Рассмотреть представление и устранить причины нарушений']) });
  at(ago(6 * DAY));
  await bostandyk.event(submission.id, 'ISSUE');
  enteredAfter(ago(5 * DAY));
  await bostandyk.event(submission.id, 'DELIVERY_CONFIRMED', { receivedAt: ago(5 * DAY) });
  clock.set(new Date(now));
  await bostandyk.event(submission.id, 'CONSIDERATION_SCHEDULED', { notifiedAt: ago(1 * DAY), meetingAt: new Date(now + 6 * DAY).toISOString() });

  const wagesCase = await bostandyk.post('/api/v1/cases', { number: 'DEMO-ALA-BOS-0002', subject: 'Wage arrears at a municipal enterprise', addresseeName: 'MSE "Almaty Su"' });
  const order = await bostandyk.post('/api/v1/acts/orders', {
    caseId: wagesCase.id, title: 'Order to pay wage arrears', addresseeName: 'MSE "Almaty Su"', target: 'DECISION_OR_ACTION',
    violationIsObvious: true, mayCauseSubstantialHarm: true, notRemovedAtOnce: true,
    violatedNorms: ['Labour Code, art. 113'], proposedMeasures: ['Pay the arrears to 42 employees'], termDays: 10,
    text: text('Заработная плата 42 работникам не выплачена три месяца.', ['Трудовой кодекс, статья 113'], ['Выплатить задолженность 42 работникам']),
  });
  at(ago(10 * DAY));
  await bostandyk.event(order.id, 'ISSUE');
  enteredAfter(ago(9 * DAY));
  await bostandyk.event(order.id, 'DELIVERY_CONFIRMED', { receivedAt: ago(9 * DAY) });
  clock.set(new Date(now));
  await bostandyk.event(order.id, 'EXECUTION_REPORTED', { executedAt: ago(2 * DAY), reportedAt: ago(2 * DAY) });
  await bostandyk.post('/api/v1/acts/warnings', { caseId: wagesCase.id, title: 'Warning on the inadmissibility of delays', addresseeName: 'Director of MSE "Almaty Su"', text: text('Повторные задержки выплаты заработной платы.', [], ['Не допускать задержек']) });

  const medeu = await session(baseUrl, 'medeu.prosecutor');
  const investigation = await medeu.post('/api/v1/cases', { number: 'DEMO-ALA-MED-0001', subject: 'Covert investigative actions in case No. 2026-001', addresseeName: 'Investigative department, Medeu police' });
  const sanction = await medeu.post('/api/v1/acts/sanctions', { caseId: investigation.id, title: 'Request to sanction a search', addresseeName: 'Investigator S. Omarov', text: text('Ходатайство следователя о производстве обыска.', [], []) });
  await medeu.event(sanction.id, 'SANCTION_REQUESTED', { receivedAt: ago(20 * HOUR) }); // 4 hours left

  const temirtau = await session(baseUrl, 'temirtau.prosecutor');
  const ecology = await temirtau.post('/api/v1/cases', { number: 'DEMO-KAR-TEM-0001', subject: 'Emissions of the metallurgical plant', addresseeName: 'JSC "Qarmet"' });
  const inspection = await temirtau.post('/api/v1/acts/resolutions', { caseId: ecology.id, title: 'Resolution to inspect compliance with emission limits', addresseeName: 'JSC "Qarmet"', kind: 'INSPECTION', text: text('Жалобы жителей на превышение выбросов.', [], ['Провести проверку соблюдения лимитов выбросов']) });
  at(ago(11 * DAY));
  await temirtau.event(inspection.id, 'ISSUE');
  clock.set(new Date(now));
  await temirtau.event(inspection.id, 'INSPECTION_STARTED', { startedAt: ago(10 * DAY) });
  const appeal = await temirtau.post('/api/v1/acts/appeals', { caseId: ecology.id, title: 'Appeal to residents on air-quality reporting', addresseeName: 'Residents of Temirtau', text: text('Публикация данных о качестве воздуха.', [], []) });
  await temirtau.event(appeal.id, 'ISSUE');
  log('seeded demo cases and acts: an overdue protest, a submission with a scheduled meeting, an executed order, a sanction under review, an inspection in progress, …');
}

type Json = Record<string, unknown> & { id: string };

async function session(baseUrl: string, login: string) {
  const call = async (method: string, path: string, body?: object, token?: string): Promise<Json> => {
    const response = await fetch(`${baseUrl}${path}`, {
      method,
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: body ? JSON.stringify(body) : undefined,
    });
    const json = (await response.json()) as Json;
    if (!response.ok) throw new Error(`demo seed: ${method} ${path} as ${login} answered ${response.status}: ${JSON.stringify(json)}`);
    return json;
  };
  const { accessToken } = (await call('POST', '/api/v1/auth/login', { login, password: DEMO_PASSWORD })) as unknown as { accessToken: string };
  return {
    get: (path: string) => call('GET', path, undefined, accessToken),
    post: (path: string, body: object) => call('POST', path, body, accessToken),
    event: (actId: string, event: string, payload: object = {}) => call('POST', `/api/v1/acts/${actId}/events`, { event, payload }, accessToken),
  };
}
