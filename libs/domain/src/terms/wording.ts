import { Citation, Label, Language } from '../shared';
import { formatLocalDate, LocalDate } from '../time';
import { TermUnit, TriggerEvent } from './term-rule';

/** Plural unit names for messages: 'calendar days'. */
export function unitWordsEn(unit: TermUnit): string {
  return { CALENDAR_DAY: 'calendar days', WORKING_DAY: 'working days', HOUR: 'hours', MONTH: 'months' }[unit];
}

/** '10 calendar days' / '10 календарных дней' / 'күнтізбелік 10 күн' — a count with its unit, grammatical in each language. */
export function countWithUnit(count: number, unit: TermUnit): Label {
  const en = {
    CALENDAR_DAY: count === 1 ? 'calendar day' : 'calendar days',
    WORKING_DAY: count === 1 ? 'working day' : 'working days',
    HOUR: count === 1 ? 'hour' : 'hours',
    MONTH: count === 1 ? 'month' : 'months',
  }[unit];
  const ruForms: Record<TermUnit, readonly [string, string, string]> = {
    CALENDAR_DAY: ['календарный день', 'календарных дня', 'календарных дней'],
    WORKING_DAY: ['рабочий день', 'рабочих дня', 'рабочих дней'],
    HOUR: ['час', 'часа', 'часов'],
    MONTH: ['месяц', 'месяца', 'месяцев'],
  };
  const kk = {
    CALENDAR_DAY: `күнтізбелік ${count} күн`,
    WORKING_DAY: `${count} жұмыс күні`,
    HOUR: `${count} сағат`,
    MONTH: `${count} ай`,
  }[unit];
  return { en: `${count} ${en}`, ru: `${count} ${ruPlural(count, ruForms[unit])}`, kk };
}

/** Russian agreement of a noun with a number: 1 день, 2 дня, 5 дней, 21 день, 11 дней. */
export function ruPlural(count: number, [one, few, many]: readonly [string, string, string]): string {
  const mod100 = Math.abs(count) % 100;
  const mod10 = mod100 % 10;
  if (mod100 >= 11 && mod100 <= 14) return many;
  if (mod10 === 1) return one;
  if (mod10 >= 2 && mod10 <= 4) return few;
  return many;
}

/** 'art. 19.3' / 'ст. 19 п. 3' / '19-бап 3-тармақ'. */
export function citationText(citation: Citation): Label {
  const { article, paragraph, subparagraph } = citation;
  const sub = subparagraph ? `(${subparagraph})` : '';
  return {
    en: `art. ${article}${paragraph ? `.${paragraph}` : ''}${sub}`,
    ru: `ст. ${article}${paragraph ? ` п. ${paragraph}` : ''}${subparagraph ? ` пп. ${subparagraph})` : ''}`,
    kk: `${article}-бап${paragraph ? ` ${paragraph}-тармақ` : ''}${subparagraph ? ` ${subparagraph})-тармақша` : ''}`,
  };
}

/** 'Law No. 2709 ed. 28.12.2016' in each language. */
export function editionText(lawNumber: string, amendedTo: LocalDate): Label {
  const date = formatLocalDate(amendedTo);
  return {
    en: `Law No. ${lawNumber} ed. ${date}`,
    ru: `Закон № ${lawNumber} в ред. от ${date}`,
    kk: `№ ${lawNumber} Заң, ${date} ред.`,
  };
}

/** Apply one function per language to build a Label. */
export function perLanguage(build: (language: Language) => string): Label {
  return { kk: build('kk'), ru: build('ru'), en: build('en') };
}

/**
 * "from receipt on {at}" — the trigger as a phrase, `{at}` replaced by its date (day terms) or
 * date and time (hour terms). BEFORE terms read "before the consideration meeting on {at}".
 */
export const TRIGGER_PHRASES: Readonly<Record<TriggerEvent, Label>> = {
  RECEIPT_BY_ADDRESSEE: { kk: '{at} алынған күннен бастап', ru: 'со дня получения {at}', en: 'from receipt on {at}' },
  ISSUE: { kk: '{at} шығарылған күннен бастап', ru: 'со дня вынесения {at}', en: 'from issue on {at}' },
  SANCTION_REQUEST: {
    kk: '{at} санкция сұралған сәттен бастап',
    ru: 'с поступления ходатайства о санкции {at}',
    en: 'from the sanction request at {at}',
  },
  INSPECTION_START: { kk: '{at} тексеріс басталған күннен бастап', ru: 'с начала проверки {at}', en: 'from the start of the inspection on {at}' },
  EXECUTION: { kk: '{at} орындалған күннен бастап', ru: 'с исполнения {at}', en: 'from execution on {at}' },
  CONSIDERATION_MEETING: {
    kk: '{at} ұсыныс қаралатын күнге дейін',
    ru: 'до дня рассмотрения {at}',
    en: 'before the consideration meeting on {at}',
  },
  CONSIDERATION: { kk: '{at} қаралған күннен бастап', ru: 'со дня рассмотрения {at}', en: 'from consideration on {at}' },
  PREVIOUS_TERM_END: {
    kk: '{at} аяқталған алдыңғы мерзімнен кейін',
    ru: 'после окончания прежнего срока {at}',
    en: 'after the previous term ending on {at}',
  },
  COMPLAINT_FILING: { kk: '{at} шағым берілген күннен бастап', ru: 'со дня подачи жалобы {at}', en: 'from the filing of the complaint on {at}' },
};
