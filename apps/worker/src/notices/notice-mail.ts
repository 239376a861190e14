import { NoticeEntity } from '@app/persistence';

export interface NoticeMail {
  readonly to: string;
  readonly subject: string;
  readonly text: string;
  readonly messageId: string;
}

/**
 * The e-mail of a notice, in Kazakh and then Russian (the state language and the language of
 * official use, art. 4 of the Constitution). The Message-ID is derived from the notice, so if a
 * crash makes the worker send a notice twice, mail systems that deduplicate by Message-ID show it
 * once and the two copies are recognisably the same message.
 */
export function composeNoticeMail(notice: NoticeEntity, address: string, from: string, publicBaseUrl: string): NoticeMail {
  const link = notice.actId ? `${publicBaseUrl.replace(/\/+$/, '')}/api/v1/acts/${notice.actId}` : null;
  const part = (body: string) => (link ? `${body}\n\n${link}` : body);
  return {
    to: address,
    subject: `${notice.subject.kk} / ${notice.subject.ru}`,
    text: `${part(notice.body.kk)}\n\n— — —\n\n${part(notice.body.ru)}\n`,
    messageId: `<notice-${notice.id}@${mailDomain(from)}>`,
  };
}

function mailDomain(from: string): string {
  const match = /@([^\s>]+)>?\s*$/.exec(from);
  return match ? match[1] : 'localhost';
}

// local@domain.tld; letters of any script in the domain (.қаз is a Kazakh top-level domain).
const MAILBOX = /^[^\s@<>()[\]\\,;:"]+@[\p{L}\p{N}-]+(\.[\p{L}\p{N}-]+)+$/u;

/** Whether an address can ever be delivered to: a malformed one is refused at once, not retried. */
export function isMailbox(address: string): boolean {
  return address.length <= 254 && MAILBOX.test(address);
}
