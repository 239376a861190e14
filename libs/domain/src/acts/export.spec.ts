import { DEADLINE_KINDS, DeadlineKind } from '../shared';
import { ACT_TYPES } from './act-type';
import { exportDomainModel, renderDocs } from './export';
import { MACHINES } from './machines';

describe('exportDomainModel', () => {
  const model = exportDomainModel();

  it('is plain JSON: it survives a round trip unchanged', () => {
    expect(JSON.parse(JSON.stringify(model))).toEqual(model);
  });

  it('carries every act type, every machine with its rows, and the labels', () => {
    expect(model.actTypes.map((type) => type.code)).toEqual(ACT_TYPES);
    expect(model.actTypes.find((type) => type.code === 'RESOLUTION')?.machines).toHaveLength(6);
    expect(model.machines.map((machine) => machine.rows.length)).toEqual(MACHINES.map((machine) => machine.rows.length));
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

  it('carries a term rule for every deadline kind, each with its labels and citation', () => {
    expect(new Set(model.termRules.map((rule) => rule.kind))).toEqual(new Set(DEADLINE_KINDS));
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

describe('renderDocs', () => {
  const docs = renderDocs();

  it('writes one page per act type and the JSON export', () => {
    expect([...docs.keys()].sort()).toEqual([...ACT_TYPES.map((type) => `docs/state-machines/${type}.md`), 'docs/domain.json'].sort());
  });

  it('draws each machine as a Mermaid stateDiagram-v2, with a legend of events, actors and guards', () => {
    const resolution = docs.get('docs/state-machines/RESOLUTION.md') ?? '';
    expect(resolution.match(/```mermaid\nstateDiagram-v2/g)).toHaveLength(6);
    expect(resolution).toContain('  IN_PROGRESS --> COMPLETED : INSPECTION_COMPLETED');
    expect(resolution).toContain('| INSPECTION_EXTENDED | Inspection extended / Срок проверки продлён / Тексеріс мерзімі ұзартылды | HIGHER_SUPERVISOR | art. 5.4 |');
    const protest = docs.get('docs/state-machines/PROTEST.md') ?? '';
    expect(protest).toContain('| PROTEST_DOES_NOT_SUSPEND_LAW | A protest against a law does not suspend it. | art. 19.5 |');
    expect(protest).toContain('  SUSPENDED --> DELIVERED : COMPLAINT_DISMISSED_BY_HIGHER_PROSECUTOR (resume) / COMPLAINT_DISMISSED_BY_COURT (resume)');
  });
});
