import { ACT_TYPE_LABELS, ActType, citationText, DeadlineNoticeKind, formatLocalDate, Label, NoticeKind, TermRule, toLocalDate, toLocalDateTime } from '@app/domain';

export interface NoticeFacts {
  readonly actId: string;
  readonly actType: ActType;
  readonly actTitle: string;
  readonly addresseeName: string;
  readonly rule: TermRule;
  readonly dueAt: Date;
  readonly now: Date;
  readonly kind: DeadlineNoticeKind;
  /** For escalations: the office the breach has reached. */
  readonly escalatedTo?: string;
}

const HOUR = 3_600_000;

const ALMATY_TIME: Label = { kk: 'Алматы уақыты', ru: 'время Алматы', en: 'Almaty time' };

/** The subject's opening words for each kind of notice. */
const HEADINGS: Readonly<Record<DeadlineNoticeKind, Label>> = {
  [NoticeKind.REMINDER]: { kk: 'Мерзім туралы еске салу', ru: 'Напоминание о сроке', en: 'Deadline reminder' },
  [NoticeKind.BREACH]: { kk: 'Мерзім бұзылды', ru: 'Срок нарушен', en: 'Deadline missed' },
  [NoticeKind.ESCALATION]: { kk: 'Мерзімнің бұзылуы жоғары прокуратураға жіберілді', ru: 'Нарушение срока передано вышестоящей прокуратуре', en: 'Missed deadline escalated' },
  // Recorded by the API when a calendar change recounts a deadline (libs/workflow calendar-recount), never by the engine.
  [NoticeKind.DUE_MOVED]: { kk: 'Мерзім ауыстырылды', ru: 'Срок перенесён', en: 'Deadline moved' },
};

/** The due instant as people read it in Asia/Almaty: a day term ends "26.03.2026 24:00", not "27.03 00:00". */
function localDue(dueAt: Date): string {
  const local = toLocalDateTime(dueAt);
  if (local.hour === 0 && local.minute === 0) return `${formatLocalDate(toLocalDate(new Date(dueAt.getTime() - 1)))} 24:00`;
  return `${formatLocalDate(local.date)} ${String(local.hour).padStart(2, '0')}:${String(local.minute).padStart(2, '0')}`;
}

function span(ms: number, language: keyof Label): string {
  const hours = Math.max(1, Math.round(Math.abs(ms) / HOUR));
  const days = Math.floor(hours / 24);
  const unit = { kk: ['күн', 'сағ.'], ru: ['дн.', 'ч'], en: ['d', 'h'] }[language];
  return days >= 1 ? `${days} ${unit[0]}${hours % 24 ? ` ${hours % 24} ${unit[1]}` : ''}` : `${hours} ${unit[1]}`;
}

/**
 * Subject and body of a notice in Kazakh, Russian and English: the act, the addressee, the due
 * instant in Asia/Almaty, the time left or overdue, the article and a link to the act.
 */
export function noticeText(facts: NoticeFacts): { subject: Label; body: Label } {
  const left = facts.dueAt.getTime() - facts.now.getTime();
  const type = ACT_TYPE_LABELS[facts.actType];
  const clock = facts.rule.label;
  const due = localDue(facts.dueAt);
  // The act's page in the web workspace (the API's own address means nothing to a reader).
  const link = `/acts/${facts.actId}`;
  const article = citationText(facts.rule.citation);
  const status = {
    kk: left > 0 ? `${span(left, 'kk')} қалды` : `${span(left, 'kk')} мерзімі өтті`,
    ru: left > 0 ? `осталось ${span(left, 'ru')}` : `просрочено на ${span(left, 'ru')}`,
    en: left > 0 ? `${span(left, 'en')} left` : `overdue by ${span(left, 'en')}`,
  };
  const heading = HEADINGS[facts.kind];
  const escalation = facts.escalatedTo ? { kk: ` → ${facts.escalatedTo}`, ru: ` → ${facts.escalatedTo}`, en: ` → ${facts.escalatedTo}` } : { kk: '', ru: '', en: '' };
  const text = (language: keyof Label) => ({
    subject: `${heading[language]}: ${type[language]} «${facts.actTitle}»${escalation[language]}`,
    body:
      `${type[language]} «${facts.actTitle}» — ${facts.addresseeName}\n` +
      `${clock[language]}: ${due} (${ALMATY_TIME[language]}), ${status[language]}; ${article[language]}\n${link}`,
  });
  const [kk, ru, en] = [text('kk'), text('ru'), text('en')];
  return { subject: { kk: kk.subject, ru: ru.subject, en: en.subject }, body: { kk: kk.body, ru: ru.body, en: en.body } };
}
