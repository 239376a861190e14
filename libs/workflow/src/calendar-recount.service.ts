import {
  ACT_TYPE_LABELS,
  analyseCalendarChange,
  DeadlineRecord,
  DeadlineStatus,
  diffCalendars,
  DueChange,
  formatLocalDate,
  ImpactConflict,
  KeptMissed,
  Label,
  missedKeptUnder,
  NoticeChannel,
  NoticeKind,
  OPEN_DEADLINE_STATUSES,
  perLanguage,
  ProductionCalendar,
  recountNote,
  reviseDeadline,
  ruleFor,
  toLocalDate,
  startOfLocalDay,
  endOfLocalDay,
} from '@app/domain';
import {
  ActEntity,
  ActsRepository,
  AuditActor,
  AuditLogRepository,
  CalendarRepository,
  decodeDeadlineRecord,
  DeadlineEntity,
  DeadlinesRepository,
  encodeDeadlineRecord,
  NewNotice,
  NoticesRepository,
  OpenDeadlineLedger,
  OutboxRepository,
  SendStatus,
  Tx,
  UsersRepository,
} from '@app/persistence';
import { Injectable } from '@nestjs/common';
import { actSummary } from './act-summary';

/** Deadlines are read this many at a time, so a large table never sits in memory at once. */
const BATCH_SIZE = 500;

/** A deadline row as the survey found it. */
export interface SurveyedDeadline {
  readonly id: string;
  readonly actId: string;
  readonly status: DeadlineStatus;
}

/** What a calendar change does to deadlines: the ones it moves, the missed ones it leaves missed, the ones it cannot count. */
export interface CalendarSurvey {
  readonly moved: ReadonlyArray<{ readonly change: DueChange; readonly deadline: SurveyedDeadline }>;
  readonly keptMissed: ReadonlyArray<{ readonly kept: KeptMissed; readonly deadline: SurveyedDeadline }>;
  readonly conflicts: ReadonlyArray<ImpactConflict & { readonly deadline: SurveyedDeadline }>;
}

export interface CalendarRecountResult extends CalendarSurvey {
  /** Acts whose deadlines moved: their versions rose. */
  readonly acts: number;
  /** Notices recorded (in-app and e-mail). */
  readonly notices: number;
  /** E-mail notices to hand to the notices queue once the transaction has committed. */
  readonly emailNoticeIds: readonly string[];
}

/** The change could not be applied: the new calendar cannot count these open deadlines. */
export class CalendarRecountRefused extends Error {
  constructor(readonly conflicts: CalendarSurvey['conflicts']) {
    super(`The changed calendar cannot count ${conflicts.length} open deadline(s): ${conflicts.map((c) => `${c.deadlineId}: ${c.message}`).join('; ')}`);
    this.name = 'CalendarRecountRefused';
  }
}

/**
 * A change of the production calendar applied to the deadlines it moves (docs/adr/0011). Inside
 * the edit's transaction: every open or paused deadline whose due instant the change moves is
 * recounted by the domain (recomputeDeadline), its earlier due kept in the ledger's revisions and
 * its explanation naming the change; its jobs are re-planned through the outbox (new version →
 * new job ids); its act's version rises; the case's responsible prosecutor gets a notice in kk, ru
 * and en. A deadline already MISSED stays missed, even where the new calendar would have let it
 * run — it is reported, not rewritten.
 */
@Injectable()
export class CalendarRecount {
  constructor(
    private readonly calendar: CalendarRepository,
    private readonly deadlines: DeadlinesRepository,
    private readonly acts: ActsRepository,
    private readonly outbox: OutboxRepository,
    private readonly notices: NoticesRepository,
    private readonly users: UsersRepository,
    private readonly audit: AuditLogRepository,
  ) {}

  /**
   * What the change would do, without writing anything: every office's deadlines, or those of the
   * office subtree `subtree`. Inside a transaction `tx` reads the deadlines as it sees them.
   */
  async survey(before: ProductionCalendar, after: ProductionCalendar, scope: { readonly subtree: string | null; readonly now: Date }, tx?: Tx): Promise<CalendarSurvey> {
    const moved: Array<CalendarSurvey['moved'][number]> = [];
    const conflicts: Array<CalendarSurvey['conflicts'][number]> = [];
    const open = (afterId: string | null) => this.calendar.openDeadlineLedgers({ subtree: scope.subtree, afterId, limit: BATCH_SIZE }, tx);
    for (let rows = await open(null); rows.length > 0; rows = await open(rows.at(-1)!.id)) {
      const { records, byId, unreadable } = decodeAll(rows);
      conflicts.push(...unreadable);
      const report = analyseCalendarChange(records, before, after);
      for (const change of report.changes) moved.push({ change, deadline: surveyed(byId.get(change.deadlineId)!) });
      for (const conflict of report.conflicts) conflicts.push({ ...conflict, deadline: surveyed(byId.get(conflict.deadlineId)!) });
    }

    const keptMissed: Array<CalendarSurvey['keptMissed'][number]> = [];
    const days = diffCalendars(before, after).map((change) => change.date);
    if (days.length > 0) {
      const window = { from: startOfLocalDay(days[0]), to: endOfLocalDay(days[days.length - 1]) };
      const missed = (afterId: string | null) => this.calendar.missedDeadlineLedgers({ ...window, subtree: scope.subtree, afterId, limit: BATCH_SIZE }, tx);
      for (let rows = await missed(null); rows.length > 0; rows = await missed(rows.at(-1)!.id)) {
        const { records, byId } = decodeAll(rows);
        for (const kept of missedKeptUnder(records, before, after, scope.now)) keptMissed.push({ kept, deadline: surveyed(byId.get(kept.deadlineId)!) });
      }
    }
    return { moved, keptMissed, conflicts };
  }

  /**
   * Applies the change to every office's deadlines, in `tx` (the edit's transaction, after the
   * entry was written). Refuses (CalendarRecountRefused) when the new calendar cannot count an
   * open deadline: nothing is then written. The acts are locked before their deadlines are read
   * again, so a transition running at the same time either committed first (and is counted) or
   * waits and then finds the act's version moved on.
   */
  async apply(tx: Tx, change: { readonly before: ProductionCalendar; readonly after: ProductionCalendar; readonly now: Date; readonly actor: AuditActor }): Promise<CalendarRecountResult> {
    const { before, after, now, actor } = change;
    const survey = await this.survey(before, after, { subtree: null, now }, tx);
    if (survey.conflicts.length > 0) throw new CalendarRecountRefused(survey.conflicts);
    if (survey.moved.length === 0) return { ...survey, acts: 0, notices: 0, emailNoticeIds: [] };

    const acts = new Map((await this.acts.lockByIds(tx, unique(survey.moved.map((entry) => entry.deadline.actId)))).map((act) => [act.id, act]));
    const rows = await this.deadlines.lockByIds(tx, survey.moved.map((entry) => entry.deadline.id));
    // Read again under the locks: a transition may have met, moved or paused one since the survey.
    const fresh = rows.filter((row) => OPEN_DEADLINE_STATUSES.includes(row.status)).map((row) => ({ row, record: decodeDeadlineRecord(row.ledger) }));
    // Keyed by the ledger's record id, which the domain reports by (the row's own id in every ledger the acts module writes).
    const byRecordId = new Map(fresh.map((entry) => [entry.record.id, entry]));
    const report = analyseCalendarChange(fresh.map((entry) => entry.record), before, after);
    if (report.conflicts.length > 0) {
      throw new CalendarRecountRefused(report.conflicts.map((conflict) => ({ ...conflict, deadline: surveyed(byRecordId.get(conflict.deadlineId)!.row) })));
    }

    const moved: Array<CalendarSurvey['moved'][number]> = [];
    const newNotices: NewNotice[] = [];
    for (const due of report.changes) {
      const { row, record } = byRecordId.get(due.deadlineId)!;
      const revised = reviseDeadline(record, due.proposed, now, due.reason);
      const counted = (revised.extensions.at(-1)?.computation ?? revised.computation).explanation;
      const note = recountNote(due.reason, due.oldDueAt, now);
      Object.assign(row, {
        dueAt: revised.dueAt,
        internalTargetAt: revised.internalTarget?.dueAt ?? null,
        explanation: perLanguage((language) => `${counted[language]}; ${note[language]}`),
        ledger: encodeDeadlineRecord(revised),
        version: row.version + 1,
      });
      moved.push({ change: due, deadline: surveyed(row) });
      const act = acts.get(row.actId)!;
      newNotices.push(...(await this.noticesOf(tx, act, row, due, now)));
    }
    await this.deadlines.updateClocks(tx, moved.map((entry) => byRecordId.get(entry.change.deadlineId)!.row));
    // Same transaction: the relay re-plans their reminders and due jobs under the new versions.
    await this.outbox.announceDeadlineChanges(tx, moved.map((entry) => entry.deadline.id));
    const recorded = await this.notices.record(tx, newNotices);

    const touched = unique(moved.map((entry) => entry.deadline.actId));
    const nextDue = await this.deadlines.nextOpenDueOf(touched, tx);
    for (const actId of touched) await this.acts.recordRecount(tx, actId, { nextDueAt: nextDue.get(actId) ?? null, version: acts.get(actId)!.version + 1 });
    // Last (ADR 0005): the audit rows take the chain's lock until commit.
    for (const actId of touched) {
      const act = acts.get(actId)!;
      const before = actSummary(act);
      const recounted = moved.filter((entry) => entry.deadline.actId === actId);
      await this.audit.append(tx, actor, {
        action: 'deadline.recounted',
        entityType: 'act',
        entityId: act.id,
        caseId: act.caseId,
        officePath: act.officePath,
        before,
        after: {
          ...before,
          version: act.version + 1,
          recounted: recounted.map(({ change }) => ({ kind: change.kind, from: change.oldDueAt.toISOString(), to: change.newDueAt.toISOString() })),
        },
      });
    }
    return {
      moved,
      keptMissed: survey.keptMissed,
      conflicts: [],
      acts: touched.length,
      notices: recorded.length,
      emailNoticeIds: recorded.filter((notice) => notice.channel === NoticeChannel.EMAIL).map((notice) => notice.id),
    };
  }

  /** The notice of the moved date for the prosecutor who answers for the act (and their deputy while away): in the inbox, and by e-mail with an address on file. */
  private async noticesOf(tx: Tx, act: ActEntity, deadline: DeadlineEntity, due: DueChange, now: Date): Promise<NewNotice[]> {
    const recipients = await this.users.noticeRecipients({ responsible: act.responsibleUserId, on: toLocalDate(now) }, tx);
    const text = dueMovedText(act, deadline, due);
    const step = `${NoticeKind.DUE_MOVED}_V${deadline.version}`;
    return recipients.flatMap((user) => [
      { channel: NoticeChannel.INBOX, user, status: SendStatus.SENT, sentAt: now, address: null },
      ...(user.email ? [{ channel: NoticeChannel.EMAIL, user, status: SendStatus.PENDING, sentAt: null, address: user.email }] : []),
    ]).map((row) => ({
      key: `${deadline.id}:${step}:${row.user.id}:${row.channel}`,
      deadlineId: deadline.id,
      actId: act.id,
      kind: NoticeKind.DUE_MOVED,
      step,
      channel: row.channel,
      recipientUserId: row.user.id,
      address: row.address,
      subject: text.subject,
      body: text.body,
      status: row.status,
      scheduledFor: now,
      sentAt: row.sentAt,
    }));
  }
}

/** "Deadline moved: Protest «…»" and what moved, from when to when, why, under which article — in kk, ru and en. */
export function dueMovedText(act: Pick<ActEntity, 'id' | 'type' | 'title' | 'addresseeName'>, deadline: Pick<DeadlineEntity, 'kind' | 'editionId' | 'citation'>, due: DueChange): { subject: Label; body: Label } {
  const type = ACT_TYPE_LABELS[act.type];
  const clock = ruleFor(deadline.kind, deadline.editionId).label;
  const day = (date: string) => formatLocalDate(date);
  const heading: Label = { kk: 'Мерзім ауыстырылды', ru: 'Срок перенесён', en: 'Deadline moved' };
  const moved: Label = {
    kk: `${day(due.oldDueLocalDate)} 24:00 орнына ${day(due.newDueLocalDate)} 24:00 (Asia/Almaty)`,
    ru: `было ${day(due.oldDueLocalDate)} 24:00, стало ${day(due.newDueLocalDate)} 24:00 (Asia/Almaty)`,
    en: `was ${day(due.oldDueLocalDate)} 24:00, now ${day(due.newDueLocalDate)} 24:00 (Asia/Almaty)`,
  };
  const subject = perLanguage((language) => `${heading[language]}: ${type[language]} «${act.title}»`);
  const body = perLanguage(
    (language) =>
      `${type[language]} «${act.title}» — ${act.addresseeName}\n${clock[language]}: ${moved[language]}; ${deadline.citation}\n${due.reason[language]}\n/api/v1/acts/${act.id}`,
  );
  return { subject, body };
}

function decodeAll(rows: readonly OpenDeadlineLedger[]): {
  records: DeadlineRecord[];
  byId: Map<string, OpenDeadlineLedger>;
  unreadable: Array<CalendarSurvey['conflicts'][number]>;
} {
  const records: DeadlineRecord[] = [];
  const byId = new Map<string, OpenDeadlineLedger>();
  const unreadable: Array<CalendarSurvey['conflicts'][number]> = [];
  for (const row of rows) {
    try {
      const record = decodeDeadlineRecord(row.ledger);
      records.push(record);
      byId.set(record.id, row);
    } catch (error) {
      unreadable.push({ deadlineId: row.id, message: `the ledger cannot be read: ${(error as Error).message}`, deadline: surveyed(row) });
    }
  }
  return { records, byId, unreadable };
}

function surveyed(row: { readonly id: string; readonly actId: string; readonly status: DeadlineStatus }): SurveyedDeadline {
  return { id: row.id, actId: row.actId, status: row.status };
}

function unique<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}
