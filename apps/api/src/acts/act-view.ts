import { ActEvent } from '@app/domain';
import { actSummary } from '@app/workflow';
import { ActEntity, ActTransitionEntity, DeadlineEntity, decodeDeadlineRecord } from '@app/persistence';

export function deadlineView(row: DeadlineEntity) {
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
    pauses: record.pauses,
    extensions: record.extensions.map((extension) => ({ count: extension.count, unit: extension.unit, grantedAt: extension.grantedAt, reason: extension.reason })),
  };
}

export function transitionView(row: ActTransitionEntity) {
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
export const actSummaryView = actSummary;

export function actDetailView(act: ActEntity, deadlines: DeadlineEntity[], history: ActTransitionEntity[], allowedEvents: ActEvent[]) {
  return {
    ...actSummaryView(act),
    deadlines: deadlines.map(deadlineView),
    allowedEvents,
    history: history.map(transitionView),
  };
}

export type ActSummaryView = ReturnType<typeof actSummaryView>;
export type ActDetailView = ReturnType<typeof actDetailView>;
