import { toLocalDate } from '@app/domain';
import { ActEntity, NoticeRecipient, Tx, UsersRepository } from '@app/persistence';
import { Injectable } from '@nestjs/common';

/**
 * Who hears of a deadline, by occasion: a reminder goes to the prosecutor who answers for the act
 * (and to their deputy while they are away); a breach also to the heads of the act's office; an
 * escalation to the heads of the office it has reached (art. 16). Only active users; one round
 * trip each (a batch of breaches: one for all), inside the job's transaction; read when the notice is sent, so a reassignment or an
 * absence counts from the next notice on.
 */
@Injectable()
export class RecipientsReader {
  constructor(private readonly users: UsersRepository) {}

  ofReminder(act: ActEntity, now: Date, tx?: Tx): Promise<NoticeRecipient[]> {
    return this.users.noticeRecipients({ responsible: act.responsibleUserId, on: toLocalDate(now) }, tx);
  }

  /** The recipients of each act's breach, in the order of `acts`, in one round trip (the engine's batches). */
  ofBreaches(acts: readonly ActEntity[], now: Date, tx?: Tx): Promise<NoticeRecipient[][]> {
    return this.users.noticeRecipientsOfMany(acts.map((act) => ({ responsible: act.responsibleUserId, supervisorsOf: act.officeId, on: toLocalDate(now) })), tx);
  }

  ofEscalation(officeId: string, now: Date, tx?: Tx): Promise<NoticeRecipient[]> {
    return this.users.noticeRecipients({ supervisorsOf: officeId, on: toLocalDate(now) }, tx);
  }
}
