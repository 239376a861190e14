import { AppConfig } from '@app/config';
import { Injectable, OnApplicationShutdown } from '@nestjs/common';
import { createTransport, Transporter } from 'nodemailer';
import { NoticeMail } from './notice-mail';

/** An SMTP answer that will not change on a retry (5xx: no such mailbox, relaying denied, …). */
export function isPermanentSmtpRefusal(error: unknown): boolean {
  const code = (error as { responseCode?: unknown } | null)?.responseCode;
  return typeof code === 'number' && code >= 500 && code < 600;
}

/**
 * The SMTP relay of SMTP_URL. The timeouts keep one stuck relay from holding a job for nodemailer's
 * default of ten minutes; a timeout is a failed try like any other. Connections are pooled (as many
 * as the notices queue runs at once): a breach at a busy instant sends thousands of mails, and a
 * connection, greeting and QUIT per mail cost more than the mail itself (bench:lateness profile).
 */
@Injectable()
export class MailTransport implements OnApplicationShutdown {
  private readonly transporter: Transporter;

  constructor(private readonly config: AppConfig) {
    this.transporter = createTransport({
      url: config.SMTP_URL,
      pool: true,
      maxConnections: config.NOTICE_WORKER_CONCURRENCY,
      connectionTimeout: 10_000,
      greetingTimeout: 10_000,
      socketTimeout: 30_000,
    });
  }

  async send(mail: NoticeMail): Promise<void> {
    await this.transporter.sendMail({
      from: this.config.MAIL_FROM,
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      messageId: mail.messageId,
      headers: { 'Content-Language': 'kk, ru' },
    });
  }

  onApplicationShutdown(): void {
    this.transporter.close();
  }
}
