import { ActEvent } from '@app/domain';
import { actSummary } from '@app/workflow';
import { ActEntity, ActParties, ActTransitionEntity, DeadlineEntity, decodeDeadlineRecord } from '@app/persistence';
import { ActDetailView, ActSummaryView, ActTransitionView, DeadlineView } from './dto/act.views';

export function deadlineView(row: DeadlineEntity): DeadlineView {
  const record = decodeDeadlineRecord(row.ledger);
  return {
    id: row.id,
    kind: row.kind,
    status: row.status,
    runsAgainst: row.runsAgainst,
    triggeredAt: row.triggeredAt,
    dueAt: row.dueAt,
    internalTargetAt: row.internalTargetAt,
    metAt: row.metAt,
    missedAt: row.missedAt,
    article: row.citation,
    editionId: row.editionId,
    explanation: row.explanation,
    pauses: record.pauses.map((pause) => ({ from: pause.from, to: pause.to, reason: pause.reason, citation: pause.citation })),
    extensions: record.extensions.map((extension) => ({ count: extension.count, unit: extension.unit, grantedAt: extension.grantedAt, reason: extension.reason })),
  };
}

export function transitionView(row: ActTransitionEntity): ActTransitionView {
  return {
    version: row.version,
    event: row.event,
    fromState: row.fromState,
    toState: row.toState,
    actorUserId: row.actorUserId,
    actorRole: row.actorRole,
    occurredAt: row.occurredAt,
    requestId: row.requestId,
    payload: row.payload,
    effects: row.effects,
  };
}

/** The act without its deadlines and history (lists, the change feed): the workflow's summary. */
export const actSummaryView: (act: ActEntity) => ActSummaryView = actSummary;

export function actDetailView(act: ActEntity, parties: ActParties, deadlines: DeadlineEntity[], history: ActTransitionEntity[], allowedEvents: ActEvent[]): ActDetailView {
  return {
    ...actSummaryView(act),
    ...parties,
    deadlines: deadlines.map(deadlineView),
    allowedEvents,
    history: history.map(transitionView),
  };
}
