import { KZ_CALENDAR_ENTRIES } from '../calendar';
import { Citation, formatCitation } from '../shared';
import { findEdition, installEditions, KNOWN_STATUTE_EDITIONS, rulesOf, STATUTE_EDITIONS, StatuteEdition, TermRule } from '../terms';
import { ACT_EVENTS } from './act-event';
import { ACT_STATES } from './act-state';
import {
  ActType,
  ANONYMOUS_EXCEPTIONS,
  BRING_BY_FORCE_EXEMPTIONS,
  EXPLANATION_FORMS,
  INSTRUCTION_SUBJECTS,
  PROTEST_TARGET_ISSUERS,
  SUBMISSION_URGENCY_GROUNDS,
  TARGET_KINDS,
} from './act-type';
import { withdrawnActTypesOf } from './editions';
import { ACTOR_KINDS, ACTOR_ROLES } from './actor';
import { EffectSpec, LINK_REASONS, VIOLATION_CODES } from './effect';
import { GUARD_NAMES, GUARDS } from './guards';
import {
  ACT_EVENT_LABELS,
  DOMAIN_REFUSAL_CODE_LABELS,
  RECORD_EVENT_LABELS,
  ACT_STATE_LABELS,
  ACT_TYPE_LABELS,
  ACTOR_KIND_LABELS,
  ACTOR_ROLE_LABELS,
  ANONYMOUS_EXCEPTION_LABELS,
  BRING_BY_FORCE_EXEMPTION_LABELS,
  EXPLANATION_FORM_LABELS,
  INSTRUCTION_SUBJECT_LABELS,
  LINK_REASON_LABELS,
  PROTEST_TARGET_ISSUER_LABELS,
  RESOLUTION_KIND_LABELS,
  SUBMISSION_URGENCY_GROUND_LABELS,
  TARGET_KIND_LABELS,
  VIOLATION_CODE_LABELS,
} from './labels';
import { Machine, PRIOR_STATE } from './machine';
import { actTypesOf, machinesOf, resolutionKindsOf } from './machines';
import { EVENT_PAYLOADS } from './payload';
import { DOMAIN_REFUSAL_CODES } from '../shared';
import { RECORD_EVENTS } from './record-event';

/**
 * The domain as JSON, for the editions `editions` (by default the ones installed when the
 * deployment names none): each edition with the days it judges, its act types, machines, clocks,
 * the acts it no longer has and what in it is policy; the term rules (the clocks, with labels and
 * citations), the production calendar entries, every act type and kind of those editions, their
 * machines with the rows (actors, guards, effects, citations), the payload each event takes and
 * every label.
 */
export function exportDomainModel(editions: readonly StatuteEdition[] = STATUTE_EDITIONS) {
  const installed = installEditions(editions);
  const machines = installed.editions.flatMap((edition) => machinesOf(edition.id));
  const actTypes = distinct(installed.editions.flatMap((edition) => actTypesOf(edition.id)));
  const states = new Set(machines.flatMap((machine) => machine.states));
  const events = new Set(machines.flatMap((machine) => machine.events));
  const guards = new Set(machines.flatMap((machine) => machine.rows.flatMap((row) => row.guards)));
  return {
    editions: installed.coverage.map(({ edition, from, to }) => ({
      ...edition,
      judges: { from, to },
      actTypes: actTypesOf(edition.id),
      machines: machinesOf(edition.id).map((machine) => machine.id),
      clocks: rulesOf(edition.id).map((rule) => rule.kind),
      withdrawnActTypes: withdrawnActTypesOf(edition.id),
      policies: rulesOf(edition.id).flatMap((rule) => policiesOf(rule)),
    })),
    termRules: installed.editions.flatMap((edition) => rulesOf(edition.id)),
    calendarEntries: KZ_CALENDAR_ENTRIES,
    actTypes: actTypes.map((code) => ({
      code,
      label: ACT_TYPE_LABELS[code],
      machines: distinct(machines.filter((machine) => machine.actType === code).map((machine) => machine.id)),
    })),
    resolutionKinds: distinct(installed.editions.flatMap((edition) => resolutionKindsOf(edition.id))).map((code) => ({ code, label: RESOLUTION_KIND_LABELS[code] })),
    targetKinds: TARGET_KINDS.map((code) => ({ code, label: TARGET_KIND_LABELS[code] })),
    states: ACT_STATES.filter((code) => states.has(code)).map((code) => ({ code, label: ACT_STATE_LABELS[code] })),
    events: ACT_EVENTS.filter((code) => events.has(code)).map((code) => ({ code, label: ACT_EVENT_LABELS[code], payload: EVENT_PAYLOADS[code] })),
    actorRoles: ACTOR_ROLES.map((code) => ({ code, label: ACTOR_ROLE_LABELS[code] })),
    actorKinds: ACTOR_KINDS.map((code) => ({ code, label: ACTOR_KIND_LABELS[code] })),
    recordEvents: RECORD_EVENTS.map((code) => ({ code, label: RECORD_EVENT_LABELS[code] })),
    refusalCodes: DOMAIN_REFUSAL_CODES.map((code) => ({ code, label: DOMAIN_REFUSAL_CODE_LABELS[code] })),
    violationCodes: VIOLATION_CODES.map((code) => ({ code, label: VIOLATION_CODE_LABELS[code] })),
    linkReasons: LINK_REASONS.map((code) => ({ code, label: LINK_REASON_LABELS[code] })),
    protestTargetIssuers: PROTEST_TARGET_ISSUERS.map((code) => ({ code, label: PROTEST_TARGET_ISSUER_LABELS[code] })),
    anonymousExceptions: ANONYMOUS_EXCEPTIONS.map((code) => ({ code, label: ANONYMOUS_EXCEPTION_LABELS[code] })),
    instructionSubjects: INSTRUCTION_SUBJECTS.map((code) => ({ code, label: INSTRUCTION_SUBJECT_LABELS[code] })),
    submissionUrgencyGrounds: SUBMISSION_URGENCY_GROUNDS.map((code) => ({ code, label: SUBMISSION_URGENCY_GROUND_LABELS[code] })),
    bringByForceExemptions: BRING_BY_FORCE_EXEMPTIONS.map((code) => ({ code, label: BRING_BY_FORCE_EXEMPTION_LABELS[code] })),
    explanationForms: EXPLANATION_FORMS.map((code) => ({ code, label: EXPLANATION_FORM_LABELS[code] })),
    guards: GUARD_NAMES.filter((name) => guards.has(name)).map((name) => ({
      name,
      description: GUARDS[name].description,
      citation: GUARDS[name].citation,
      appliesTo: GUARDS[name].appliesTo,
    })),
    machines: machines.map((machine) => ({
      id: machine.id,
      editionId: machine.editionId,
      actType: machine.actType,
      kind: machine.kind,
      citation: machine.citation,
      initial: machine.initial,
      states: machine.states,
      terminal: machine.terminal,
      events: machine.events,
      prescribedTermClock: machine.prescribedTermClock,
      termMissedDeadlines: machine.termMissedDeadlines,
      rows: machine.rows,
    })),
  };
}

/** What in a rule is policy, not statute: its own note, and a POLICY clock ("immediately"). */
function policiesOf(rule: TermRule): { kind: TermRule['kind']; citation: Citation; text: TermRule['label'] }[] {
  const notes = rule.policy ? [rule.policy] : [];
  if (rule.setBy.by === 'POLICY') {
    notes.push({
      en: `policy: the law says "immediately"; the office tracks it with a clock of ${rule.count} working day(s) (IMMEDIATE_TERM_WORKING_DAYS)`,
      ru: `регламент: закон требует «незамедлительно»; ведомство отслеживает это сроком в ${rule.count} рабочий день (IMMEDIATE_TERM_WORKING_DAYS)`,
      kk: `регламент: заң «дереу» деп талап етеді; ведомство мұны ${rule.count} жұмыс күні мерзімімен қадағалайды (IMMEDIATE_TERM_WORKING_DAYS)`,
    });
  }
  return notes.map((text) => ({ kind: rule.kind, citation: rule.citation, text }));
}

export const DOMAIN_JSON_PATH = 'docs/domain.json';
export const STATE_MACHINE_DOCS_DIR = 'docs/state-machines';

/**
 * Every generated documentation file, path (from the repository root) → content: one folder per
 * edition the code ships (docs/state-machines/<edition id>/<ACT_TYPE>.md), and docs/domain.json
 * with every edition. The script in tools/domain-docs writes them; a unit test fails when the
 * committed copies differ.
 */
export function renderDocs(): Map<string, string> {
  const docs = new Map<string, string>();
  for (const edition of KNOWN_STATUTE_EDITIONS) {
    for (const actType of actTypesOf(edition.id)) {
      docs.set(`${STATE_MACHINE_DOCS_DIR}/${edition.id}/${actType}.md`, renderActType(actType, edition.id));
    }
  }
  docs.set(DOMAIN_JSON_PATH, `${JSON.stringify(exportDomainModel(KNOWN_STATUTE_EDITIONS), null, 2)}\n`);
  return docs;
}

function renderActType(actType: ActType, editionId: string): string {
  const label = ACT_TYPE_LABELS[actType];
  const machines = machinesOf(editionId).filter((machine) => machine.actType === actType);
  const edition = findEdition(editionId);
  return [
    `# ${label.en} — ${label.kk} — ${label.ru}`,
    '',
    '<!-- Generated by `npm run docs:domain` from libs/domain/src/acts. Do not edit by hand. -->',
    '',
    `Statute edition \`${editionId}\`: ${edition?.title ?? editionId}, No. ${edition?.lawNumber ?? '?'} (text amended to ${edition?.amendedTo ?? '?'}). Every article below is of this law.`,
    '',
    'Who may fire an event: **AUTHOR** — a prosecutor of the act\'s own office; **HEAD_OF_OFFICE** — a supervisor (head or',
    'deputy) of the act\'s own office; **ADDRESSEE_REPORT** — the addressee\'s',
    '(or another outside party\'s) action, entered by a prosecutor of the act\'s office; **HIGHER_SUPERVISOR** — a',
    'supervisor of a strictly higher office; **COURT_OUTCOME** — a court\'s decision, entered by a prosecutor of the',
    'act\'s office; **SYSTEM** — the deadline engine. Events that keep the state (complaints, amendments,',
    'publication, rescheduling) are not drawn; the transition table lists every row.',
    '',
    ...machines.flatMap(renderMachine),
  ].join('\n');
}

function renderMachine(machine: Machine): string[] {
  const title = machine.kind ? `${RESOLUTION_KIND_LABELS[machine.kind].en} (${machine.id})` : machine.id;
  return [
    `## ${title} — ${formatCitation(machine.citation)}`,
    '',
    '```mermaid',
    ...diagram(machine),
    '```',
    '',
    `Terminal states: ${machine.terminal.join(', ')}.` +
      (machine.prescribedTermClock ? ` Prosecutor-set term: ${machine.prescribedTermClock} (checked by PRESCRIBED_TERM_WITHIN_BOUNDS).` : ''),
    '',
    '### Events',
    '',
    ...table(
      ['event', 'label (en / ru / kk)', 'who may fire it', 'articles'],
      machine.events.map((event) => {
        const eventRows = machine.rows.filter((row) => row.event === event);
        const label = ACT_EVENT_LABELS[event];
        return [
          event,
          `${label.en} / ${label.ru} / ${label.kk}`,
          distinct(eventRows.map((row) => row.by)).join(', '),
          distinct(eventRows.map((row) => citation(row.citation))).join(', '),
        ];
      }),
    ),
    '',
    '### Guards',
    '',
    ...table(
      ['guard', 'rule', 'article'],
      distinct(machine.rows.flatMap((row) => row.guards)).map((guard) => {
        const guardCitation = GUARDS[guard].citation;
        return [guard, GUARDS[guard].description, guardCitation ? citation(guardCitation) : "the row's article"];
      }),
    ),
    '',
    '### Transitions',
    '',
    ...table(
      ['from', 'event', 'to', 'who', 'guards', 'effects', 'article', 'note'],
      machine.rows.map((row) => [
        row.from,
        row.event,
        row.to === PRIOR_STATE ? 'state before suspension' : row.to,
        row.by,
        row.guards.join(', '),
        row.effects.map(describeEffect).join('; '),
        citation(row.citation),
        row.note ?? '',
      ]),
    ),
    '',
  ];
}

function diagram(machine: Machine): string[] {
  const edges = new Map<string, string[]>();
  const addEdge = (from: string, to: string, event: string): void => {
    const key = `${from} --> ${to}`;
    edges.set(key, [...(edges.get(key) ?? []), event]);
  };
  for (const row of machine.rows) {
    if (row.to === row.from) continue;
    if (row.to === PRIOR_STATE) {
      for (const suspendedFrom of machine.suspendableFrom) addEdge(row.from, suspendedFrom, `${row.event} (resume)`);
    } else {
      addEdge(row.from, row.to, row.event);
    }
  }
  return [
    'stateDiagram-v2',
    `  [*] --> ${machine.initial}`,
    ...[...edges].map(([edge, events]) => `  ${edge} : ${events.join(' / ')}`),
    ...machine.terminal.map((state) => `  ${state} --> [*]`),
  ];
}

function describeEffect(effect: EffectSpec): string {
  switch (effect.type) {
    case 'START_DEADLINE':
      return `START_DEADLINE ${effect.kind} from ${effect.from}${effect.firesTermMissed ? ' (miss fires TERM_MISSED)' : ''}`;
    case 'MEET_DEADLINE':
      return `MEET_DEADLINE ${effect.kind} at ${effect.at}`;
    case 'RECOMPUTE_DEADLINE':
      return `RECOMPUTE_DEADLINE ${effect.kind} from ${effect.from}`;
    case 'EXTEND_DEADLINE':
      return `EXTEND_DEADLINE ${effect.kind}`;
    case 'CREATE_LINKED_ACT':
      return `CREATE_LINKED_ACT ${effect.kind ? `${effect.actType}.${effect.kind}` : effect.actType} (${effect.reason})`;
    case 'CLOSE_COMPLAINTS':
      return `CLOSE_COMPLAINTS ${effect.outcome}`;
    case 'RECORD_VIOLATION':
      return `RECORD_VIOLATION ${effect.code} (${formatCitation(effect.citation)})`;
    default:
      return effect.type;
  }
}

function table(header: readonly string[], body: readonly (readonly string[])[]): string[] {
  const line = (cells: readonly string[]): string => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')).replace(/ /g, ''), ...body.map(line)];
}

function citation(value: Citation | null): string {
  return value ? formatCitation(value) : 'statute silent';
}

function distinct<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}

