import { ACT_TYPE_LABELS, ActType, formatLocalDate, Language, toLocalDate, toLocalDateTime } from '@app/domain';

/** Excel reads a UTF-8 file as the ANSI code page unless it starts with a byte-order mark. */
export const UTF8_BOM = '\uFEFF';

/** The fields of one overdue item the export shows (a subset of SupervisionService.overdue's items). */
export interface OverdueCsvItem {
  readonly kind: string;
  readonly dueAt: Date;
  readonly daysOverdue: number;
  readonly article: string;
  readonly act: { readonly type: string; readonly title: string; readonly addresseeName: string };
  readonly prosecutor: { readonly fullName: string };
  readonly office: { readonly code: string };
}

const HEADERS: Record<Language, readonly string[]> = {
  kk: ['Прокуратура', 'Акт түрі', 'Акт атауы', 'Адресат', 'Мерзім түрі', 'Мерзімі (Asia/Almaty)', 'Мерзімі өткен күндер', 'Бап', 'Прокурор'],
  ru: ['Прокуратура', 'Вид акта', 'Наименование акта', 'Адресат', 'Вид срока', 'Срок (Asia/Almaty)', 'Дней просрочки', 'Статья', 'Прокурор'],
  en: ['Office', 'Act type', 'Act title', 'Addressee', 'Deadline kind', 'Due (Asia/Almaty)', 'Days overdue', 'Article', 'Prosecutor'],
};

/** A spreadsheet runs a cell that starts like a formula (OWASP "CSV injection"). */
const FORMULA_START = /^[=+\-@\t\r]/;
/**
 * A formula start right after a separator: Excel in the ru and kk locales splits on ';' (and
 * some importers on ',' or a tab), so "x;=HYPERLINK(…)" read by one that ignores the quotes
 * would become a cell that starts with '='.
 */
const FORMULA_AFTER_SEPARATOR = /([,;\t\r\n])([=+\-@])/g;
/** Quoted when it holds a separator of any locale (',' or ';'), a quote or a line break. */
const NEEDS_QUOTES = /[",;\r\n]/;

/**
 * One field per RFC 4180 as every locale's Excel reads it: a formula start is defused with a quote
 * — at the start and after any separator inside — and a field holding ',', ';', a quote or a line
 * break is quoted, quotes doubled.
 */
export function csvField(value: string | number): string {
  const text = typeof value === 'number' ? String(value) : defused(value);
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function defused(value: string): string {
  const inner = value.replace(FORMULA_AFTER_SEPARATOR, "$1'$2");
  return FORMULA_START.test(inner) ? `'${inner}` : inner;
}

/** One record, CRLF-terminated as RFC 4180 asks. */
export function csvRecord(fields: ReadonlyArray<string | number>): string {
  return `${fields.map(csvField).join(',')}\r\n`;
}

/** The due instant as people read it in Asia/Almaty: a day term ends "26.03.2026 24:00", not "27.03.2026 00:00". */
export function localDue(dueAt: Date): string {
  const local = toLocalDateTime(dueAt);
  if (local.hour === 0 && local.minute === 0) return `${formatLocalDate(toLocalDate(new Date(dueAt.getTime() - 1)))} 24:00`;
  return `${formatLocalDate(local.date)} ${String(local.hour).padStart(2, '0')}:${String(local.minute).padStart(2, '0')}`;
}

export function overdueCsvHeader(language: Language): string {
  return csvRecord(HEADERS[language]);
}

export function overdueCsvRecord(item: OverdueCsvItem, language: Language): string {
  const type = ACT_TYPE_LABELS[item.act.type as ActType]?.[language] ?? item.act.type;
  return csvRecord([
    item.office.code,
    type,
    item.act.title,
    item.act.addresseeName,
    item.kind,
    localDue(item.dueAt),
    item.daysOverdue,
    item.article,
    item.prosecutor.fullName,
  ]);
}
