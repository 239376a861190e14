import { TermUnit } from '../terms';
import { ActType } from './act-type';
import { TextLanguage } from './act-text';

/**
 * The wording of each act's document, per act type and language: data an office may reword without
 * touching code (the renderer only lays it out). `{term}` in `termSentence` becomes the term in
 * figures and words ("10 (он) күнтізбелік күн"), `{article}` the term's article.
 */
export interface DocumentTemplate {
  /** The document's heading: the act's name as the law writes it. */
  readonly heading: string;
  /** The opening sentence, before the statement of facts. */
  readonly opening: string;
  /** The heading of the demands (the operative part). */
  readonly demandsHeading: string;
  /** What the addressee must do, and in what term; null when the act runs no term of its own. */
  readonly termSentence: string | null;
  /** The closing line before the signature (notice of liability, the right to complain). */
  readonly closing: string;
}

type Templates = Readonly<Record<ActType, Readonly<Record<TextLanguage, DocumentTemplate>>>>;

const LAW_KK = '«Прокуратура туралы» Қазақстан Республикасының 1995 жылғы 21 желтоқсандағы № 2709 Заңы';
const LAW_RU = 'Закон Республики Казахстан от 21 декабря 1995 года № 2709 «О Прокуратуре»';

export const DOCUMENT_TEMPLATES: Templates = {
  [ActType.PROTEST]: {
    kk: {
      heading: 'НАРАЗЫЛЫҚ',
      opening: 'Прокуратура заңдылықты тексеру барысында мынаны анықтады:',
      demandsHeading: 'ТАЛАП ЕТЕМІН:',
      termSentence: 'Наразылық {term} ішінде қаралуға тиіс; қаралатын күні туралы прокурорға хабарлау міндетті ({article}).',
      closing: 'Наразылықты қарау нәтижесі туралы прокурорға жазбаша хабарлаңыз.',
    },
    ru: {
      heading: 'ПРОТЕСТ',
      opening: 'Прокуратурой в ходе проверки законности установлено следующее:',
      demandsHeading: 'ТРЕБУЮ:',
      termSentence: 'Протест подлежит рассмотрению в течение {term}; о дне рассмотрения надлежит сообщить прокурору ({article}).',
      closing: 'О результатах рассмотрения протеста сообщите прокурору в письменной форме.',
    },
  },
  [ActType.RESOLUTION]: {
    kk: {
      heading: 'ҚАУЛЫ',
      opening: 'Прокурор материалдарды қарап, мынаны анықтады:',
      demandsHeading: 'ҚАУЛЫ ЕТЕМІН:',
      termSentence: 'Қаулы {term} ішінде міндетті түрде орындалуға тиіс ({article}).',
      closing: 'Қаулының орындалу нәтижелері туралы прокурорға дереу хабарланады (20-баптың 3-тармағы).',
    },
    ru: {
      heading: 'ПОСТАНОВЛЕНИЕ',
      opening: 'Прокурор, рассмотрев материалы, установил:',
      demandsHeading: 'ПОСТАНОВИЛ:',
      termSentence: 'Постановление подлежит обязательному исполнению в течение {term} ({article}).',
      closing: 'О результатах исполнения постановления незамедлительно сообщается прокурору (п. 3 ст. 20).',
    },
  },
  [ActType.SANCTION]: {
    kk: {
      heading: 'САНКЦИЯ',
      opening: 'Санкция сұрауға негіз болған материалдар зерделенді:',
      demandsHeading: 'ШЕШІМ:',
      termSentence: 'Санкция беру немесе одан бас тарту туралы шешім {term} ішінде қабылданады ({article}).',
      closing: 'Санкция лауазымды адамның қаулысына бұрыштама және қол қою арқылы ресімделеді (21-баптың 2-тармағы).',
    },
    ru: {
      heading: 'САНКЦИЯ',
      opening: 'Изучены материалы, послужившие основанием для испрашивания санкции:',
      demandsHeading: 'РЕШЕНИЕ:',
      termSentence: 'Решение о даче санкции или об отказе в ней принимается в течение {term} ({article}).',
      closing: 'Санкция оформляется наложением резолюции и подписи на постановлении должностного лица (п. 2 ст. 21).',
    },
  },
  [ActType.INSTRUCTION]: {
    kk: {
      heading: 'НҰСҚАУ',
      opening: 'Іс материалдарын зерделеу нәтижесінде мынаны анықтадым:',
      demandsHeading: 'НҰСҚАУ БЕРЕМІН:',
      termSentence: 'Нұсқау {term} ішінде орындалуға тиіс ({article}).',
      closing: 'Нұсқаудың орындалуы туралы прокурорға хабарлаңыз.',
    },
    ru: {
      heading: 'УКАЗАНИЕ',
      opening: 'В результате изучения материалов установлено:',
      demandsHeading: 'УКАЗЫВАЮ:',
      termSentence: 'Указание подлежит исполнению в течение {term} ({article}).',
      closing: 'Об исполнении указания сообщите прокурору.',
    },
  },
  [ActType.COURT_APPLICATION]: {
    kk: {
      heading: 'СОТҚА ӨТІНІШ',
      opening: 'Прокурор бұзылған құқықтарды қалпына келтіру және заңмен қорғалатын мүдделерді қорғау үшін сотқа жүгінеді:',
      demandsHeading: 'СОТТАН СҰРАЙМЫН:',
      termSentence: null,
      closing: 'Прокурордың өтінішіне мемлекеттік баж салынбайды (23-баптың 4-тармағы).',
    },
    ru: {
      heading: 'ЗАЯВЛЕНИЕ В СУД',
      opening: 'Прокурор обращается в суд в целях восстановления нарушенных прав и защиты охраняемых законом интересов:',
      demandsHeading: 'ПРОШУ СУД:',
      termSentence: null,
      closing: 'Заявление прокурора государственной пошлиной не облагается (п. 4 ст. 23).',
    },
  },
  [ActType.ORDER]: {
    kk: {
      heading: 'ЗАҢ БҰЗУШЫЛЫҚТЫ ЖОЮ ТУРАЛЫ ҰЙҒАРЫМ',
      opening: 'Тексеру барысында заңның ашық сипаттағы, елеулі зиян келтіруі мүмкін және дереу жойылмайтын бұзылуы анықталды:',
      demandsHeading: 'ЗАҢ БҰЗУШЫЛЫҚТЫ ЖОЮ ЖӨНІНДЕГІ ШАРАЛАР:',
      termSentence: 'Ұйғарым {term} ішінде міндетті түрде орындалуға тиіс ({article}).',
      closing: 'Ұйғарымның орындалуы туралы прокурорға дереу хабарланады. Шағым беру оның орындалуын тоқтата тұрмайды (24-бап).',
    },
    ru: {
      heading: 'ПРЕДПИСАНИЕ ОБ УСТРАНЕНИИ НАРУШЕНИЙ ЗАКОНА',
      opening: 'В ходе проверки выявлено явное нарушение закона, которое может причинить существенный вред и не устранено немедленно:',
      demandsHeading: 'МЕРЫ ПО УСТРАНЕНИЮ НАРУШЕНИЙ:',
      termSentence: 'Предписание подлежит обязательному исполнению в течение {term} ({article}).',
      closing: 'Об исполнении предписания незамедлительно сообщается прокурору. Обжалование не приостанавливает его исполнения (ст. 24).',
    },
  },
  [ActType.SUBMISSION]: {
    kk: {
      heading: 'ҰСЫНЫС',
      opening: 'Прокуратура мынаны анықтады:',
      demandsHeading: 'ҰСЫНАМЫН:',
      termSentence: 'Ұсыныс {term} ішінде, қабылданатын шаралармен бірге міндетті түрде қаралуға тиіс ({article}).',
      closing: 'Ұсынысты қарау орны мен уақыты туралы прокурорға кемінде үш күнтізбелік күн бұрын, қарау нәтижелері туралы үш жұмыс күні ішінде хабарлаңыз.',
    },
    ru: {
      heading: 'ПРЕДСТАВЛЕНИЕ',
      opening: 'Прокуратурой установлено следующее:',
      demandsHeading: 'ПРЕДЛАГАЮ:',
      termSentence: 'Представление подлежит обязательному рассмотрению с принятием мер в течение {term} ({article}).',
      closing: 'О месте и времени рассмотрения сообщите прокурору не позднее чем за три календарных дня, о результатах — в течение трёх рабочих дней.',
    },
  },
  [ActType.WARNING]: {
    kk: {
      heading: 'ЗАҢ БҰЗУШЫЛЫҚҚА ЖОЛ БЕРМЕУ ТУРАЛЫ АЛДЫН АЛА ЕСКЕРТУ',
      opening: 'Прокуратураға мынадай мәліметтер түсті:',
      demandsHeading: 'ЕСКЕРТЕМІН:',
      termSentence: null,
      closing: 'Заңды бұзған жағдайда Қазақстан Республикасының заңдарында көзделген жауаптылық туындайды.',
    },
    ru: {
      heading: 'ПРЕДОСТЕРЕЖЕНИЕ О НЕДОПУСТИМОСТИ НАРУШЕНИЯ ЗАКОНА',
      opening: 'В прокуратуру поступили следующие сведения:',
      demandsHeading: 'ПРЕДОСТЕРЕГАЮ:',
      termSentence: null,
      closing: 'В случае нарушения закона наступает ответственность, предусмотренная законами Республики Казахстан.',
    },
  },
  [ActType.APPEAL]: {
    kk: {
      heading: 'ҮНДЕУ',
      opening: 'Прокуратура мынаған назар аударады:',
      demandsHeading: 'ҮНДЕЙМІН:',
      termSentence: null,
      closing: 'Үндеу бұқаралық ақпарат құралдарында немесе өзге де тәсілмен жарияланады.',
    },
    ru: {
      heading: 'ОБРАЩЕНИЕ',
      opening: 'Прокуратура обращает внимание на следующее:',
      demandsHeading: 'ПРИЗЫВАЮ:',
      termSentence: null,
      closing: 'Обращение публикуется в средствах массовой информации или иным способом.',
    },
  },
  [ActType.EXPLANATION]: {
    kk: {
      heading: 'ЗАҢНАМАНЫ ТҮСІНДІРУ',
      opening: 'Прокуратура заңнаманың мынадай талаптарын түсіндіреді:',
      demandsHeading: 'ТҮСІНДІРЕМІН:',
      termSentence: null,
      closing: 'Түсіндірме заңнаманы бұзуға жол бермеу мақсатында беріледі.',
    },
    ru: {
      heading: 'РАЗЪЯСНЕНИЕ ЗАКОНОДАТЕЛЬСТВА',
      opening: 'Прокуратура разъясняет следующие требования законодательства:',
      demandsHeading: 'РАЗЪЯСНЯЮ:',
      termSentence: null,
      closing: 'Разъяснение дано в целях предупреждения нарушений законодательства.',
    },
  },
  // Law No. 155-VII (2022): art. 38 and art. 41.
  [ActType.PETITION]: {
    kk: {
      heading: 'ӨТІНІШХАТ',
      opening: 'Заңды күшіне енбеген сот актісі бойынша прокуратура мынаны анықтады:',
      demandsHeading: 'СҰРАЙМЫН:',
      termSentence: null,
      closing: 'Өтінішхат іс жүргізу заңнамасында белгіленген тәртіппен және мерзімде қаралады.',
    },
    ru: {
      heading: 'ХОДАТАЙСТВО',
      opening: 'По судебному акту, не вступившему в законную силу, прокуратура установила следующее:',
      demandsHeading: 'ПРОШУ:',
      termSentence: null,
      closing: 'Ходатайство рассматривается в порядке и сроки, установленные процессуальным законодательством.',
    },
  },
  [ActType.INADMISSIBILITY_EXPLANATION]: {
    kk: {
      heading: 'ЗАҢ БҰЗУШЫЛЫҚҚА ЖОЛ БЕРІЛМЕЙТІНІ ТУРАЛЫ ТҮСІНДІРМЕ',
      opening: 'Прокуратураға мынадай мәліметтер белгілі болды:',
      demandsHeading: 'ТҮСІНДІРЕМІН:',
      termSentence: null,
      closing: 'Заңды бұзған жағдайда Қазақстан Республикасының заңдарында көзделген жауаптылық туындайды.',
    },
    ru: {
      heading: 'РАЗЪЯСНЕНИЕ О НЕДОПУСТИМОСТИ НАРУШЕНИЙ ЗАКОНА',
      opening: 'Прокуратуре стали известны следующие сведения:',
      demandsHeading: 'РАЗЪЯСНЯЮ:',
      termSentence: null,
      closing: 'В случае нарушения закона наступает ответственность, предусмотренная законами Республики Казахстан.',
    },
  },
};

/** The fixed captions of every document, per language. */
export const DOCUMENT_CAPTIONS: Readonly<Record<TextLanguage, {
  readonly outgoing: string;
  readonly date: string;
  readonly addressee: string;
  readonly subject: string;
  readonly legalBasis: string;
  readonly law: string;
  readonly article: (article: string, paragraph?: string) => string;
  readonly dueDate: string;
  readonly dueFromReceipt: string;
  readonly signatory: string;
}>> = {
  kk: {
    outgoing: 'Шығыс №',
    date: 'Күні',
    addressee: 'Кімге',
    subject: 'Мәні',
    legalBasis: 'Құқықтық негіз',
    law: LAW_KK,
    article: (article, paragraph) => (paragraph ? `${article}-баптың ${paragraph}-тармағы` : `${article}-бап`),
    dueDate: 'Орындау (қарау) мерзімі',
    dueFromReceipt: 'мерзім адресат актіні алған күннен бастап есептеледі',
    signatory: 'Қол қойған',
  },
  ru: {
    outgoing: 'Исх. №',
    date: 'Дата',
    addressee: 'Кому',
    subject: 'О чём',
    legalBasis: 'Правовое основание',
    law: LAW_RU,
    article: (article, paragraph) => (paragraph ? `пункт ${paragraph} статьи ${article}` : `статья ${article}`),
    dueDate: 'Срок исполнения (рассмотрения)',
    dueFromReceipt: 'срок исчисляется со дня получения акта адресатом',
    signatory: 'Подписал',
  },
};

/** The signatory's position by role (policy: the system keeps no position titles of its own). */
export const SIGNATORY_POSITIONS: Readonly<Record<'PROSECUTOR' | 'SUPERVISOR', Readonly<Record<TextLanguage, string>>>> = {
  PROSECUTOR: { kk: 'Прокурор', ru: 'Прокурор' },
  SUPERVISOR: { kk: 'Прокуратура басшысы', ru: 'Руководитель прокуратуры' },
};

const MONTHS: Readonly<Record<TextLanguage, readonly string[]>> = {
  kk: ['қаңтар', 'ақпан', 'наурыз', 'сәуір', 'мамыр', 'маусым', 'шілде', 'тамыз', 'қыркүйек', 'қазан', 'қараша', 'желтоқсан'],
  ru: ['января', 'февраля', 'марта', 'апреля', 'мая', 'июня', 'июля', 'августа', 'сентября', 'октября', 'ноября', 'декабря'],
};

/** A local date (YYYY-MM-DD) in figures and words: '26.03.2026 (26 наурыз 2026 ж.)'. */
export function dateInFiguresAndWords(localDate: string, language: TextLanguage): string {
  const [year, month, day] = localDate.split('-');
  const words = language === 'kk' ? `${Number(day)} ${MONTHS.kk[Number(month) - 1]} ${year} ж.` : `${Number(day)} ${MONTHS.ru[Number(month) - 1]} ${year} г.`;
  return `${day}.${month}.${year} (${words})`;
}

const KK_ONES = ['', 'бір', 'екі', 'үш', 'төрт', 'бес', 'алты', 'жеті', 'сегіз', 'тоғыз'];
const KK_TENS = ['', 'он', 'жиырма', 'отыз', 'қырық', 'елу', 'алпыс', 'жетпіс', 'сексен', 'тоқсан'];
const RU_ONES = ['', 'один', 'два', 'три', 'четыре', 'пять', 'шесть', 'семь', 'восемь', 'девять'];
const RU_TEENS = ['десять', 'одиннадцать', 'двенадцать', 'тринадцать', 'четырнадцать', 'пятнадцать', 'шестнадцать', 'семнадцать', 'восемнадцать', 'девятнадцать'];
const RU_TENS = ['', '', 'двадцать', 'тридцать', 'сорок', 'пятьдесят', 'шестьдесят', 'семьдесят', 'восемьдесят', 'девяносто'];
const RU_HUNDREDS = ['', 'сто', 'двести', 'триста', 'четыреста', 'пятьсот', 'шестьсот', 'семьсот', 'восемьсот', 'девятьсот'];

/** A whole number from 1 to 999 in words. */
export function numberInWords(n: number, language: TextLanguage): string {
  if (!Number.isInteger(n) || n < 1 || n > 999) throw new RangeError(`${n} is not a whole number from 1 to 999`);
  const hundreds = Math.floor(n / 100);
  const tens = Math.floor((n % 100) / 10);
  const ones = n % 10;
  if (language === 'kk') {
    const hundred = hundreds === 0 ? '' : hundreds === 1 ? 'жүз' : `${KK_ONES[hundreds]} жүз`;
    return [hundred, KK_TENS[tens], KK_ONES[ones]].filter(Boolean).join(' ');
  }
  const below = tens === 1 ? RU_TEENS[ones] : [RU_TENS[tens], RU_ONES[ones]].filter(Boolean).join(' ');
  return [RU_HUNDREDS[hundreds], below].filter(Boolean).join(' ');
}

const KK_UNITS: Readonly<Record<TermUnit, string>> = { CALENDAR_DAY: 'күнтізбелік күн', WORKING_DAY: 'жұмыс күні', HOUR: 'сағат', MONTH: 'ай' };
const RU_UNITS: Readonly<Record<TermUnit, readonly [string, string, string]>> = {
  CALENDAR_DAY: ['календарного дня', 'календарных дней', 'календарных дней'],
  WORKING_DAY: ['рабочего дня', 'рабочих дней', 'рабочих дней'],
  HOUR: ['часа', 'часов', 'часов'],
  MONTH: ['месяца', 'месяцев', 'месяцев'],
};

/**
 * A term in figures and words, as the documents write it after "within": '10 (он) күнтізбелік
 * күн', '10 (десяти) календарных дней' is what an editor would write; we write the cardinal,
 * '10 (десять) календарных дней', which offices use as well.
 */
export function termInFiguresAndWords(count: number, unit: TermUnit, language: TextLanguage): string {
  if (language === 'kk') return `${count} (${numberInWords(count, 'kk')}) ${KK_UNITS[unit]}`;
  const lastTwo = count % 100;
  const last = count % 10;
  const form = last === 1 && lastTwo !== 11 ? 0 : 1;
  return `${count} (${numberInWords(count, 'ru')}) ${RU_UNITS[unit][form]}`;
}
