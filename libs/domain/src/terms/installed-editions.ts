import { LocalDate, addDays, formatLocalDate } from '../time';
import { Label } from '../shared';
import type { StatuteEdition } from './statute-edition';

/** The days one installed edition judges: from its start to `to` (null: every later day). */
export interface EditionCoverage {
  readonly edition: StatuteEdition;
  readonly from: LocalDate;
  readonly to: LocalDate | null;
}

/** A stretch of days no installed edition covers (the newest installed edition is open-ended, so a gap always ends). */
export interface EditionGap {
  /** First uncovered day; null: every day before `to`. */
  readonly from: LocalDate | null;
  readonly to: LocalDate;
  /** The installed edition that ends before the gap (null: the gap precedes every edition). */
  readonly before: StatuteEdition | null;
  /** The installed edition that starts after it. */
  readonly after: StatuteEdition;
  readonly message: Label;
}

export type EditionVerdict =
  | { readonly ok: true; readonly edition: StatuteEdition }
  | { readonly ok: false; readonly gap: EditionGap };

/** The editions a deployment installs, with the days each one judges. */
export interface InstalledEditions {
  /** Oldest first. */
  readonly editions: readonly StatuteEdition[];
  readonly coverage: readonly EditionCoverage[];
  /** The edition that judges an act issued on `date`, or the gap the date falls in. */
  judge(date: LocalDate): EditionVerdict;
  isInstalled(editionId: string): boolean;
}

/**
 * Installs editions (docs/adr/0010). Each judges the days from its effectiveFrom to its effectiveTo,
 * cut at the day before the next installed edition starts; the newest installed edition judges
 * every later day (with one installed, it judges every act from its start). Days before the oldest,
 * and days between an edition's last day and the next one's first, are gaps: an act issued on
 * such a day is refused, never judged by a law that was not in force.
 */
export function installEditions(editions: readonly StatuteEdition[]): InstalledEditions {
  if (editions.length === 0) throw new RangeError('At least one statute edition must be installed');
  const ids = new Set(editions.map((edition) => edition.id));
  if (ids.size !== editions.length) throw new RangeError('A statute edition is installed twice');
  const sorted = [...editions].sort((a, b) => (a.effectiveFrom < b.effectiveFrom ? -1 : a.effectiveFrom > b.effectiveFrom ? 1 : 0));
  const coverage: EditionCoverage[] = sorted.map((edition, index) => {
    const next = sorted[index + 1];
    if (!next) return { edition, from: edition.effectiveFrom, to: null };
    const dayBeforeNext = addDays(next.effectiveFrom, -1);
    const to = edition.effectiveTo !== null && edition.effectiveTo < dayBeforeNext ? edition.effectiveTo : dayBeforeNext;
    return { edition, from: edition.effectiveFrom, to };
  });
  const judge = (date: LocalDate): EditionVerdict => {
    const covering = coverage.find((entry) => entry.from <= date && (entry.to === null || date <= entry.to));
    if (covering) return { ok: true, edition: covering.edition };
    const afterIndex = coverage.findIndex((entry) => date < entry.from);
    const after = coverage[afterIndex];
    const before = afterIndex > 0 ? coverage[afterIndex - 1] : null;
    const from = before?.to ? addDays(before.to, 1) : null;
    const to = addDays(after.from, -1);
    return { ok: false, gap: { from, to, before: before?.edition ?? null, after: after.edition, message: gapMessage(date, from, to, after.edition) } };
  };
  return Object.freeze({ editions: sorted, coverage, judge, isInstalled: (id: string) => ids.has(id) });
}

function gapMessage(date: LocalDate, from: LocalDate | null, to: LocalDate, after: StatuteEdition): Label {
  const day = formatLocalDate(date);
  const end = formatLocalDate(to);
  const start = from === null ? null : formatLocalDate(from);
  const law = after.lawNumber;
  return {
    en:
      `No installed statute edition covers ${day}: the installed editions leave ${start ? `${start}–${end}` : `every day up to ${end}`} uncovered ` +
      `(the law in force then is not installed); the next installed edition, Law No. ${law}, starts on ${formatLocalDate(after.effectiveFrom)}.`,
    ru:
      `Ни одна установленная редакция закона не действует на ${day}: период ${start ? `${start}–${end}` : `по ${end}`} не покрыт ` +
      `(действовавший тогда закон не установлен); следующая установленная редакция — Закон № ${law}, действует с ${formatLocalDate(after.effectiveFrom)}.`,
    kk:
      `${day} күніне орнатылған заң редакцияларының ешқайсысы қолданылмайды: ${start ? `${start}–${end}` : `${end} дейінгі`} кезең қамтылмаған ` +
      `(сол кезде қолданыста болған заң орнатылмаған); келесі орнатылған редакция — № ${law} Заң, ${formatLocalDate(after.effectiveFrom)} бастап қолданылады.`,
  };
}
