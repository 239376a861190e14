import { Citation, DeadlineKind } from '../shared';
import { KZ_2709_EDITION_ID } from './statute-edition';
import { TermRule } from './term-rule';

const edition = KZ_2709_EDITION_ID;
const art = (article: string, paragraph?: string): Citation =>
  paragraph === undefined ? { edition, article } : { edition, article, paragraph };

/** The default length of a POLICY clock ("immediately"): one working day, set by the office, not the law. */
export const DEFAULT_IMMEDIATELY_POLICY_WORKING_DAYS = 1;

/**
 * Term rules of Law No. 2709 ed. 28.12.2016, one per DeadlineKind. Paragraph numbers were checked
 * against the Kazakh text (shared/seeds/001_570ae633d781ed24.txt).
 */
export const KZ_2709_TERM_RULES: readonly TermRule[] = Object.freeze([
  {
    // 19.3: "күнтізбелік он күн ішінде … прокурор оны қараудың өзге де мерзімін белгілеуге құқылы,
    // бірақ бұл кемінде күнтізбелік он күн болуға тиіс".
    kind: DeadlineKind.PROTEST_CONSIDERATION,
    editionId: edition,
    unit: 'CALENDAR_DAY',
    count: 10,
    trigger: 'RECEIPT_BY_ADDRESSEE',
    direction: 'AFTER',
    roll: 'NEXT',
    cutOff: 'END_OF_LOCAL_DAY',
    setBy: { by: 'PROSECUTOR', required: false, min: { count: 10, citation: art('19', '3') }, max: null },
    runsAgainst: 'ADDRESSEE',
    citation: art('19', '3'),
    label: { kk: 'Наразылықты қарау', ru: 'Рассмотрение протеста', en: 'Consideration of the protest' },
    extension: null,
    policy: null,
  },
  {
    // 20.3: executed "заңмен белгiленген мерзiмде, ал мұндай мерзiм болмаған жағдайда, прокурор
    // белгiлеген мерзiмде". This law sets no term itself; a term set by another law is entered as
    // the prescribed count.
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
    citation: art('20', '3'),
    label: { kk: 'Қаулыны орындау', ru: 'Исполнение постановления', en: 'Execution of the resolution' },
    extension: null,
    policy: null,
  },
  {
    // 20.3: "Қаулының орындалу нәтижелері туралы прокурорға дереу хабарланады" — immediately: policy clock.
    kind: DeadlineKind.RESOLUTION_REPORT,
    editionId: edition,
    unit: 'WORKING_DAY',
    count: DEFAULT_IMMEDIATELY_POLICY_WORKING_DAYS,
    trigger: 'EXECUTION',
    direction: 'AFTER',
    roll: 'NONE',
    cutOff: 'END_OF_LOCAL_DAY',
    setBy: { by: 'POLICY' },
    runsAgainst: 'ADDRESSEE',
    citation: art('20', '3'),
    label: {
      kk: 'Қаулының орындалу нәтижелері туралы хабарлау',
      ru: 'Сообщение о результатах исполнения постановления',
      en: 'Report on the execution of the resolution',
    },
    extension: null,
    policy: null,
  },
  {
    // 5.4: "тексеру бiр ай мерзiмнiң iшiнде жүргiзiледi. Тексерiстi тағайындаған прокурор жоғары тұрған
    // прокурордың келісімiмен оны жүргiзу мерзiмiн ұзарта алады". (The resolution ordering the
    // inspection is 5.2 / 20.2; the month and its extension are both in para. 4 of this edition.)
    kind: DeadlineKind.INSPECTION_DURATION,
    editionId: edition,
    unit: 'MONTH',
    count: 1,
    trigger: 'INSPECTION_START',
    direction: 'AFTER',
    roll: 'NEXT',
    cutOff: 'END_OF_LOCAL_DAY',
    setBy: { by: 'STATUTE' },
    runsAgainst: 'PROSECUTOR',
    citation: art('5', '4'),
    label: { kk: 'Тексеріс жүргізу мерзімі', ru: 'Срок проведения проверки', en: 'Duration of the inspection' },
    extension: {
      citation: art('5', '4'),
      label: {
        kk: 'Жоғары тұрған прокурордың келісімімен ұзарту',
        ru: 'Продление с согласия вышестоящего прокурора',
        en: "Extension with the higher prosecutor's consent",
      },
    },
    policy: null,
  },
  {
    // 26-1.2: "прокурордың тиiстi қаулысын алған бойда оны орындауға дереу шаралар қолдануға мiндеттi".
    kind: DeadlineKind.COMPULSORY_EXECUTION,
    editionId: edition,
    unit: 'WORKING_DAY',
    count: DEFAULT_IMMEDIATELY_POLICY_WORKING_DAYS,
    trigger: 'RECEIPT_BY_ADDRESSEE',
    direction: 'AFTER',
    roll: 'NONE',
    cutOff: 'END_OF_LOCAL_DAY',
    setBy: { by: 'POLICY' },
    runsAgainst: 'ADDRESSEE',
    citation: art('26-1', '2'),
    label: {
      kk: 'Прокурордың талабын мәжбүрлеп орындату',
      ru: 'Принудительное исполнение требования прокурора',
      en: "Compulsory execution of the prosecutor's requirement",
    },
    extension: null,
    policy: null,
  },
  {
    // 26-1.3: "жиырма төрт сағат iшiнде iшкi iстер органдары орындайды" — exact hours, no roll.
    kind: DeadlineKind.BRING_BY_FORCE,
    editionId: edition,
    unit: 'HOUR',
    count: 24,
    trigger: 'RECEIPT_BY_ADDRESSEE',
    direction: 'AFTER',
    roll: 'NONE',
    cutOff: 'EXACT',
    setBy: { by: 'STATUTE' },
    runsAgainst: 'ADDRESSEE',
    citation: art('26-1', '3'),
    label: { kk: 'Жеткізу (күштеп әкелу)', ru: 'Привод', en: 'Bringing a person by force' },
    extension: null,
    policy: null,
  },
  {
    // 21.2: "материалдарды зерделегеннен кейiн жиырма төрт сағат iшiнде" — runs against the prosecutor,
    // from the moment the request with its materials arrives.
    kind: DeadlineKind.SANCTION_DECISION,
    editionId: edition,
    unit: 'HOUR',
    count: 24,
    trigger: 'SANCTION_REQUEST',
    direction: 'AFTER',
    roll: 'NONE',
    cutOff: 'EXACT',
    setBy: { by: 'STATUTE' },
    runsAgainst: 'PROSECUTOR',
    citation: art('21', '2'),
    label: { kk: 'Санкция беру не одан бас тарту', ru: 'Дача санкции или отказ в ней', en: 'Granting or refusing the sanction' },
    extension: null,
    policy: null,
  },
  {
    // Art. 22 gives no term; an instruction is binding (6.3) and the prosecutor may give it a term.
    // No term set → no clock.
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
    citation: art('22'),
    label: { kk: 'Нұсқауды орындау', ru: 'Исполнение указания', en: 'Execution of the instruction' },
    extension: null,
    policy: null,
  },
  {
    // 24.3: "Ұйғарым прокурор белгiлеген мерзiмде мiндеттi түрде орындалуға тиiс".
    kind: DeadlineKind.ORDER_EXECUTION,
    editionId: edition,
    unit: 'CALENDAR_DAY',
    count: null,
    trigger: 'RECEIPT_BY_ADDRESSEE',
    direction: 'AFTER',
    roll: 'NEXT',
    cutOff: 'END_OF_LOCAL_DAY',
    setBy: { by: 'PROSECUTOR', required: true, min: null, max: null },
    runsAgainst: 'ADDRESSEE',
    citation: art('24', '3'),
    label: { kk: 'Ұйғарымды орындау', ru: 'Исполнение предписания', en: 'Execution of the order' },
    extension: null,
    policy: null,
  },
  {
    // 24.3: "Ұйғарымның орындалуы туралы прокурорға дереу хабарланады" — immediately: policy clock.
    kind: DeadlineKind.ORDER_REPORT,
    editionId: edition,
    unit: 'WORKING_DAY',
    count: DEFAULT_IMMEDIATELY_POLICY_WORKING_DAYS,
    trigger: 'EXECUTION',
    direction: 'AFTER',
    roll: 'NONE',
    cutOff: 'END_OF_LOCAL_DAY',
    setBy: { by: 'POLICY' },
    runsAgainst: 'ADDRESSEE',
    citation: art('24', '3'),
    label: {
      kk: 'Ұйғарымның орындалуы туралы хабарлау',
      ru: 'Сообщение об исполнении предписания',
      en: 'Report on the execution of the order',
    },
    extension: null,
    policy: null,
  },
  {
    // 25.2: "прокурор белгілеген мерзімдерде, бірақ күнтізбелік отыз күннен кешіктірмей" — with no
    // term set, the outer limit of 30 calendar days is the term.
    kind: DeadlineKind.SUBMISSION_CONSIDERATION,
    editionId: edition,
    unit: 'CALENDAR_DAY',
    count: 30,
    trigger: 'RECEIPT_BY_ADDRESSEE',
    direction: 'AFTER',
    roll: 'NEXT',
    cutOff: 'END_OF_LOCAL_DAY',
    setBy: { by: 'PROSECUTOR', required: false, min: null, max: { count: 30, citation: art('25', '2') } },
    runsAgainst: 'ADDRESSEE',
    citation: art('25', '2'),
    label: { kk: 'Ұсынысты қарау', ru: 'Рассмотрение представления', en: 'Consideration of the submission' },
    extension: null,
    policy: null,
  },
  {
    // 25.2: "ұсыныс қаралатын күнге дейін күнтізбелік үш күннен кешіктірмей". Counted back from the
    // meeting day as a forward term is counted forward: the day of the meeting is not counted, the
    // three days before it are, and the notice must arrive by the end (24:00) of the third one —
    // meeting on the 20th → notice by 24:00 of the 17th. No roll (NONE): rolling forward (NEXT)
    // would leave the prosecutor fewer than the three days the law guarantees for preparing to
    // attend; rolling back (PREVIOUS) would demand more than the law does — a notice is not a
    // filing with an office that is closed on days off, it can arrive on any day.
    kind: DeadlineKind.SUBMISSION_MEETING_NOTICE,
    editionId: edition,
    unit: 'CALENDAR_DAY',
    count: 3,
    trigger: 'CONSIDERATION_MEETING',
    direction: 'BEFORE',
    roll: 'NONE',
    cutOff: 'END_OF_LOCAL_DAY',
    setBy: { by: 'STATUTE' },
    runsAgainst: 'ADDRESSEE',
    citation: art('25', '2'),
    label: {
      kk: 'Ұсынысты қарау орны мен уақыты туралы хабарлау',
      ru: 'Уведомление о месте и времени рассмотрения представления',
      en: 'Notice of the place and time of consideration',
    },
    extension: null,
    policy: null,
  },
  {
    // 25.2: "ұсыныс қаралған күннен бастап үш жұмыс күні ішінде прокуратураға хабарланады".
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
    citation: art('25', '2'),
    label: {
      kk: 'Ұсынысты қараудың нәтижелері туралы хабарлау',
      ru: 'Сообщение о результатах рассмотрения представления',
      en: 'Report on the results of considering the submission',
    },
    extension: null,
    policy: null,
  },
] satisfies TermRule[]);
