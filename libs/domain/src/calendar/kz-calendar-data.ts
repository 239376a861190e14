import { Label } from '../shared';
import { LocalDate } from '../time';
import { CalendarEntry, CalendarEntryStatus, HolidayEntry, TransferEntry } from './calendar-entry';
import { buildProductionCalendar } from './production-calendar';

/*
 * Kazakhstan production calendar seed, 2022–2027 (five-day week). The administrator's table is
 * seeded from this list and corrected there; the term functions only ever see a
 * ProductionCalendar built from entries.
 *
 * Checked against (see kz-calendar-data.spec.ts for the figures):
 * - Law "On holidays in the Republic of Kazakhstan" (holiday list, art. 5 days off and the rule
 *   that a weekend holiday's day off moves to the next working day; religious holidays excluded);
 * - the MLSPP production calendars / eGov holiday calendars as reported by the press for each
 *   year, and the npm package date-holidays (KZ), which has the holidays but not the transfers,
 *   and whose fixed "Saturday → Monday, Sunday → Tuesday" substitutes are wrong when the next
 *   day is itself a holiday (Nauryz 2026: it gives 23 and 24 March; the law gives 24 and 25);
 * - the Spiritual Administration of Muslims of Kazakhstan (ДУМК) calendars for Kurban ait.
 *
 * Constitution Day: 30 August up to 2025. The new Constitution adopted at the referendum of
 * 15.03.2026 (in force 01.07.2026) makes the day of its adoption, 15 March, Constitution Day
 * (art. 94.2); MLSPP announced on 18.03.2026 that 30 August 2026 is no longer a day off and that
 * 15 March is celebrated from 2027. So 2026 has neither date (the 31.08.2026 substitute day off in
 * the calendar published in December 2025 is gone), and date-holidays' 15 March 2026 is wrong.
 *
 * 2022: the Law "On holidays" was amended in the autumn of 2022 (the amending law's number and date
 * are not confirmed here): Republic Day, 25 October, became a national holiday again, and 1 December
 * (First President's Day) and 17 December (the second day of Independence Day) ceased to be
 * holidays — so 2022 already has 25.10 and neither 1.12 nor 17.12 (the press for December 2022:
 * only 16.12 was a day off). Government Decree of 06.10.2021 No. 713 "On the transfer of days of
 * rest in 2022" moved Sat 5 March → Mon 7 March and Sat 27 August → Mon 29 August (pm.kz); a decree
 * of October 2022 added Sat 22 October → Mon 24 October (press of 07–08.10.2022; its number and
 * exact date are not confirmed, and the entry's source says so). Figures: 245 working days were
 * published for 2022 under the Oct 2021 calendar (with 1.12, 16–17.12, without 25.10); the
 * amendments make it 246 (kz-calendar-data.spec.ts shows the arithmetic).
 * 2023: Government Decree of 25.04.2023 "On the transfer of a day of rest in 2023" moved Sat 1 July
 * → Fri 7 July (zakon.kz, forbes.kz 28.04.2023; the decree's number is not confirmed). The press
 * published 245 working days (inaktau.kz / inbusiness.kz, 28.12.2022) but also "12 days off in
 * January", which moves Christmas (a Saturday) although a religious holiday never moves; the months
 * otherwise agree with ours, 246 in all (kz-calendar-data.spec.ts).
 *
 * Transfers (Labour Code, art. 85.3; by Government decree until 2023, by ministerial order since 2024): 2024 — Sat 4 May worked,
 * Wed 8 May off; 2025 — Sun 5 January worked, Fri 3 January off; 2026 — none; 2027 — none adopted
 * when this file was written (November 2026), so none are listed: add them when the order is
 * published.
 */

const LAW_ON_HOLIDAYS: Label = {
  kk: '«Қазақстан Республикасындағы мерекелер туралы» 2001 жылғы 13 желтоқсандағы № 267-II Заң, 5-бап; Еңбек кодексі, 85-бап',
  ru: 'Закон РК от 13 декабря 2001 года № 267-II «О праздниках в Республике Казахстан», ст. 5; Трудовой кодекс РК, ст. 85',
  en: 'Law of the RK of 13.12.2001 No. 267-II "On holidays in the Republic of Kazakhstan", art. 5; Labour Code of the RK, art. 85',
};

const HOLIDAY_NAMES = {
  NEW_YEAR: { kk: 'Жаңа жыл', ru: 'Новый год', en: 'New Year' },
  ORTHODOX_CHRISTMAS: { kk: 'Православиелік Рождество', ru: 'Православное Рождество', en: 'Orthodox Christmas' },
  WOMENS_DAY: { kk: 'Халықаралық әйелдер күні', ru: 'Международный женский день', en: "International Women's Day" },
  CONSTITUTION_DAY: { kk: 'Конституция күні', ru: 'День Конституции', en: 'Constitution Day' },
  NAURYZ: { kk: 'Наурыз мейрамы', ru: 'Наурыз мейрамы', en: 'Nauryz' },
  UNITY_DAY: { kk: 'Қазақстан халқының бірлігі мерекесі', ru: 'Праздник единства народа Казахстана', en: 'Unity Day of the People of Kazakhstan' },
  DEFENDER_DAY: { kk: 'Отан қорғаушы күні', ru: 'День защитника Отечества', en: 'Defender of the Fatherland Day' },
  VICTORY_DAY: { kk: 'Жеңіс күні', ru: 'День Победы', en: 'Victory Day' },
  CAPITAL_DAY: { kk: 'Астана күні', ru: 'День столицы', en: 'Capital Day' },
  REPUBLIC_DAY: { kk: 'Республика күні', ru: 'День Республики', en: 'Republic Day' },
  INDEPENDENCE_DAY: { kk: 'Тәуелсіздік күні', ru: 'День Независимости', en: 'Independence Day' },
  KURBAN_AIT: { kk: 'Құрбан айттың бірінші күні', ru: 'Первый день Курбан айта', en: 'First day of Kurban ait' },
} satisfies Record<string, Label>;

type HolidayName = keyof typeof HOLIDAY_NAMES;

function holiday(
  date: LocalDate,
  name: HolidayName,
  extra: { religious?: boolean; status?: CalendarEntryStatus; source?: Label; suffix?: string } = {},
): HolidayEntry {
  return {
    id: `KZ-${date}-${name}${extra.suffix ?? ''}`,
    kind: 'HOLIDAY',
    date,
    label: HOLIDAY_NAMES[name],
    religious: extra.religious ?? false,
    source: extra.source ?? LAW_ON_HOLIDAYS,
    status: extra.status ?? 'ADOPTED',
  };
}

function kurbanAit(date: LocalDate, status: CalendarEntryStatus, determinedBy: Label): HolidayEntry {
  return holiday(date, 'KURBAN_AIT', {
    religious: true,
    status,
    source: {
      kk: `${LAW_ON_HOLIDAYS.kk}; күні: ${determinedBy.kk}`,
      ru: `${LAW_ON_HOLIDAYS.ru}; дата: ${determinedBy.ru}`,
      en: `${LAW_ON_HOLIDAYS.en}; date: ${determinedBy.en}`,
    },
  });
}

/** The holidays every year has on the same date (from 2022: Republic Day restored, 17 December dropped). */
function fixedDateHolidays(year: number): HolidayEntry[] {
  const d = (monthDay: string): LocalDate => `${year}-${monthDay}`;
  return [
    holiday(d('01-01'), 'NEW_YEAR', { suffix: '-1' }),
    holiday(d('01-02'), 'NEW_YEAR', { suffix: '-2' }),
    holiday(d('01-07'), 'ORTHODOX_CHRISTMAS', { religious: true }),
    holiday(d('03-08'), 'WOMENS_DAY'),
    holiday(d('03-21'), 'NAURYZ', { suffix: '-1' }),
    holiday(d('03-22'), 'NAURYZ', { suffix: '-2' }),
    holiday(d('03-23'), 'NAURYZ', { suffix: '-3' }),
    holiday(d('05-01'), 'UNITY_DAY'),
    holiday(d('05-07'), 'DEFENDER_DAY'),
    holiday(d('05-09'), 'VICTORY_DAY'),
    holiday(d('07-06'), 'CAPITAL_DAY'),
    holiday(d('10-25'), 'REPUBLIC_DAY'),
    holiday(d('12-16'), 'INDEPENDENCE_DAY'),
  ];
}

function transfer(id: string, dayOff: LocalDate, workingDay: LocalDate, source: Label): TransferEntry {
  return {
    id,
    kind: 'TRANSFER',
    dayOff,
    workingDay,
    label: {
      kk: `Демалыс күні ${workingDay.split('-').reverse().join('.')} күнінен ауыстырылды`,
      ru: `День отдыха перенесён с ${workingDay.split('-').reverse().join('.')}`,
      en: `Day off transferred from ${workingDay.split('-').reverse().join('.')}`,
    },
    source,
    status: 'ADOPTED',
  };
}

const DUMK: Label = {
  kk: 'Қазақстан мұсылмандары діни басқармасының күнтізбесі',
  ru: 'календарь Духовного управления мусульман Казахстана',
  en: 'calendar of the Spiritual Administration of Muslims of Kazakhstan',
};

/** Government decrees on transfers of days of rest in 2022 and 2023 (Labour Code, art. 85.3). */
const DECREE_713_OF_2021: Label = {
  kk: 'ҚР Үкіметінің 2021 жылғы 6 қазандағы № 713 «2022 жылы демалыс күндерін ауыстыру туралы» қаулысы',
  ru: 'Постановление Правительства РК от 6 октября 2021 года № 713 «О переносе дней отдыха в 2022 году»',
  en: 'Government Decree of 06.10.2021 No. 713 "On the transfer of days of rest in 2022"',
};

/** The 2022 law that made 25 October a holiday again; its number and date are not confirmed here. */
const HOLIDAYS_AMENDED_2022: Label = {
  kk: `${LAW_ON_HOLIDAYS.kk}, 2022 жылғы күзде енгізілген өзгерістермен (25 қазан — Республика күні; өзгерткен заңның нөмірі мен күні расталмаған)`,
  ru: `${LAW_ON_HOLIDAYS.ru}, с изменениями осени 2022 года (25 октября — День Республики; номер и дата изменяющего закона не подтверждены)`,
  en: `${LAW_ON_HOLIDAYS.en}, as amended in the autumn of 2022 (25 October, Republic Day; the amending law's number and date are not confirmed)`,
};

/** 2022: the fixed holidays, Republic Day with the source of its restoration. */
function holidays2022(): HolidayEntry[] {
  return fixedDateHolidays(2022).map((entry) => (entry.date === '2022-10-25' ? { ...entry, source: HOLIDAYS_AMENDED_2022 } : entry));
}

export const KZ_CALENDAR_ENTRIES: readonly CalendarEntry[] = Object.freeze([
  // 2022 — see the header: 25.10 a holiday, 1.12 and 17.12 no longer.
  ...holidays2022(),
  holiday('2022-08-30', 'CONSTITUTION_DAY'),
  kurbanAit('2022-07-09', 'ADOPTED', DUMK),
  transfer('KZ-2022-TRANSFER-03-05', '2022-03-07', '2022-03-05', DECREE_713_OF_2021),
  transfer('KZ-2022-TRANSFER-08-27', '2022-08-29', '2022-08-27', DECREE_713_OF_2021),
  transfer('KZ-2022-TRANSFER-10-22', '2022-10-24', '2022-10-22', {
    kk: 'ҚР Үкіметінің 2021 жылғы 6 қазандағы № 713 қаулысын толықтырған 2022 жылғы қазандағы қаулысы (нөмірі мен нақты күні расталмаған)',
    ru: 'Постановление Правительства РК (октябрь 2022 года), дополнившее постановление от 6 октября 2021 года № 713 (номер и точная дата не подтверждены)',
    en: 'Government Decree of October 2022 supplementing Decree No. 713 of 06.10.2021 (its number and exact date are not confirmed)',
  }),
  // 2023 — Kurban ait on a Wednesday; Sat 1 July worked for Fri 7 July.
  ...fixedDateHolidays(2023),
  holiday('2023-08-30', 'CONSTITUTION_DAY'),
  kurbanAit('2023-06-28', 'ADOPTED', DUMK),
  transfer('KZ-2023-TRANSFER-07-01', '2023-07-07', '2023-07-01', {
    kk: 'ҚР Үкіметінің 2023 жылғы 25 сәуірдегі «2023 жылы демалыс күнін ауыстыру туралы» қаулысы (нөмірі расталмаған)',
    ru: 'Постановление Правительства РК от 25 апреля 2023 года «О переносе дня отдыха в 2023 году» (номер не подтверждён)',
    en: 'Government Decree of 25.04.2023 "On the transfer of a day of rest in 2023" (its number is not confirmed)',
  }),
  // 2024
  ...fixedDateHolidays(2024),
  holiday('2024-08-30', 'CONSTITUTION_DAY'),
  kurbanAit('2024-06-16', 'ADOPTED', DUMK),
  transfer('KZ-2024-TRANSFER-05-04', '2024-05-08', '2024-05-04', {
    kk: 'ҚР Еңбек және халықты әлеуметтік қорғау министрі м.а. 2024 жылғы 17 сәуірдегі «2024 жылы демалыс күнін ауыстыру туралы» бұйрығы',
    ru: 'Приказ и.о. Министра труда и социальной защиты населения РК от 17 апреля 2024 года «О переносе дня отдыха в 2024 году»',
    en: 'Order of the acting Minister of Labour and Social Protection of the Population of 17.04.2024 "On transferring a day of rest in 2024"',
  }),
  // 2025
  ...fixedDateHolidays(2025),
  holiday('2025-08-30', 'CONSTITUTION_DAY'),
  kurbanAit('2025-06-06', 'ADOPTED', DUMK),
  transfer('KZ-2025-TRANSFER-01-05', '2025-01-03', '2025-01-05', {
    kk: 'ҚР Еңбек және халықты әлеуметтік қорғау министрінің «2025 жылы демалыс күнін ауыстыру туралы» бұйрығы (2024 жылғы желтоқсан)',
    ru: 'Приказ Министра труда и социальной защиты населения РК «О переносе дня отдыха в 2025 году» (декабрь 2024 года)',
    en: 'Order of the Minister of Labour and Social Protection of the Population "On transferring a day of rest in 2025" (December 2024)',
  }),
  // 2026 — no Constitution Day (see the header), no transfers.
  ...fixedDateHolidays(2026),
  kurbanAit('2026-05-27', 'ADOPTED', DUMK),
  // 2027 — Kurban ait is the astronomical estimate (10 Dhu al-Hijjah 1448) until ДУМК publishes its
  // 2027 calendar: DRAFT. It falls on a Sunday and, being religious, would not move anyway.
  ...fixedDateHolidays(2027),
  holiday('2027-03-15', 'CONSTITUTION_DAY', {
    source: {
      kk: 'ҚР Конституциясы (2026 жылғы 15 наурыздағы республикалық референдумда қабылданған), 94-бап 2-тармақ',
      ru: 'Конституция РК (принята на республиканском референдуме 15 марта 2026 года), ст. 94 п. 2',
      en: 'Constitution of the RK (adopted at the republican referendum of 15.03.2026), art. 94.2',
    },
  }),
  kurbanAit('2027-05-16', 'DRAFT', {
    kk: 'астрономиялық есеп (ҚМДБ күнтізбесі әлі жарияланбаған)',
    ru: 'астрономический расчёт (календарь ДУМК ещё не опубликован)',
    en: 'astronomical estimate (the ДУМК calendar is not yet published)',
  }),
] satisfies CalendarEntry[]);

/** The adopted seed as a calendar — what tests and the first start-up use before the table exists. */
export const KZ_PRODUCTION_CALENDAR = buildProductionCalendar(KZ_CALENDAR_ENTRIES, { fromYear: 2022, toYear: 2027 });
