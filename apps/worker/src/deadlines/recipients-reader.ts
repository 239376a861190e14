import { ActEntity, NoticeRecipient, Tx, UsersRepository } from '@app/persistence';
import { Injectable } from '@nestjs/common';

/**
 * Who hears of a deadline, by occasion: a reminder goes to the case's responsible prosecutor; a
 * breach also to the heads of the act's office; an escalation to the heads of the office it has
 * reached. Only active users; one round trip each, inside the job's transaction.
 */
@Injectable()
export class RecipientsReader {
  constructor(private readonly users: UsersRepository) {}

  ofReminder(act: ActEntity, tx?: Tx): Promise<NoticeRecipient[]> {
    return this.users.noticeRecipients({ responsibleFor: act.caseId }, tx);
  }

  ofBreach(act: ActEntity, tx?: Tx): Promise<NoticeRecipient[]> {
    return this.users.noticeRecipients({ responsibleFor: act.caseId, supervisorsOf: act.officeId }, tx);
  }

  ofEscalation(officeId: string, tx?: Tx): Promise<NoticeRecipient[]> {
    return this.users.noticeRecipients({ supervisorsOf: officeId }, tx);
  }
}
