import { Citation, DeadlineKind, Label } from '../shared';
import { DEFAULT_IMMEDIATELY_POLICY_WORKING_DAYS } from './kz-2709-rules';
import { KZ_155_VII_EDITION_ID } from './statute-edition';
import { TermRule } from './term-rule';

const edition = KZ_155_VII_EDITION_ID;
const art = (article: string, paragraph?: string, subparagraph?: string): Citation => ({
  edition,
  article,
  ...(paragraph === undefined ? {} : { paragraph }),
  ...(subparagraph === undefined ? {} : { subparagraph }),
});

/** The law names no start event for this clock: we count from receipt by the addressee, as under the 1995 law. */
const FROM_RECEIPT_POLICY: Label = {
  en: 'policy: the law does not say from which event this term runs; it is counted from receipt by the addressee, as under Law No. 2709',
  ru: 'регламент: закон не указывает, с какого события течёт срок; он исчисляется со дня получения адресатом, как по Закону № 2709',
  kk: 'регламент: заң мерзімнің қай оқиғадан басталатынын көрсетпейді; ол № 2709 Заңдағыдай адресат алған күннен есептеледі',
};

/**
 * Term rules of Constitutional Law No. 155-VII (text of 12.07.2023), one per clock the law runs.
 * Checked against the Russian text (shared/seeds/002_Z2200000155_rus_ed-2023-07-12.txt) and
 * STATUTE-2022.md. Clocks of the 1995 law that 155-VII does not have — the sanction's 24 hours, the
 * "immediate" report of a resolution or an order, the 24 hours of bringing by force, compulsory
 * execution "immediately" — have no rule here, so no machine of this edition can start them.
 */
export const KZ_155_VII_TERM_RULES: readonly TermRule[] = Object.freeze([
  {
    // 33.3: "в течение десяти календарных дней. Прокурор вправе установить иной срок ..., но не
    // менее трех рабочих дней". The floor is in working days, the default in calendar days.
    kind: DeadlineKind.PROTEST_CONSIDERATION,
    editionId: edition,
    unit: 'CALENDAR_DAY',
    count: 10,
    trigger: 'RECEIPT_BY_ADDRESSEE',
    direction: 'AFTER',
    roll: 'NEXT',
    cutOff: 'END_OF_LOCAL_DAY',
    setBy: { by: 'PROSECUTOR', required: false, min: { count: 3, unit: 'WORKING_DAY', citation: art('33', '3') }, max: null },
    runsAgainst: 'ADDRESSEE',
    citation: art('33', '3'),
    label: { kk: 'Наразылықты қарау', ru: 'Рассмотрение протеста', en: 'Consideration of the protest' },
    extension: null,
    policy: FROM_RECEIPT_POLICY,
  },
  {
    // 33.3: "О результатах рассмотрения протеста незамедлительно сообщается прокурору в письменной
    // форме" — immediately: a policy clock from the decision, met by the written report.
    kind: DeadlineKind.PROTEST_RESULT_REPORT,
    editionId: edition,
    unit: 'WORKING_DAY',
    count: DEFAULT_IMMEDIATELY_POLICY_WORKING_DAYS,
    trigger: 'CONSIDERATION',
    direction: 'AFTER',
    roll: 'NONE',
    cutOff: 'END_OF_LOCAL_DAY',
    setBy: { by: 'POLICY' },
    runsAgainst: 'ADDRESSEE',
    citation: art('33', '3'),
    label: {
      kk: 'Наразылықты қарау нәтижелері туралы жазбаша хабарлау',
      ru: 'Письменное сообщение о результатах рассмотрения протеста',
      en: 'Written report on the result of considering the protest',
    },
    extension: null,
    policy: null,
  },
  {
    // 36.2: "в течение тридцати календарных дней, а в случаях, если могут наступить необратимые
    // последствия ... – в срок, установленный прокурором". The prosecutor's term needs the urgency
    // ground (guard SUBMISSION_TERM_ONLY_WHEN_URGENT); the law gives it no bounds.
    kind: DeadlineKind.SUBMISSION_CONSIDERATION,
    editionId: edition,
    unit: 'CALENDAR_DAY',
    count: 30,
    trigger: 'RECEIPT_BY_ADDRESSEE',
    direction: 'AFTER',
    roll: 'NEXT',
    cutOff: 'END_OF_LOCAL_DAY',
    setBy: { by: 'PROSECUTOR', required: false, min: null, max: null },
    runsAgainst: 'ADDRESSEE',
    citation: art('36', '2'),
    label: { kk: 'Ұсынысты қарау', ru: 'Рассмотрение представления', en: 'Consideration of the submission' },
    extension: null,
    policy: FROM_RECEIPT_POLICY,
  },
  {
    // 36.2: "не позднее трех рабочих дней до дня рассмотрения представления". Counted back from the
    // meeting day over working days: meeting on Monday → the notice is due by 24:00 of the
    // Wednesday before (Fri, Thu, Wed). No roll: the count lands on a working day.
    kind: DeadlineKind.SUBMISSION_MEETING_NOTICE,
    editionId: edition,
    unit: 'WORKING_DAY',
    count: 3,
    trigger: 'CONSIDERATION_MEETING',
    direction: 'BEFORE',
    roll: 'NONE',
    cutOff: 'END_OF_LOCAL_DAY',
    setBy: { by: 'STATUTE' },
    runsAgainst: 'ADDRESSEE',
    citation: art('36', '2'),
    label: {
      kk: 'Ұсынысты қарау уақыты мен орны туралы хабарлау',
      ru: 'Уведомление о времени и месте рассмотрения представления',
      en: 'Notice of the time and place of consideration',
    },
    extension: null,
    policy: {
      en: 'policy: the law does not say whether the day of the notice counts; the notice is due by 24:00 of the 3rd working day before the day of consideration',
      ru: 'регламент: закон не уточняет, засчитывается ли день уведомления; уведомление должно поступить до 24:00 третьего рабочего дня до дня рассмотрения',
      kk: 'регламент: заң хабарлама күнінің есептелетінін көрсетпейді; хабарлама қарау күніне дейінгі үшінші жұмыс күнінің 24:00-іне дейін келуге тиіс',
    },
  },
  {
    // 36.2: "в течение трех рабочих дней со дня рассмотрения представления".
    kind: DeadlineKind.SUBMISSION_RESULT_REPORT,
    editionId: edition,
    unit: 'WORKING_DAY',
    count: 3,
    trigger: 'CONSIDERATION',
    direction: 'AFTER',
    roll: 'NONE',
    cutOff: 'END_OF_LOCAL_DAY',
    setBy: { by: 'STATUTE' },
    runsAgainst: 'ADDRESSEE',
    citation: art('36', '2'),
    label: {
      kk: 'Ұсынысты қарау нәтижелері туралы хабарлау',
      ru: 'Сообщение о результатах рассмотрения представления',
      en: 'Report on the results of considering the submission',
    },
    extension: null,
    policy: null,
  },
  {
    // 37.2: "Постановление прокурора подлежит обязательному исполнению в установленные им сроки".
    kind: DeadlineKind.RESOLUTION_EXECUTION,
    editionId: edition,
    unit: 'CALENDAR_DAY',
    count: null,
    trigger: 'RECEIPT_BY_ADDRESSEE',
    direction: 'AFTER',
    roll: 'NEXT',
    cutOff: 'END_OF_LOCAL_DAY',
    setBy: { by: 'PROSECUTOR', required: true, min: null, max: null },
    runsAgainst: 'ADDRESSEE',
    citation: art('37', '2'),
    label: { kk: 'Қаулыны орындау', ru: 'Исполнение постановления', en: 'Execution of the resolution' },
    extension: null,
    policy: FROM_RECEIPT_POLICY,
  },
  {
    // 37.1(9): "о приостановлении акта или действия должностного и иного лица на срок не более трех
    // рабочих дней". The prosecutor sets the period (at most 3 working days); the clock runs against
    // the prosecutor: by its end the suspension must be over (ended, or replaced by another measure).
    kind: DeadlineKind.RESOLUTION_SUSPENSION_PERIOD,
    editionId: edition,
    unit: 'WORKING_DAY',
    count: null,
    trigger: 'RECEIPT_BY_ADDRESSEE',
    direction: 'AFTER',
    roll: 'NONE',
    cutOff: 'END_OF_LOCAL_DAY',
    setBy: { by: 'PROSECUTOR', required: true, min: null, max: { count: 3, citation: art('37', '1', '9') } },
    runsAgainst: 'PROSECUTOR',
    citation: art('37', '1', '9'),
    label: {
      kk: 'Актіні немесе әрекетті тоқтата тұру мерзімі',
      ru: 'Срок приостановления акта или действия',
      en: 'Period of suspension of the act or action',
    },
    extension: null,
    policy: {
      en: 'policy: the law does not say from when the suspension runs; it is counted from receipt by the addressee',
      ru: 'регламент: закон не указывает начало течения срока приостановления; он исчисляется со дня получения адресатом',
      kk: 'регламент: заң тоқтата тұру мерзімінің басталуын көрсетпейді; ол адресат алған күннен есептеледі',
    },
  },
  {
    // 18.4: "Проверка соблюдения законности проводится в течение не более тридцати рабочих дней ...
    // может быть продлен не более чем на тридцать рабочих дней"; paused and resumed ("исчисление
    // срока ... продолжается со дня ее возобновления").
    kind: DeadlineKind.INSPECTION_DURATION,
    editionId: edition,
    unit: 'WORKING_DAY',
    count: 30,
    trigger: 'INSPECTION_START',
    direction: 'AFTER',
    roll: 'NONE',
    cutOff: 'END_OF_LOCAL_DAY',
    setBy: { by: 'STATUTE' },
    runsAgainst: 'PROSECUTOR',
    citation: art('18', '4'),
    label: { kk: 'Заңдылықтың сақталуын тексеру мерзімі', ru: 'Срок проведения проверки соблюдения законности', en: 'Duration of the inspection of legality' },
    extension: {
      citation: art('18', '4'),
      label: {
        kk: 'Ерекше жағдайларда отыз жұмыс күнінен аспайтын мерзімге ұзарту',
        ru: 'Продление в исключительных случаях не более чем на тридцать рабочих дней',
        en: 'Extension in exceptional cases by at most thirty working days',
      },
      max: { count: 30, unit: 'WORKING_DAY', citation: art('18', '4') },
    },
    policy: {
      en: 'policy: art. 18.4 does not name who approves an extension; the office that ordered the inspection enters it',
      ru: 'регламент: ст. 18.4 не называет, кто продлевает проверку; продление вносит назначившая её прокуратура',
      kk: 'регламент: 18.4-бап тексерісті кім ұзартатынын атамайды; ұзартуды оны тағайындаған прокуратура енгізеді',
    },
  },
  {
    // 35.2: "Указания прокурора, данные в пределах его компетенции, обязательны для исполнения".
    // The law sets no term; a term the prosecutor writes into the instruction binds like the rest
    // of it. No term set → no clock.
    kind: DeadlineKind.INSTRUCTION_EXECUTION,
    editionId: edition,
    unit: 'CALENDAR_DAY',
    count: null,
    trigger: 'RECEIPT_BY_ADDRESSEE',
    direction: 'AFTER',
    roll: 'NEXT',
    cutOff: 'END_OF_LOCAL_DAY',
    setBy: { by: 'PROSECUTOR', required: false, min: null, max: null },
    runsAgainst: 'ADDRESSEE',
    citation: art('35', '2'),
    label: { kk: 'Нұсқауды орындау', ru: 'Исполнение указания', en: 'Execution of the instruction' },
    extension: null,
    policy: FROM_RECEIPT_POLICY,
  },
  {
    // 25.1: "рассматривается вышестоящим прокурором. Срок рассмотрения жалобы составляет двадцать
    // рабочих дней" — runs against the higher prosecutor, from the filing.
    kind: DeadlineKind.COMPLAINT_DECISION,
    editionId: edition,
    unit: 'WORKING_DAY',
    count: 20,
    trigger: 'COMPLAINT_FILING',
    direction: 'AFTER',
    roll: 'NONE',
    cutOff: 'END_OF_LOCAL_DAY',
    setBy: { by: 'STATUTE' },
    runsAgainst: 'PROSECUTOR',
    citation: art('25', '1'),
    label: { kk: 'Шағымды жоғары тұрған прокурордың қарауы', ru: 'Рассмотрение жалобы вышестоящим прокурором', en: "The higher prosecutor's decision on the complaint" },
    extension: null,
    policy: null,
  },
] satisfies TermRule[]);
