import { ActEvent, ActState, ActType, CALENDAR_ENTRY_KINDS, CALENDAR_ENTRY_STATUSES, DeadlineKind, ResolutionKind } from '@app/domain';
import { ApiProperty, ApiSchema, getSchemaPath } from '@nestjs/swagger';
import { CitationView } from '../../http/openapi/common.views';

/**
 * The domain model as GET /api/v1/act-types answers it: every label already in the caller's
 * language (a string), every code as the API uses it. The shapes follow libs/domain's export;
 * act-type-catalog.service.ts types its answer with these classes, so the compiler keeps them in step.
 */

@ApiSchema({ name: 'CatalogEntry' })
export class CatalogEntryView {
  @ApiProperty({ description: 'The code the API uses', example: 'PROTEST' })
  code: string;

  @ApiProperty({ description: 'Its label in the Content-Language', example: 'Наразылық' })
  label: string;
}

@ApiSchema({ name: 'CatalogActType' })
export class CatalogActTypeView {
  @ApiProperty({ enum: ActType, enumName: 'ActType' })
  code: ActType;

  @ApiProperty()
  label: string;

  @ApiProperty({ type: [String], description: 'The ids of its state machines (one per resolution kind for resolutions)' })
  machines: string[];
}

/** The days an installed edition judges under this deployment (docs/adr/0010). */
@ApiSchema({ name: 'EditionCoverage' })
export class EditionCoverageView {
  @ApiProperty({ format: 'date', description: 'The first issue date it judges' })
  from: string;

  @ApiProperty({ type: String, format: 'date', nullable: true, description: 'The last; null: every later day (the newest installed edition)' })
  to: string | null;
}

/** An act (or resolution kind) an edition no longer has, with the reason a filing is refused. */
@ApiSchema({ name: 'WithdrawnActType' })
export class WithdrawnActTypeView {
  @ApiProperty({ enum: ActType, enumName: 'ActType' })
  actType: ActType;

  @ApiProperty({ enum: ResolutionKind, enumName: 'ResolutionKind', nullable: true })
  kind: ResolutionKind | null;

  @ApiProperty({ type: CitationView })
  citation: CitationView;

  @ApiProperty()
  reason: string;
}

/** What in an edition's rules is the office's decision rather than the statute's word. */
@ApiSchema({ name: 'EditionPolicy' })
export class EditionPolicyView {
  @ApiProperty({ enum: DeadlineKind, enumName: 'DeadlineKind', description: 'The clock the policy is part of' })
  kind: DeadlineKind;

  @ApiProperty({ type: CitationView })
  citation: CitationView;

  @ApiProperty({ description: 'What is policy, and why' })
  text: string;
}

@ApiSchema({ name: 'StatuteEdition' })
export class StatuteEditionView {
  @ApiProperty({ example: 'KZ-2709@2016-12-28' })
  id: string;

  @ApiProperty()
  title: string;

  @ApiProperty({ example: '2709' })
  lawNumber: string;

  @ApiProperty({ format: 'date', description: 'The last amendment the edition includes' })
  amendedTo: string;

  @ApiProperty({ format: 'date' })
  effectiveFrom: string;

  @ApiProperty({ type: String, format: 'date', nullable: true, description: 'The last day the law was (certainly) in force; null while it is' })
  effectiveTo: string | null;

  @ApiProperty()
  note: string;

  @ApiProperty({ type: EditionCoverageView, description: 'The issue dates it judges in this deployment' })
  judges: EditionCoverageView;

  @ApiProperty({ enum: ActType, enumName: 'ActType', isArray: true, description: 'Its acts, in the order the law lists them' })
  actTypes: ActType[];

  @ApiProperty({ type: [String], description: 'The ids of its state machines (see machines, by editionId)' })
  machines: string[];

  @ApiProperty({ enum: DeadlineKind, enumName: 'DeadlineKind', isArray: true, description: 'The clocks it runs (see termRules, by editionId)' })
  clocks: DeadlineKind[];

  @ApiProperty({ type: [WithdrawnActTypeView], description: 'Acts of an earlier law it does not have: filing one is refused with the reason' })
  withdrawnActTypes: WithdrawnActTypeView[];

  @ApiProperty({ type: [EditionPolicyView], description: 'What in its rules is policy, not statute' })
  policies: EditionPolicyView[];
}

@ApiSchema({ name: 'TermBound' })
export class TermBoundView {
  @ApiProperty({ type: 'integer', description: 'In the rule’s unit, unless `unit` says otherwise' })
  count: number;

  @ApiProperty({ type: CitationView })
  citation: CitationView;

  @ApiProperty({
    enum: ['CALENDAR_DAY', 'WORKING_DAY', 'HOUR', 'MONTH'],
    required: false,
    description: 'A bound in another unit than the rule’s: 155-VII art. 33.3 — a calendar-day protest term never ends before the 3rd working day',
  })
  unit?: string;
}

/** Who fixes a term's length: the statute, the prosecutor within bounds, or office policy. */
@ApiSchema({ name: 'TermSetter' })
export class TermSetterView {
  @ApiProperty({ enum: ['STATUTE', 'PROSECUTOR', 'POLICY'], description: 'POLICY: the law says "immediately"; the office tracks it with a short service-level clock, never presented as statute' })
  by: 'STATUTE' | 'PROSECUTOR' | 'POLICY';

  @ApiProperty({ required: false, description: 'PROSECUTOR: an act without a term is incomplete' })
  required?: boolean;

  @ApiProperty({ type: TermBoundView, required: false, nullable: true, description: 'PROSECUTOR: the statutory floor' })
  min?: TermBoundView | null;

  @ApiProperty({ type: TermBoundView, required: false, nullable: true, description: 'PROSECUTOR: the statutory ceiling' })
  max?: TermBoundView | null;
}

@ApiSchema({ name: 'ExtensionCap' })
export class ExtensionCapView {
  @ApiProperty({ type: 'integer' })
  count: number;

  @ApiProperty({ enum: ['CALENDAR_DAY', 'WORKING_DAY', 'HOUR', 'MONTH'] })
  unit: string;

  @ApiProperty({ type: CitationView })
  citation: CitationView;
}

@ApiSchema({ name: 'TermExtensionRule' })
export class TermExtensionRuleView {
  @ApiProperty({ type: CitationView })
  citation: CitationView;

  @ApiProperty()
  label: string;

  @ApiProperty({ type: ExtensionCapView, required: false, description: 'The most all extensions together may add (155-VII art. 18.4: 30 working days)' })
  max?: ExtensionCapView;
}

/** How one statutory clock is counted. */
@ApiSchema({ name: 'TermRule' })
export class TermRuleView {
  @ApiProperty({ enum: DeadlineKind, enumName: 'DeadlineKind' })
  kind: DeadlineKind;

  @ApiProperty()
  editionId: string;

  @ApiProperty({ enum: ['CALENDAR_DAY', 'WORKING_DAY', 'HOUR', 'MONTH'] })
  unit: string;

  @ApiProperty({ type: 'integer', nullable: true, description: 'The statutory length; for PROSECUTOR rules the length when none is set; for POLICY the default' })
  count: number | null;

  @ApiProperty({ description: 'The event the term counts from', example: 'RECEIPT_BY_ADDRESSEE' })
  trigger: string;

  @ApiProperty({ enum: ['AFTER', 'BEFORE'] })
  direction: string;

  @ApiProperty({ enum: ['NEXT', 'PREVIOUS', 'NONE'], description: 'What happens when the last day is not a working day' })
  roll: string;

  @ApiProperty({ enum: ['END_OF_LOCAL_DAY', 'EXACT'] })
  cutOff: string;

  @ApiProperty({ type: TermSetterView })
  setBy: TermSetterView;

  @ApiProperty({ enum: ['ADDRESSEE', 'PROSECUTOR'] })
  runsAgainst: string;

  @ApiProperty({ type: CitationView })
  citation: CitationView;

  @ApiProperty()
  label: string;

  @ApiProperty({ type: TermExtensionRuleView, nullable: true })
  extension: TermExtensionRuleView | null;

  @ApiProperty({ type: String, nullable: true, description: 'What in the rule is office policy rather than the statute’s word; null: statute throughout' })
  policy: string | null;
}

@ApiSchema({ name: 'CatalogCalendarEntry' })
export class CatalogCalendarEntryView {
  @ApiProperty({ example: 'KZ-2026-03-21-NAURYZ' })
  id: string;

  @ApiProperty({ enum: CALENDAR_ENTRY_KINDS })
  kind: string;

  @ApiProperty({ format: 'date', required: false, description: 'HOLIDAY: the day' })
  date?: string;

  @ApiProperty({ required: false, description: 'HOLIDAY: a religious holiday never moves off a weekend' })
  religious?: boolean;

  @ApiProperty({ format: 'date', required: false, description: 'TRANSFER: the weekday that becomes a day off' })
  dayOff?: string;

  @ApiProperty({ format: 'date', required: false, description: 'TRANSFER: the Saturday or Sunday that becomes a working day' })
  workingDay?: string;

  @ApiProperty()
  label: string;

  @ApiProperty({ description: 'The legal act the entry rests on' })
  source: string;

  @ApiProperty({ enum: CALENDAR_ENTRY_STATUSES })
  status: string;
}

/** The rule for one field of an event's payload. */
@ApiSchema({ name: 'PayloadFieldRule' })
export class PayloadFieldRuleView {
  @ApiProperty({ enum: ['INSTANT', 'TEXT', 'CHOICE', 'COUNT'] })
  type: string;

  @ApiProperty({ required: false, description: 'INSTANT and TEXT: must be given (an optional instant defaults to now)' })
  required?: boolean;

  @ApiProperty({ enum: ['PAST', 'ANY'], required: false, description: 'INSTANT: PAST — a reported fact, not later than now; ANY — a plan' })
  when?: string;

  @ApiProperty({ required: false, description: 'INSTANT: strictly later than this other field of the payload' })
  after?: string;

  @ApiProperty({ required: false, enum: [true], description: 'INSTANT: left out, it stays absent instead of defaulting to now (a fact only the caller knows)' })
  noDefault?: true;

  @ApiProperty({ type: [String], required: false, description: 'CHOICE: the values allowed' })
  values?: string[];
}

@ApiSchema({ name: 'CatalogEvent' })
export class CatalogEventView {
  @ApiProperty({ enum: ActEvent, enumName: 'ActEvent' })
  code: ActEvent;

  @ApiProperty()
  label: string;

  @ApiProperty({
    type: 'object',
    additionalProperties: { $ref: getSchemaPath(PayloadFieldRuleView) },
    description: 'The fields the event takes, by name (receivedAt, meetingAt, summary, …); any other is refused',
    example: { receivedAt: { type: 'INSTANT', required: true, when: 'PAST' } },
  })
  payload: Record<string, PayloadFieldRuleView>;
}

@ApiSchema({ name: 'CatalogGuard' })
export class CatalogGuardView {
  @ApiProperty({ example: 'PRESCRIBED_TERM_WITHIN_BOUNDS' })
  name: string;

  @ApiProperty()
  description: string;

  @ApiProperty({ type: CitationView, nullable: true, description: 'null: the article of the transition row it guards' })
  citation: CitationView | null;

  @ApiProperty({
    oneOf: [{ type: 'string', enum: ['ANY'] }, { type: 'array', items: { type: 'string' } }],
    description: 'ANY, or the act types (TYPE.KIND for resolutions) it applies to',
  })
  appliesTo: 'ANY' | string[];
}

@ApiSchema({ name: 'TransitionRow' })
export class TransitionRowView {
  @ApiProperty({ enum: ActState, enumName: 'ActState' })
  from: string;

  @ApiProperty({ enum: ActEvent, enumName: 'ActEvent' })
  event: string;

  @ApiProperty({ description: 'An ActState, or PRIOR_STATE: the state before suspension', example: 'DELIVERED' })
  to: string;

  @ApiProperty({ description: 'Who may fire it (an actor kind)', example: 'ADDRESSEE_REPORT' })
  by: string;

  @ApiProperty({ type: [String], description: 'Guards that must pass' })
  guards: string[];

  @ApiProperty({
    type: 'array',
    items: { type: 'object', required: ['type'], properties: { type: { type: 'string' } }, additionalProperties: true },
    description: 'What the transition does besides the state (START_DEADLINE, CREATE_LINKED_ACT, …)',
  })
  effects: unknown[];

  @ApiProperty({ type: CitationView, nullable: true, description: 'null: the statute is silent on this step' })
  citation: CitationView | null;

  @ApiProperty({ required: false })
  note?: string;
}

@ApiSchema({ name: 'StateMachine' })
export class StateMachineView {
  @ApiProperty({ example: 'PROTEST' })
  id: string;

  @ApiProperty()
  editionId: string;

  @ApiProperty({ enum: ActType, enumName: 'ActType' })
  actType: string;

  @ApiProperty({ enum: ResolutionKind, enumName: 'ResolutionKind', nullable: true })
  kind: string | null;

  @ApiProperty({ type: CitationView })
  citation: CitationView;

  @ApiProperty({ enum: ActState, enumName: 'ActState' })
  initial: string;

  @ApiProperty({ enum: ActState, enumName: 'ActState', isArray: true })
  states: string[];

  @ApiProperty({ enum: ActState, enumName: 'ActState', isArray: true })
  terminal: string[];

  @ApiProperty({ enum: ActEvent, enumName: 'ActEvent', isArray: true })
  events: string[];

  @ApiProperty({ enum: DeadlineKind, enumName: 'DeadlineKind', nullable: true, description: 'The clock whose term the prosecutor sets in the act, if any' })
  prescribedTermClock: string | null;

  @ApiProperty({ enum: DeadlineKind, enumName: 'DeadlineKind', isArray: true })
  termMissedDeadlines: string[];

  @ApiProperty({ type: [TransitionRowView] })
  rows: TransitionRowView[];
}

@ApiSchema({ name: 'ActTypeCatalog' })
export class ActTypeCatalogView {
  @ApiProperty({ type: [StatuteEditionView], description: 'The installed statute editions, oldest first, each with the days it judges (docs/adr/0010)' })
  editions: StatuteEditionView[];

  @ApiProperty({ type: [TermRuleView], description: 'How each statutory clock is counted, with its article' })
  termRules: TermRuleView[];

  @ApiProperty({ type: [CatalogCalendarEntryView], description: 'Holidays and transferred days off built into the release' })
  calendarEntries: CatalogCalendarEntryView[];

  @ApiProperty({ type: [CatalogActTypeView] })
  actTypes: CatalogActTypeView[];

  @ApiProperty({ type: [CatalogEntryView] })
  resolutionKinds: CatalogEntryView[];

  @ApiProperty({ type: [CatalogEntryView] })
  targetKinds: CatalogEntryView[];

  @ApiProperty({ type: [CatalogEntryView] })
  states: CatalogEntryView[];

  @ApiProperty({ type: [CatalogEventView] })
  events: CatalogEventView[];

  @ApiProperty({ type: [CatalogEntryView] })
  actorRoles: CatalogEntryView[];

  @ApiProperty({ type: [CatalogEntryView] })
  actorKinds: CatalogEntryView[];

  @ApiProperty({ type: [CatalogEntryView], description: 'History rows that are not life-cycle events (FILED, DRAFT_REVISED, RESPONSIBLE_CHANGED), labelled' })
  recordEvents: CatalogEntryView[];

  @ApiProperty({ type: [CatalogEntryView], description: 'Every refusal code of the domain — the machines’, the prescribed-term check’s and the deadline ledger’s — labelled' })
  refusalCodes: CatalogEntryView[];

  @ApiProperty({ type: [CatalogEntryView] })
  violationCodes: CatalogEntryView[];

  @ApiProperty({ type: [CatalogEntryView] })
  linkReasons: CatalogEntryView[];

  @ApiProperty({ type: [CatalogEntryView], description: '155-VII art. 33.6: whose acts are never protested (targetIssuer)' })
  protestTargetIssuers: CatalogEntryView[];

  @ApiProperty({ type: [CatalogEntryView], description: '155-VII art. 24.6: when an anonymous application is examined (anonymousException)' })
  anonymousExceptions: CatalogEntryView[];

  @ApiProperty({ type: [CatalogEntryView], description: '155-VII art. 35.1: the matters of an instruction (subject)' })
  instructionSubjects: CatalogEntryView[];

  @ApiProperty({ type: [CatalogEntryView], description: '155-VII art. 36.2: the urgency grounds of a submission (urgencyGround)' })
  submissionUrgencyGrounds: CatalogEntryView[];

  @ApiProperty({ type: [CatalogEntryView], description: '155-VII art. 26.14: who is never brought by force (exemption)' })
  bringByForceExemptions: CatalogEntryView[];

  @ApiProperty({ type: [CatalogEntryView], description: '155-VII art. 41: written or oral (form)' })
  explanationForms: CatalogEntryView[];

  @ApiProperty({ type: [CatalogGuardView] })
  guards: CatalogGuardView[];

  @ApiProperty({ type: [StateMachineView] })
  machines: StateMachineView[];
}
