import { ActEvent, ActState, ActType, DEADLINE_STATUSES, DeadlineKind, DeadlineStatus, EXTENSION_UNITS, ExtensionUnit, LINK_REASONS, LinkReason, ResolutionKind } from '@app/domain';
import { DOCUMENT_SIGNED, DRAFT_REVISED, FILED, RESPONSIBLE_CHANGED } from '@app/workflow';
import { ApiProperty, ApiSchema, getSchemaPath } from '@nestjs/swagger';
import { CitationView, LabelView, PageOf } from '../../http/openapi/common.views';
import { ActDocumentView, ActSignatureView } from '../../documents/dto/document.views';

/** A stretch during which a clock stood still (a complaint pending, arts. 8.2, 24.5). */
@ApiSchema({ name: 'DeadlinePause' })
export class DeadlinePauseView {
  @ApiProperty({ type: String, format: 'date-time' })
  from: Date;

  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'null while the pause lasts' })
  to: Date | null;

  @ApiProperty()
  reason: string;

  @ApiProperty({ type: CitationView })
  citation: CitationView;
}

/** A prolongation granted by a decision (art. 5.4). */
@ApiSchema({ name: 'DeadlineExtension' })
export class DeadlineExtensionView {
  @ApiProperty({ type: 'integer', minimum: 1 })
  count: number;

  @ApiProperty({ enum: EXTENSION_UNITS, enumName: 'ExtensionUnit' })
  unit: ExtensionUnit;

  @ApiProperty({ type: String, format: 'date-time' })
  grantedAt: Date;

  @ApiProperty({ description: 'The consent or decision it rests on', example: 'Consent of the regional prosecutor No. 12-3/45' })
  reason: string;
}

/** One statutory clock of an act, with how its due instant was computed. */
@ApiSchema({ name: 'Deadline' })
export class DeadlineView {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ enum: DeadlineKind, enumName: 'DeadlineKind' })
  kind: DeadlineKind;

  @ApiProperty({ enum: DEADLINE_STATUSES, enumName: 'DeadlineStatus' })
  status: DeadlineStatus;

  @ApiProperty({ enum: ['ADDRESSEE', 'PROSECUTOR'], description: 'Whose lateness the clock measures' })
  runsAgainst: string;

  @ApiProperty({ type: String, format: 'date-time', description: 'The instant the clock started from (receipt, issue, …)' })
  triggeredAt: Date;

  @ApiProperty({ type: String, format: 'date-time', description: 'The statutory due instant, pauses and extensions included' })
  dueAt: Date;

  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'The office’s own earlier target, when one is set' })
  internalTargetAt: Date | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  metAt: Date | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'The due instant, once the term ran out unmet (or was met late)' })
  missedAt: Date | null;

  @ApiProperty({ example: 'art. 19.3' })
  article: string;

  @ApiProperty({ example: 'KZ-2709@2016-12-28' })
  editionId: string;

  @ApiProperty({ type: LabelView, description: 'How the due instant was computed: the rule, the days skipped and why, the roll' })
  explanation: LabelView;

  @ApiProperty({ type: [DeadlinePauseView] })
  pauses: DeadlinePauseView[];

  @ApiProperty({ type: [DeadlineExtensionView] })
  extensions: DeadlineExtensionView[];
}

/** One applied event in an act's history. */
@ApiSchema({ name: 'ActTransition' })
export class ActTransitionView {
  @ApiProperty({ type: 'integer', description: 'The act’s version after this event' })
  version: number;

  @ApiProperty({
    oneOf: [{ $ref: getSchemaPath('ActEvent') }, { type: 'string', enum: [FILED, DRAFT_REVISED, RESPONSIBLE_CHANGED, DOCUMENT_SIGNED] }],
    description:
      'The event applied; FILED for the filing itself, DRAFT_REVISED for a correction of the draft, RESPONSIBLE_CHANGED for a reassignment, DOCUMENT_SIGNED for a verified signature over its PDF',
  })
  event: string;

  @ApiProperty({ enum: ActState, enumName: 'ActState', nullable: true, description: 'null for the filing itself' })
  fromState: string | null;

  @ApiProperty({ enum: ActState, enumName: 'ActState' })
  toState: string;

  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'null when the system fired it (a term ran out)' })
  actorUserId: string | null;

  @ApiProperty({ example: 'AUTHOR' })
  actorRole: string;

  @ApiProperty({ type: String, format: 'date-time' })
  occurredAt: Date;

  @ApiProperty({ type: String, nullable: true, description: 'The request that caused it (X-Request-Id)' })
  requestId: string | null;

  @ApiProperty({ type: 'object', additionalProperties: true, description: 'The event’s fields as entered', example: { receivedAt: '2026-03-12T05:00:00.000Z' } })
  payload: Record<string, unknown>;

  @ApiProperty({
    type: 'array',
    items: { type: 'object', required: ['type'], properties: { type: { type: 'string' } }, additionalProperties: true },
    description: 'What the event did besides the state: clocks started, met, paused; linked acts opened; violations recorded',
  })
  effects: unknown[];
}

/** An act without its deadlines and history: the lists and the change feed. */
@ApiSchema({ name: 'ActSummary' })
export class ActSummaryView {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ format: 'uuid' })
  caseId: string;

  @ApiProperty({ format: 'uuid' })
  officeId: string;

  @ApiProperty({ enum: ActType, enumName: 'ActType' })
  type: ActType;

  @ApiProperty({ enum: ResolutionKind, enumName: 'ResolutionKind', nullable: true, description: 'A resolution’s kind; null for every other act' })
  kind: ResolutionKind | null;

  @ApiProperty({ enum: ActState, enumName: 'ActState' })
  state: ActState;

  @ApiProperty({ type: 'integer', description: 'Raised by every change; the act’s ETag. Send it as If-Match to change the act' })
  version: number;

  @ApiProperty({ description: 'The statute edition that judges the act for life', example: 'KZ-2709@2016-12-28' })
  editionId: string;

  @ApiProperty()
  title: string;

  @ApiProperty()
  addresseeName: string;

  @ApiProperty({ type: String, nullable: true })
  targetDescription: string | null;

  @ApiProperty({
    type: 'object',
    additionalProperties: true,
    description: 'The fields of the act’s type as filed (target, termDays, violatedNorms, …)',
    example: { target: 'NON_NORMATIVE_LEGAL_ACT', termDays: null, suspendsTargetAct: false, basedOnApplication: false, applicantIdentified: false },
  })
  attributes: Record<string, unknown>;

  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'The act this one was opened from (23.2)' })
  linkedActId: string | null;

  @ApiProperty({ enum: LINK_REASONS, enumName: 'LinkReason', nullable: true })
  linkReason: LinkReason | null;

  @ApiProperty({ format: 'uuid' })
  authorId: string;

  @ApiProperty({ format: 'uuid', description: 'Who answers for the act: receives its reminders and breach notices (the author until a head reassigns it)' })
  responsibleUserId: string;

  @ApiProperty({ type: String, format: 'date-time', nullable: true })
  issuedAt: Date | null;

  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'The earliest due instant among its open deadlines' })
  nextDueAt: Date | null;

  @ApiProperty({ description: 'A complaint against the act is pending (art. 8)' })
  complaintPending: boolean;

  @ApiProperty({ enum: ActState, enumName: 'ActState', nullable: true, description: 'While suspended: the state it resumes to' })
  suspendedFrom: ActState | null;

  @ApiProperty({ type: String, format: 'date-time' })
  createdAt: Date;

  @ApiProperty({ type: String, format: 'date-time' })
  updatedAt: Date;
}

@ApiSchema({ name: 'ActPerson' })
export class ActPersonView {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'Помощник прокурора Е. Касымов' })
  fullName: string;
}

@ApiSchema({ name: 'ActOffice' })
export class ActOfficeView {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ example: 'ALA-BOS' })
  code: string;

  @ApiProperty({ type: LabelView })
  name: LabelView;
}

/** The act's text in one language, as filed or corrected. */
@ApiSchema({ name: 'ActTextParts' })
export class ActTextPartsView {
  @ApiProperty()
  facts: string;

  @ApiProperty({ type: [String] })
  violatedNorms: string[];

  @ApiProperty({ type: [String] })
  demands: string[];
}

@ApiSchema({ name: 'ActText' })
export class ActTextView {
  @ApiProperty({ type: ActTextPartsView, required: false, description: 'In Kazakh' })
  kk?: ActTextPartsView;

  @ApiProperty({ type: ActTextPartsView, required: false, description: 'In Russian' })
  ru?: ActTextPartsView;
}

/** An act with its deadlines, the events the caller may fire now, and its history. */
@ApiSchema({ name: 'ActDetail' })
export class ActDetailView extends ActSummaryView {
  @ApiProperty({ type: ActOfficeView })
  office: ActOfficeView;

  @ApiProperty({ type: ActPersonView })
  author: ActPersonView;

  @ApiProperty({ type: ActPersonView })
  responsible: ActPersonView;

  @ApiProperty({ type: ActTextView, description: 'The act’s text in Kazakh and/or Russian' })
  text: ActTextView;

  @ApiProperty({ description: 'The act’s registration number: its outgoing number is `<office code>/<number>`', example: '1042' })
  registrationNumber: string;

  @ApiProperty({ type: [ActDocumentView], description: 'The PDFs the act was issued with (empty while a draft); final' })
  documents: ActDocumentView[];

  @ApiProperty({ type: [ActSignatureView], description: 'Verified e-signatures over its PDFs, oldest first' })
  signatures: ActSignatureView[];

  @ApiProperty({ type: [DeadlineView] })
  deadlines: DeadlineView[];

  @ApiProperty({ enum: ActEvent, enumName: 'ActEvent', isArray: true, description: 'Exactly the events this caller may fire now' })
  allowedEvents: ActEvent[];

  @ApiProperty({ type: [ActTransitionView], description: 'Oldest first' })
  history: ActTransitionView[];
}

@ApiSchema({ name: 'ActsPage' })
export class ActsPage extends PageOf(ActSummaryView) {}
