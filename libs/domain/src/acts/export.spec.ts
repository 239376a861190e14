import { DeadlineKind } from '../shared';
import { KNOWN_STATUTE_EDITIONS, KZ_155_VII_EDITION_2023, KZ_155_VII_EDITION_ID, KZ_2709_EDITION_2016, KZ_2709_EDITION_ID, rulesOf } from '../terms';
import { ACT_TYPES } from './act-type';
import { exportDomainModel, renderDocs } from './export';
import { actTypesOf, MACHINES, machinesOf } from './machines';

describe('exportDomainModel', () => {
  const model = exportDomainModel();

  it('is plain JSON: it survives a round trip unchanged', () => {
    expect(JSON.parse(JSON.stringify(model))).toEqual(model);
  });

  it('carries every act type, every machine with its rows, and the labels (the 1995 law alone installed by default)', () => {
    expect(model.actTypes.map((type) => type.code)).toEqual(actTypesOf(KZ_2709_EDITION_ID));
    expect(model.actTypes.find((type) => type.code === 'RESOLUTION')?.machines).toHaveLength(6);
    expect(model.machines.map((machine) => machine.rows.length)).toEqual(machinesOf(KZ_2709_EDITION_ID).map((machine) => machine.rows.length));
    expect(model.machines.find((machine) => machine.id === 'ORDER')?.rows).toContainEqual(
      expect.objectContaining({ from: 'DRAFT', event: 'ISSUE', by: 'AUTHOR', guards: expect.arrayContaining(['ORDER_NOT_AGAINST_NORMATIVE_ACT']), citation: expect.objectContaining({ article: '24', paragraph: '1' }) }),
    );
    expect(model.events.find((event) => event.code === 'DELIVERY_CONFIRMED')).toEqual(
      expect.objectContaining({ label: expect.objectContaining({ kk: expect.any(String) }), payload: { receivedAt: expect.objectContaining({ type: 'INSTANT', required: true }) } }),
    );
  });
});

describe('exportDomainModel: terms and calendar', () => {
  const model = exportDomainModel();

  it('carries a term rule for every clock of the edition, each with its labels and citation', () => {
    expect(new Set(model.termRules.map((rule) => rule.kind))).toEqual(new Set(rulesOf(KZ_2709_EDITION_ID).map((rule) => rule.kind)));
    for (const rule of model.termRules) {
      expect(rule.label.kk && rule.label.ru && rule.label.en).toBeTruthy();
      expect(rule.citation.article).toMatch(/^\d/);
    }
    expect(model.termRules.find((rule) => rule.kind === DeadlineKind.PROTEST_CONSIDERATION)).toMatchObject({
      unit: 'CALENDAR_DAY',
      count: 10,
      citation: { article: '19', paragraph: '3' },
    });
  });

  it('carries the statute editions and the production calendar entries', () => {
    expect(model.editions.map((edition) => edition.id)).toEqual(['KZ-2709@2016-12-28']);
    expect(model.calendarEntries.length).toBeGreaterThan(40);
  });
});

describe('exportDomainModel with both editions installed', () => {
  const model = exportDomainModel([KZ_155_VII_EDITION_2023, KZ_2709_EDITION_2016]);

  it('shows each installed edition with the days it judges, its acts, clocks, withdrawn acts and policies', () => {
    expect(model.editions.map(({ id, judges }) => [id, judges])).toEqual([
      [KZ_2709_EDITION_ID, { from: '2016-12-28', to: '2017-07-10' }],
      [KZ_155_VII_EDITION_ID, { from: '2022-11-18', to: null }],
    ]);
    const law155 = model.editions[1];
    expect(law155.actTypes).toEqual(['PROTEST', 'SANCTION', 'INSTRUCTION', 'SUBMISSION', 'RESOLUTION', 'PETITION', 'COURT_APPLICATION', 'APPEAL', 'INADMISSIBILITY_EXPLANATION']);
    expect(law155.withdrawnActTypes.map((entry) => entry.actType)).toEqual(expect.arrayContaining(['ORDER', 'WARNING']));
    expect(law155.clocks).toEqual(expect.arrayContaining([DeadlineKind.COMPLAINT_DECISION, DeadlineKind.RESOLUTION_SUSPENSION_PERIOD]));
    expect(law155.policies.length).toBeGreaterThan(3);
    expect(model.machines.filter((machine) => machine.editionId === KZ_155_VII_EDITION_ID)).toHaveLength(machinesOf(KZ_155_VII_EDITION_ID).length);
    expect(model.actTypes.map((type) => type.code)).toEqual(expect.arrayContaining([...ACT_TYPES]));
  });
});

describe('renderDocs', () => {
  const docs = renderDocs();

  it('writes one folder per edition, one page per act type of it, and the JSON export', () => {
    const pages = KNOWN_STATUTE_EDITIONS.flatMap((edition) => actTypesOf(edition.id).map((type) => `docs/state-machines/${edition.id}/${type}.md`));
    expect([...docs.keys()].sort()).toEqual([...pages, 'docs/domain.json'].sort());
    expect(pages).toContain('docs/state-machines/KZ-155-VII@2023-07-12/INADMISSIBILITY_EXPLANATION.md');
    expect(pages).not.toContain('docs/state-machines/KZ-155-VII@2023-07-12/ORDER.md');
    expect(MACHINES.length).toBe(KNOWN_STATUTE_EDITIONS.reduce((total, edition) => total + machinesOf(edition.id).length, 0));
  });

  it('draws each machine as a Mermaid stateDiagram-v2, with a legend of events, actors and guards', () => {
    const resolution = docs.get('docs/state-machines/KZ-2709@2016-12-28/RESOLUTION.md') ?? '';
    expect(resolution.match(/```mermaid\nstateDiagram-v2/g)).toHaveLength(6);
    expect(resolution).toContain('  IN_PROGRESS --> COMPLETED : INSPECTION_COMPLETED');
    expect(resolution).toContain('| INSPECTION_EXTENDED | Inspection extended / Срок проверки продлён / Тексеріс мерзімі ұзартылды | HIGHER_SUPERVISOR | art. 5.4 |');
    const protest = docs.get('docs/state-machines/KZ-2709@2016-12-28/PROTEST.md') ?? '';
    expect(protest).toContain('| PROTEST_DOES_NOT_SUSPEND_LAW | A protest against a law does not suspend it. | art. 19.5 |');
    expect(protest).toContain('  SUSPENDED --> DELIVERED : COMPLAINT_DISMISSED_BY_HIGHER_PROSECUTOR (resume) / COMPLAINT_DISMISSED_BY_COURT (resume)');
  });
});

describe('renderDocs: Law No. 155-VII', () => {
  const docs = renderDocs();

  it('cites the articles of 155-VII: withdrawal before consideration, the court application as a task', () => {
    const protest = docs.get('docs/state-machines/KZ-155-VII@2023-07-12/PROTEST.md') ?? '';
    expect(protest).toContain('Statute edition `KZ-155-VII@2023-07-12`');
    expect(protest).toContain('| WITHDRAW | Withdraw / Отзыв автором / Кері қайтарып алу | AUTHOR | art. 33.3 |');
    expect(protest).toContain('CREATE_LINKED_ACT COURT_APPLICATION (TERM_MISSED)');
    const resolution = docs.get('docs/state-machines/KZ-155-VII@2023-07-12/RESOLUTION.md') ?? '';
    expect(resolution).toContain('  IN_PROGRESS --> PAUSED : INSPECTION_SUSPENDED');
  });
});
