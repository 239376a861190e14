import { Label } from '../shared';
import { ActEvent } from './act-event';
import { ActState } from './act-state';
import {
  ActType,
  AnonymousException,
  BringByForceExemption,
  ExplanationForm,
  InstructionSubject,
  ProtestTargetIssuer,
  ResolutionKind,
  SubmissionUrgencyGround,
  TargetKind,
} from './act-type';
import { ActorKind, ActorRole } from './actor';
import { LinkReason, ViolationCode } from './effect';
import { ActRefusalCode, CalendarRefusalCode, DomainRefusalCode, EditionRefusalCode, LedgerRefusalCode, TermRefusalCode } from '../shared';
import { RecordEvent } from './record-event';

// Kazakh names follow the law's own vocabulary (arts. 18–27 of Law No. 2709, Kazakh text). The
// Kazakh text of Law No. 155-VII (arts. 32–43) was not reached: the Kazakh names of its new acts,
// resolution kinds and vocabularies below are our translation, not the statute's wording
// (STATUTE-2022.md §1: not confirmed).

export const ACT_TYPE_LABELS: Readonly<Record<ActType, Label>> = {
  [ActType.PROTEST]: { kk: 'Наразылық', ru: 'Протест', en: 'Protest' },
  [ActType.RESOLUTION]: { kk: 'Қаулы', ru: 'Постановление', en: 'Resolution' },
  [ActType.SANCTION]: { kk: 'Санкция', ru: 'Санкция', en: 'Sanction (consent)' },
  [ActType.INSTRUCTION]: { kk: 'Нұсқау', ru: 'Указание', en: 'Instruction' },
  [ActType.COURT_APPLICATION]: { kk: 'Өтініш', ru: 'Заявление (иск) в суд', en: 'Application to court' },
  [ActType.ORDER]: { kk: 'Ұйғарым', ru: 'Предписание', en: 'Order to eliminate a violation' },
  [ActType.SUBMISSION]: { kk: 'Ұсыныс', ru: 'Представление', en: 'Submission' },
  [ActType.WARNING]: { kk: 'Алдын ала ескерту', ru: 'Предостережение', en: 'Warning' },
  [ActType.APPEAL]: { kk: 'Үндеу', ru: 'Обращение', en: 'Public appeal' },
  [ActType.EXPLANATION]: { kk: 'Заңға түсіндірме', ru: 'Разъяснение законодательства', en: 'Explanation of the law' },
  [ActType.PETITION]: { kk: 'Өтінішхат', ru: 'Ходатайство', en: 'Petition for review of a court act not in force' },
  [ActType.INADMISSIBILITY_EXPLANATION]: {
    kk: 'Заң бұзушылыққа жол берілмейтіні туралы түсіндірме',
    ru: 'Разъяснение о недопустимости нарушений закона',
    en: 'Explanation of the inadmissibility of breaking the law',
  },
};

export const RESOLUTION_KIND_LABELS: Readonly<Record<ResolutionKind, Label>> = {
  [ResolutionKind.OPEN_PROCEEDINGS]: {
    kk: 'Іс жүргізуді қозғау туралы қаулы',
    ru: 'Постановление о возбуждении производства',
    en: 'Resolution to open proceedings',
  },
  [ResolutionKind.INSPECTION]: {
    kk: 'Тексеріс жүргізу туралы қаулы',
    ru: 'Постановление о проведении проверки',
    en: 'Resolution to conduct an inspection',
  },
  [ResolutionKind.COMPULSORY_EXECUTION]: {
    kk: 'Прокурордың талабын мәжбүрлеп орындату туралы қаулы',
    ru: 'Постановление о принудительном исполнении требования прокурора',
    en: "Resolution on compulsory execution of the prosecutor's requirement",
  },
  [ResolutionKind.BRING_BY_FORCE]: {
    kk: 'Жеткізу (күштеп әкелу) туралы қаулы',
    ru: 'Постановление о приводе',
    en: 'Resolution to bring a person by force',
  },
  [ResolutionKind.SUSPENSION_OR_LIFTING_MEASURES]: {
    kk: 'Күшін тоқтата тұру, тыйым салу-шектеу шараларын жою туралы қаулы',
    ru: 'Постановление о приостановлении действия акта, снятии ограничительных мер',
    en: 'Resolution to suspend an act or lift restrictive measures',
  },
  [ResolutionKind.OTHER]: {
    kk: 'Заңда көзделген басқа да реттердегі қаулы',
    ru: 'Постановление в иных случаях, предусмотренных законом',
    en: 'Resolution in other cases set by law',
  },
  [ResolutionKind.PROCEDURAL]: {
    kk: 'Қылмыстық іс жүргізу және әкімшілік құқық бұзушылық туралы заңнамада көзделген реттердегі қаулы',
    ru: 'Постановление в случаях, предусмотренных уголовно-процессуальным законодательством и законодательством об административных правонарушениях',
    en: 'Resolution in cases under criminal-procedure and administrative-offence legislation',
  },
  [ResolutionKind.DISCIPLINARY_PROCEEDINGS]: {
    kk: 'Тәртіптік іс жүргізуді қозғау туралы қаулы',
    ru: 'Постановление о возбуждении дисциплинарного производства',
    en: 'Resolution to open disciplinary proceedings',
  },
  [ResolutionKind.OPERATIVE_SEARCH]: {
    kk: 'Жедел-іздестіру іс-шараларын жүргізу туралы қаулы',
    ru: 'Постановление о проведении оперативно-розыскных мероприятий',
    en: 'Resolution to conduct operative-search measures',
  },
  [ResolutionKind.OPERATIVE_SEARCH_TERMINATION]: {
    kk: 'Жедел-іздестіру іс-шараларын және жасырын тергеу әрекеттерін тоқтату туралы қаулы',
    ru: 'Постановление о прекращении оперативно-розыскных мероприятий и негласных следственных действий',
    en: 'Resolution to terminate operative-search measures and covert investigative actions',
  },
  [ResolutionKind.ACT_SUSPENSION]: {
    kk: 'Актінің қолданылуын тоқтата тұру туралы қаулы',
    ru: 'Постановление о приостановлении действия акта',
    en: 'Resolution to suspend the effect of an act',
  },
  [ResolutionKind.RESTRICTIVE_MEASURES_CANCELLATION]: {
    kk: 'Негізсіз тыйым салу немесе шектеу сипатындағы әрекеттер мен шараларды жою туралы қаулы',
    ru: 'Постановление об отмене необоснованных действий и мер запретительного либо ограничительного характера',
    en: 'Resolution to cancel unjustified prohibitive or restrictive actions and measures',
  },
  [ResolutionKind.PENAL_MEASURES_CANCELLATION]: {
    kk: 'Қылмыстық-атқару жүйесі органдарының тәртіптік жазалары мен көтермелеулерін жою туралы қаулы',
    ru: 'Постановление об отмене дисциплинарных взысканий и поощрений органов уголовно-исполнительной системы',
    en: 'Resolution to cancel disciplinary penalties and incentives of penal-system bodies',
  },
  [ResolutionKind.SHORT_SUSPENSION]: {
    kk: 'Лауазымды адамның актісін немесе әрекетін үш жұмыс күнінен аспайтын мерзімге тоқтата тұру туралы қаулы',
    ru: 'Постановление о приостановлении акта или действия должностного лица на срок не более трех рабочих дней',
    en: 'Resolution to suspend an act or action of an official for at most three working days',
  },
  [ResolutionKind.BAILIFF_ACTS_CANCELLATION]: {
    kk: 'Сот орындаушыларының заңсыз актілерін жою туралы қаулы',
    ru: 'Постановление об отмене незаконных актов судебных исполнителей',
    en: 'Resolution to cancel unlawful acts of court bailiffs',
  },
};

export const TARGET_KIND_LABELS: Readonly<Record<TargetKind, Label>> = {
  [TargetKind.LAW]: { kk: 'Заң', ru: 'Закон', en: 'Law' },
  [TargetKind.OTHER_NORMATIVE_LEGAL_ACT]: { kk: 'Өзге нормативтік құқықтық акт', ru: 'Иной нормативный правовой акт', en: 'Other normative legal act' },
  [TargetKind.NON_NORMATIVE_LEGAL_ACT]: { kk: 'Нормативтік емес құқықтық акт', ru: 'Ненормативный правовой акт', en: 'Non-normative legal act' },
  [TargetKind.DECISION_OR_ACTION]: { kk: 'Шешім немесе іс-әрекет', ru: 'Решение или действие', en: 'Decision or action' },
};

export const ACT_STATE_LABELS: Readonly<Record<ActState, Label>> = {
  [ActState.DRAFT]: { kk: 'Жоба', ru: 'Проект', en: 'Draft' },
  [ActState.ISSUED]: { kk: 'Қол қойылды', ru: 'Подписан', en: 'Issued' },
  [ActState.DELIVERED]: { kk: 'Адресатқа табыс етілді', ru: 'Вручён адресату', en: 'Delivered' },
  [ActState.CONSIDERATION_SCHEDULED]: { kk: 'Қарау күні белгіленді', ru: 'Назначено рассмотрение', en: 'Consideration scheduled' },
  [ActState.CONSIDERED]: {
    kk: 'Қаралды, нәтижелері туралы хабар күтілуде',
    ru: 'Рассмотрен, ожидается сообщение о результатах',
    en: 'Considered, results report due',
  },
  [ActState.OVERDUE]: { kk: 'Мерзімі өтіп кетті', ru: 'Срок пропущен', en: 'Overdue' },
  [ActState.SATISFIED]: { kk: 'Қанағаттандырылды', ru: 'Удовлетворён', en: 'Satisfied' },
  [ActState.PARTLY_SATISFIED]: { kk: 'Ішінара қанағаттандырылды', ru: 'Удовлетворён частично', en: 'Partly satisfied' },
  [ActState.REJECTED]: { kk: 'Қабылданбады', ru: 'Отклонён', en: 'Rejected' },
  [ActState.EXECUTED]: { kk: 'Орындалды', ru: 'Исполнен', en: 'Executed' },
  [ActState.UNDER_COMPULSORY_EXECUTION]: { kk: 'Мәжбүрлеп орындатылуда', ru: 'На принудительном исполнении', en: 'Under compulsory execution' },
  [ActState.REFERRED_TO_COURT]: { kk: 'Сотқа жіберілді', ru: 'Передан в суд', en: 'Referred to court' },
  [ActState.IN_PROGRESS]: { kk: 'Жүргізілуде', ru: 'Проводится', en: 'In progress' },
  [ActState.COMPLETED]: { kk: 'Аяқталды', ru: 'Завершена', en: 'Completed' },
  [ActState.PAUSED]: { kk: 'Тексеріс тоқтатыла тұрды', ru: 'Проверка приостановлена', en: 'Inspection suspended' },
  [ActState.UNDER_REVIEW]: { kk: 'Қаралуда', ru: 'На рассмотрении', en: 'Under review' },
  [ActState.GRANTED]: { kk: 'Санкция берілді', ru: 'Санкция дана', en: 'Granted' },
  [ActState.REFUSED]: { kk: 'Санкция беруден бас тартылды', ru: 'В санкции отказано', en: 'Refused' },
  [ActState.FILED]: { kk: 'Сотқа берілді', ru: 'Подано в суд', en: 'Filed with the court' },
  [ActState.PUBLISHED]: { kk: 'Жарияланды', ru: 'Опубликовано', en: 'Published' },
  [ActState.SUSPENDED]: { kk: 'Орындалуы тоқтатыла тұрды', ru: 'Исполнение приостановлено', en: 'Suspended' },
  [ActState.WITHDRAWN]: { kk: 'Шығарған прокурор кері қайтарып алды', ru: 'Отозван автором', en: 'Withdrawn by the author' },
  [ActState.CANCELLED]: { kk: 'Жоғары тұрған прокурор күшін жойды', ru: 'Отменён вышестоящим прокурором', en: 'Cancelled by the higher prosecutor' },
  [ActState.REVOKED]: { kk: 'Жоғары тұрған прокурор қайтарып алды', ru: 'Отозван вышестоящим прокурором', en: 'Revoked by the higher prosecutor' },
  [ActState.ANNULLED_BY_COURT]: { kk: 'Сот заңсыз деп таныды', ru: 'Признан судом незаконным', en: 'Annulled by a court' },
};

export const ACT_EVENT_LABELS: Readonly<Record<ActEvent, Label>> = {
  [ActEvent.ISSUE]: { kk: 'Қол қою', ru: 'Подписание', en: 'Issue (sign)' },
  [ActEvent.DELIVERY_CONFIRMED]: { kk: 'Адресаттың алғаны расталды', ru: 'Подтверждено получение адресатом', en: 'Delivery confirmed' },
  [ActEvent.CONSIDERATION_SCHEDULED]: { kk: 'Қарау күні туралы хабарланды', ru: 'Сообщено о дне рассмотрения', en: 'Consideration scheduled' },
  [ActEvent.CONSIDERATION_RESCHEDULED]: { kk: 'Қарау күні ауыстырылды', ru: 'Рассмотрение перенесено', en: 'Consideration rescheduled' },
  [ActEvent.CONSIDERATION_HELD]: { kk: 'Ұсыныс қаралды', ru: 'Представление рассмотрено', en: 'Consideration held' },
  [ActEvent.OUTCOME_SATISFIED]: { kk: 'Нәтиже: қанағаттандырылды', ru: 'Результат: удовлетворено', en: 'Outcome: satisfied' },
  [ActEvent.OUTCOME_PARTLY_SATISFIED]: {
    kk: 'Нәтиже: ішінара қанағаттандырылды',
    ru: 'Результат: удовлетворено частично',
    en: 'Outcome: partly satisfied',
  },
  [ActEvent.OUTCOME_REJECTED]: { kk: 'Нәтиже: қабылданбады', ru: 'Результат: отклонено', en: 'Outcome: rejected' },
  [ActEvent.EXECUTION_REPORTED]: { kk: 'Орындалғаны туралы хабарланды', ru: 'Сообщено об исполнении', en: 'Execution reported' },
  [ActEvent.TERM_MISSED]: { kk: 'Мерзім өтіп кетті', ru: 'Срок пропущен', en: 'Term missed' },
  [ActEvent.REFER_TO_COURT]: { kk: 'Сотқа өтініш беру', ru: 'Обращение в суд', en: 'Refer to court' },
  [ActEvent.COMPULSORY_EXECUTION_ORDERED]: {
    kk: 'Мәжбүрлеп орындату туралы қаулы шығарылды',
    ru: 'Вынесено постановление о принудительном исполнении',
    en: 'Compulsory execution ordered',
  },
  [ActEvent.PUBLICATION_RECORDED]: { kk: 'Жариялау тіркелді', ru: 'Публикация зарегистрирована', en: 'Publication recorded' },
  [ActEvent.WITHDRAW]: { kk: 'Кері қайтарып алу', ru: 'Отзыв автором', en: 'Withdraw' },
  [ActEvent.COMPLAINT_FILED]: { kk: 'Шағым берілді', ru: 'Подана жалоба', en: 'Complaint filed' },
  [ActEvent.SUSPENDED_BY_HIGHER_PROSECUTOR]: {
    kk: 'Жоғары тұрған прокурор орындалуын тоқтата тұрды',
    ru: 'Исполнение приостановлено вышестоящим прокурором',
    en: 'Suspended by the higher prosecutor',
  },
  [ActEvent.SUSPENDED_BY_COURT]: { kk: 'Сот орындалуын тоқтата тұрды', ru: 'Исполнение приостановлено судом', en: 'Suspended by the court' },
  [ActEvent.COMPLAINT_DISMISSED_BY_HIGHER_PROSECUTOR]: {
    kk: 'Жоғары тұрған прокурор шағымды қанағаттандырусыз қалдырды',
    ru: 'Жалоба оставлена вышестоящим прокурором без удовлетворения',
    en: 'Complaint dismissed by the higher prosecutor',
  },
  [ActEvent.COMPLAINT_DISMISSED_BY_COURT]: {
    kk: 'Сот шағымды қанағаттандырусыз қалдырды',
    ru: 'Жалоба оставлена судом без удовлетворения',
    en: 'Complaint dismissed by the court',
  },
  [ActEvent.COMPLAINT_UPHELD_BY_COURT]: { kk: 'Сот шағымды қанағаттандырды', ru: 'Жалоба удовлетворена судом', en: 'Complaint upheld by the court' },
  [ActEvent.CANCELLED_BY_HIGHER_PROSECUTOR]: {
    kk: 'Жоғары тұрған прокурор күшін жойды',
    ru: 'Отменён вышестоящим прокурором',
    en: 'Cancelled by the higher prosecutor',
  },
  [ActEvent.REVOKED_BY_HIGHER_PROSECUTOR]: {
    kk: 'Жоғары тұрған прокурор қайтарып алды',
    ru: 'Отозван вышестоящим прокурором',
    en: 'Revoked by the higher prosecutor',
  },
  [ActEvent.AMENDED_BY_HIGHER_PROSECUTOR]: { kk: 'Жоғары тұрған прокурор өзгертті', ru: 'Изменён вышестоящим прокурором', en: 'Amended by the higher prosecutor' },
  [ActEvent.INSPECTION_STARTED]: { kk: 'Тексеріс басталды', ru: 'Проверка начата', en: 'Inspection started' },
  [ActEvent.INSPECTION_EXTENDED]: { kk: 'Тексеріс мерзімі ұзартылды', ru: 'Срок проверки продлён', en: 'Inspection extended' },
  [ActEvent.INSPECTION_COMPLETED]: { kk: 'Тексеріс аяқталды', ru: 'Проверка завершена', en: 'Inspection completed' },
  [ActEvent.SANCTION_REQUESTED]: { kk: 'Санкция сұратылды', ru: 'Поступило ходатайство о санкции', en: 'Sanction requested' },
  [ActEvent.SANCTION_GRANTED]: { kk: 'Санкция берілді', ru: 'Санкция дана', en: 'Sanction granted' },
  [ActEvent.SANCTION_REFUSED]: { kk: 'Санкция беруден бас тартылды', ru: 'Отказано в санкции', en: 'Sanction refused' },
  [ActEvent.FILED_WITH_COURT]: { kk: 'Сотқа берілді', ru: 'Подано в суд', en: 'Filed with the court' },
  [ActEvent.INSPECTION_SUSPENDED]: { kk: 'Тексеріс тоқтатыла тұрды', ru: 'Проверка приостановлена', en: 'Inspection suspended' },
  [ActEvent.INSPECTION_RESUMED]: { kk: 'Тексеріс қайта басталды', ru: 'Проверка возобновлена', en: 'Inspection resumed' },
  [ActEvent.SUSPENSION_LIFTED_BY_HIGHER_PROSECUTOR]: {
    kk: 'Жоғары тұрған прокурор тоқтата тұруды алып тастады',
    ru: 'Приостановление снято вышестоящим прокурором',
    en: 'Suspension lifted by the higher prosecutor',
  },
  [ActEvent.SUSPENSION_ENDED]: { kk: 'Тоқтата тұру аяқталды', ru: 'Приостановление прекращено', en: 'Suspension ended' },
};

export const ACTOR_ROLE_LABELS: Readonly<Record<ActorRole, Label>> = {
  PROSECUTOR: { kk: 'Прокурор', ru: 'Прокурор', en: 'Prosecutor' },
  SUPERVISOR: {
    kk: 'Прокуратура басшысы (орынбасары)',
    ru: 'Руководитель прокуратуры (заместитель)',
    en: 'Supervisor (head or deputy of an office)',
  },
  ADMINISTRATOR: { kk: 'Әкімші', ru: 'Администратор', en: 'Administrator' },
  SYSTEM: { kk: 'Жүйе (мерзімдер механизмі)', ru: 'Система (механизм сроков)', en: 'System (deadline engine)' },
  INTEGRATION: { kk: 'Сыртқы жүйемен интеграция', ru: 'Интеграция с внешней системой', en: 'Integration' },
};

export const ACTOR_KIND_LABELS: Readonly<Record<ActorKind, Label>> = {
  AUTHOR: { kk: 'Актіні шығарған прокуратура', ru: 'Прокуратура, издавшая акт', en: "The act's office" },
  ADDRESSEE_REPORT: {
    kk: 'Адресаттың әрекеті (прокуратура енгізеді)',
    ru: 'Действие адресата (вносит прокуратура)',
    en: "The addressee's action, entered by the act's office",
  },
  HEAD_OF_OFFICE: {
    kk: 'Актіні шығарған прокуратураның басшысы (орынбасары)',
    ru: 'Руководитель прокуратуры, издавшей акт (заместитель)',
    en: "The head (or a deputy) of the act's office",
  },
  HIGHER_SUPERVISOR: { kk: 'Жоғары тұрған прокурор', ru: 'Вышестоящий прокурор', en: 'The higher prosecutor' },
  COURT_OUTCOME: {
    kk: 'Сот шешімі (прокуратура енгізеді)',
    ru: 'Решение суда (вносит прокуратура)',
    en: "A court's decision, entered by the act's office",
  },
  SYSTEM: { kk: 'Жүйе (мерзімдер механизмі)', ru: 'Система (механизм сроков)', en: 'System (deadline engine)' },
};

export const ACT_REFUSAL_CODE_LABELS: Readonly<Record<ActRefusalCode, Label>> = {
  [ActRefusalCode.EVENT_NOT_ALLOWED_IN_STATE]: {
    kk: 'Бұл әрекет актінің қазіргі күйінде жасалмайды',
    ru: 'Действие недопустимо в текущем состоянии акта',
    en: 'Event not allowed in the current state',
  },
  [ActRefusalCode.ACTOR_NOT_ALLOWED]: { kk: 'Бұл рөл бұл әрекетті жасай алмайды', ru: 'Эта роль не может совершить действие', en: 'This role may not fire the event' },
  [ActRefusalCode.NOT_ACT_OFFICE]: {
    kk: 'Актіні шығарған прокуратураның прокуроры емес',
    ru: 'Не прокурор прокуратуры, издавшей акт',
    en: "Not a prosecutor of the act's office",
  },
  [ActRefusalCode.NOT_HIGHER_PROSECUTOR]: { kk: 'Жоғары тұрған прокурор емес', ru: 'Не вышестоящий прокурор', en: 'Not the higher prosecutor' },
  [ActRefusalCode.INVALID_PAYLOAD]: { kk: 'Деректер қате толтырылған', ru: 'Данные заполнены неверно', en: 'Invalid event data' },
  [ActRefusalCode.ANONYMOUS_APPLICATION]: { kk: 'Қол қойылмаған арыз тексерілмейді', ru: 'Анонимное заявление не проверяется', en: 'Anonymous application' },
  [ActRefusalCode.PROTEST_CANNOT_SUSPEND_LAW]: {
    kk: 'Заңға наразылық оның қолданылуын тоқтатпайды',
    ru: 'Протест на закон не приостанавливает его действие',
    en: 'A protest does not suspend a law',
  },
  [ActRefusalCode.ORDER_AGAINST_NORMATIVE_ACT]: {
    kk: 'Ұйғарымды нормативтік құқықтық актіге енгізуге болмайды',
    ru: 'Предписание не вносится на нормативный правовой акт',
    en: 'Order against a normative legal act',
  },
  [ActRefusalCode.ORDER_GROUNDS_NOT_MET]: { kk: 'Ұйғарым енгізуге негіз жоқ', ru: 'Нет оснований для внесения предписания', en: 'Grounds for an order not met' },
  [ActRefusalCode.ORDER_CONTENT_INCOMPLETE]: { kk: 'Ұйғарымның мазмұны толық емес', ru: 'Содержание предписания неполное', en: 'Order content incomplete' },
  [ActRefusalCode.NO_PENDING_COMPLAINT]: { kk: 'Шешілмеген шағым жоқ', ru: 'Нет неразрешённой жалобы', en: 'No pending complaint' },
  [ActRefusalCode.COMPULSORY_EXECUTION_OF_PROPERTY_DEPRIVATION]: {
    kk: 'Мүлкінен мәжбүрлеп айыруды көздейтін талаптар мәжбүрлеп орындатылмайды',
    ru: 'Требования об изъятии имущества не исполняются принудительно',
    en: 'Property deprivation is not compulsorily executed',
  },
  [ActRefusalCode.BRING_BY_FORCE_WITHOUT_REFUSAL_TO_APPEAR]: {
    kk: 'Адам келуден бас тартпаған',
    ru: 'Лицо не отказывалось от явки',
    en: 'The person did not refuse to appear',
  },
  [ActRefusalCode.ELECTRONIC_SIGNATURE_NOT_PERMITTED]: {
    kk: 'Электрондық цифрлық қолтаңбаға жол берілмейді',
    ru: 'Электронная цифровая подпись не допускается',
    en: 'Electronic signature not permitted',
  },
  [ActRefusalCode.TERM_MISSED_WRONG_DEADLINE]: {
    kk: 'Бұл мерзімнің өтуі актінің мерзімін аяқтамайды',
    ru: 'Пропуск этого срока не завершает срок акта',
    en: "This deadline does not end the act's term",
  },
  [ActRefusalCode.ACT_TEXT_MISSING]: { kk: 'Актінің мәтіні жоқ', ru: 'У акта нет текста', en: 'The act has no text' },
  [ActRefusalCode.ACT_TEXT_INCOMPLETE]: {
    kk: 'Акт мәтінінде заң талап ететін бөлік жоқ',
    ru: 'В тексте акта нет части, которую требует закон',
    en: 'The act’s text lacks a required part',
  },
  [ActRefusalCode.DOCUMENT_NOT_SIGNED]: {
    kk: 'Акт құжатына қол қойылмаған',
    ru: 'Документ акта не подписан',
    en: 'The act’s document is not signed',
  },
  [ActRefusalCode.EVENT_BEFORE_PRIOR_STATE]: {
    kk: 'Оқиға уақыты актінің алдыңғы күйінен ерте (қызметтік ереже)',
    ru: 'Время события раньше предыдущего состояния акта (правило ведомства)',
    en: 'The event is dated before the state it follows (office policy)',
  },
  [ActRefusalCode.ACT_TYPE_NOT_IN_EDITION]: {
    kk: 'Заңның бұл редакциясында мұндай акт жоқ',
    ru: 'В этой редакции закона нет такого акта',
    en: 'No such act in this edition of the law',
  },
  [ActRefusalCode.NOT_HEAD_OF_OFFICE]: { kk: 'Прокуратура басшысы емес', ru: 'Не руководитель прокуратуры', en: 'Not the head of the office' },
  [ActRefusalCode.PROTEST_TARGET_NOT_PROTESTABLE]: {
    kk: 'Бұл актіге наразылық келтірілмейді',
    ru: 'Этот акт не подлежит опротестованию',
    en: 'This act is not protested',
  },
  [ActRefusalCode.PROTEST_SUSPENSION_RESERVED]: {
    kk: 'Наразылық келтірілген актіні тек басшы тоқтата тұрады',
    ru: 'Приостановить опротестованный акт вправе только руководитель',
    en: 'Only the head suspends the protested act',
  },
  [ActRefusalCode.SUBMISSION_TERM_WITHOUT_URGENCY]: {
    kk: 'Ұсыныстың мерзімін прокурор тек кезек күттірмейтін негізде белгілейді',
    ru: 'Срок представления прокурор устанавливает только при безотлагательном основании',
    en: 'A submission term needs the urgency ground',
  },
  [ActRefusalCode.SANCTION_REFUSAL_WITHOUT_REASONS]: {
    kk: 'Санкция беруден бас тартудың себептері көрсетілмеген',
    ru: 'Не указаны причины отказа в санкции',
    en: 'Refusal of a sanction without reasons',
  },
  [ActRefusalCode.INSTRUCTION_SUBJECT_MISSING]: { kk: 'Нұсқаудың мәселесі көрсетілмеген', ru: 'Не указан предмет указания', en: 'Instruction subject missing' },
  [ActRefusalCode.INSPECTION_NOT_REGISTERED]: { kk: 'Тексеріс тіркелмеген', ru: 'Проверка не зарегистрирована', en: 'Inspection not registered' },
  [ActRefusalCode.COMPLAINT_FILING_TERM_EXPIRED]: {
    kk: 'Шағым беру мерзімі өтіп кеткен',
    ru: 'Срок подачи жалобы истёк',
    en: 'Complaint filing term expired',
  },
  [ActRefusalCode.BRING_BY_FORCE_AT_NIGHT]: { kk: 'Түнгі уақытта күштеп әкелуге болмайды', ru: 'Привод в ночное время не допускается', en: 'No bringing by force at night' },
  [ActRefusalCode.BRING_BY_FORCE_EXEMPT_PERSON]: {
    kk: 'Бұл адамды күштеп әкелуге болмайды',
    ru: 'Это лицо не подлежит приводу',
    en: 'This person is not brought by force',
  },
};

export const PROTEST_TARGET_ISSUER_LABELS: Readonly<Record<ProtestTargetIssuer, Label>> = {
  [ProtestTargetIssuer.OTHER]: { kk: 'Өзге орган немесе лауазымды адам', ru: 'Иной орган или должностное лицо', en: 'Another body or official' },
  [ProtestTargetIssuer.PRESIDENT]: { kk: 'Республика Президенті', ru: 'Президент Республики', en: 'The President of the Republic' },
  [ProtestTargetIssuer.PRESIDENTIAL_ADMINISTRATION]: { kk: 'Президент Әкімшілігі', ru: 'Администрация Президента', en: 'The Presidential Administration' },
  [ProtestTargetIssuer.CONSTITUTIONAL_COURT]: { kk: 'Конституциялық Сот', ru: 'Конституционный Суд', en: 'The Constitutional Court' },
  [ProtestTargetIssuer.SUPREME_AUDIT_CHAMBER_AUDIT_RESULT]: {
    kk: 'Жоғары аудиторлық палата (тексеру нәтижелері бойынша)',
    ru: 'Высшая аудиторская палата (по итогам проверок)',
    en: 'The Supreme Audit Chamber (on the results of its audits)',
  },
};

export const ANONYMOUS_EXCEPTION_LABELS: Readonly<Record<AnonymousException, Label>> = {
  [AnonymousException.CRIME_REPORT]: {
    kk: 'Дайындалып жатқан немесе жасалған қылмыстық құқық бұзушылық туралы мәліметтер',
    ru: 'Сведения о готовящихся или совершённых уголовных правонарушениях',
    en: 'A report of a criminal offence being prepared or committed',
  },
  [AnonymousException.NATIONAL_SECURITY_THREAT]: {
    kk: 'Ұлттық, оның ішінде қоғамдық қауіпсіздікке төнген қатер туралы мәліметтер',
    ru: 'Сведения об угрозе национальной, в том числе общественной, безопасности',
    en: 'A report of a threat to national (including public) security',
  },
};

export const INSTRUCTION_SUBJECT_LABELS: Readonly<Record<InstructionSubject, Label>> = {
  [InstructionSubject.PRE_TRIAL_INVESTIGATION]: { kk: 'Сотқа дейінгі тергеп-тексеру', ru: 'Досудебное расследование', en: 'Pre-trial investigation' },
  [InstructionSubject.OPERATIVE_SEARCH_AND_COVERT_ACTIONS]: {
    kk: 'Жедел-іздестіру қызметі және жасырын тергеу әрекеттері',
    ru: 'Оперативно-розыскная деятельность и негласные следственные действия',
    en: 'Operative-search activity and covert investigative actions',
  },
  [InstructionSubject.ADMINISTRATIVE_OFFENCE_ADDITIONAL_CHECK]: {
    kk: 'Әкімшілік құқық бұзушылық туралы іс бойынша қосымша тексеру',
    ru: 'Дополнительная проверка по делу об административном правонарушении',
    en: 'Additional check in an administrative-offence case',
  },
  [InstructionSubject.ENFORCEMENT_PROCEEDINGS]: { kk: 'Атқарушылық іс жүргізу', ru: 'Исполнительное производство', en: 'Enforcement proceedings' },
  [InstructionSubject.EXECUTION_OF_PUNISHMENTS]: { kk: 'Жазалардың орындалуы', ru: 'Исполнение наказаний', en: 'Execution of punishments' },
  [InstructionSubject.INSPECTIONS_AT_PROSECUTORS_DEMAND]: {
    kk: 'Прокуратураның талабы бойынша жүргізілетін тексерулер',
    ru: 'Проверки, проводимые по требованию прокуратуры',
    en: "Inspections held at the prosecutor's demand",
  },
  [InstructionSubject.LEGAL_STATISTICS_AND_SPECIAL_RECORDS]: {
    kk: 'Мемлекеттік құқықтық статистика және арнайы есепке алу',
    ru: 'Государственная правовая статистика и специальные учёты',
    en: 'State legal statistics and special records',
  },
  [InstructionSubject.OTHER_SET_BY_LAW]: { kk: 'Заңда белгіленген өзге мәселелер', ru: 'Иные вопросы, установленные законами', en: 'Other matters set by law' },
};

export const SUBMISSION_URGENCY_GROUND_LABELS: Readonly<Record<SubmissionUrgencyGround, Label>> = {
  [SubmissionUrgencyGround.LIFE_OR_HEALTH]: {
    kk: 'Адамның өмірі мен денсаулығы үшін қайтымсыз салдар',
    ru: 'Необратимые последствия для жизни и здоровья человека',
    en: 'Irreversible consequences for human life and health',
  },
  [SubmissionUrgencyGround.STATE_SECURITY]: {
    kk: 'Мемлекет қауіпсіздігі үшін қайтымсыз салдар',
    ru: 'Необратимые последствия для безопасности государства',
    en: 'Irreversible consequences for the security of the state',
  },
};

export const BRING_BY_FORCE_EXEMPTION_LABELS: Readonly<Record<BringByForceExemption, Label>> = {
  [BringByForceExemption.NONE]: { kk: 'Жоқ', ru: 'Нет', en: 'None' },
  [BringByForceExemption.CHILD_UNDER_14]: { kk: 'Он төрт жасқа толмаған бала', ru: 'Ребёнок до четырнадцати лет', en: 'A child under fourteen' },
  [BringByForceExemption.MINOR_WITHOUT_NOTICE_TO_REPRESENTATIVE]: {
    kk: 'Заңды өкіліне хабарланбаған кәмелетке толмаған адам',
    ru: 'Несовершеннолетний без уведомления законного представителя',
    en: 'A minor whose legal representative was not notified',
  },
  [BringByForceExemption.PREGNANT_WOMAN]: { kk: 'Жүкті әйел', ru: 'Беременная женщина', en: 'A pregnant woman' },
  [BringByForceExemption.HEALTH_PREVENTS_LEAVING]: {
    kk: 'Денсаулығы (дәрігер растаған) тұрған жерінен кетуге мүмкіндік бермейтін адам',
    ru: 'Лицо, которому состояние здоровья (удостоверенное врачом) не позволяет покинуть место пребывания',
    en: 'A person whose health, certified by a doctor, prevents leaving',
  },
};

export const EXPLANATION_FORM_LABELS: Readonly<Record<ExplanationForm, Label>> = {
  [ExplanationForm.WRITTEN]: { kk: 'Жазбаша', ru: 'Письменно', en: 'In writing' },
  [ExplanationForm.ORAL]: { kk: 'Ауызша', ru: 'Устно', en: 'Orally' },
};

export const VIOLATION_CODE_LABELS: Readonly<Record<ViolationCode, Label>> = {
  CONSIDERATION_NOT_NOTIFIED: { kk: 'Қарау күні туралы хабарланбады', ru: 'Не сообщено о дне рассмотрения', en: 'Day of consideration not notified' },
  MEETING_NOTICE_LATE: {
    kk: 'Қарау орны мен уақыты туралы кеш хабарланды',
    ru: 'Несвоевременное уведомление о месте и времени рассмотрения',
    en: 'Late notice of the place and time of consideration',
  },
};

export const LINK_REASON_LABELS: Readonly<Record<LinkReason, Label>> = {
  ACT_REJECTED: { kk: 'Акт қабылданбады', ru: 'Акт отклонён', en: 'Act rejected' },
  TERM_MISSED: { kk: 'Белгіленген мерзімде қаралмады', ru: 'Не рассмотрен в установленный срок', en: 'Not considered in time' },
  NOT_EXECUTED_VOLUNTARILY: { kk: 'Өз еркімен орындалмады', ru: 'Не исполнен добровольно', en: 'Not executed voluntarily' },
};

export const RECORD_EVENT_LABELS: Readonly<Record<RecordEvent, Label>> = {
  FILED: { kk: 'Акт тіркелді', ru: 'Акт зарегистрирован', en: 'Act filed' },
  DRAFT_REVISED: { kk: 'Жоба түзетілді', ru: 'Проект исправлен', en: 'Draft corrected' },
  RESPONSIBLE_CHANGED: { kk: 'Жауапты прокурор ауыстырылды', ru: 'Сменён ответственный прокурор', en: 'Responsible prosecutor changed' },
  DOCUMENT_SIGNED: { kk: 'Құжатқа ЭЦҚ қойылды', ru: 'Документ подписан ЭЦП', en: 'Document e-signed' },
};

/** Every refusal code of the domain — the machines', the prescribed-term check's and the deadline ledger's — labelled. */
export const DOMAIN_REFUSAL_CODE_LABELS: Readonly<Record<DomainRefusalCode, Label>> = {
  ...ACT_REFUSAL_CODE_LABELS,
  [TermRefusalCode.BELOW_STATUTORY_MINIMUM]: { kk: 'Мерзім заңда белгіленгеннен қысқа', ru: 'Срок меньше установленного законом', en: 'The term is shorter than the law allows' },
  [TermRefusalCode.ABOVE_STATUTORY_MAXIMUM]: { kk: 'Мерзім заңда белгіленгеннен ұзақ', ru: 'Срок больше установленного законом', en: 'The term is longer than the law allows' },
  [TermRefusalCode.REQUIRED]: { kk: 'Актіде мерзім белгіленуі тиіс', ru: 'В акте должен быть установлен срок', en: 'The act must set a term' },
  [TermRefusalCode.NOT_PRESCRIBABLE]: { kk: 'Бұл мерзімді заң белгілейді, оны өзгертуге болмайды', ru: 'Этот срок установлен законом и не может быть изменён', en: 'The law fixes this term; it cannot be set' },
  [TermRefusalCode.NOT_A_POSITIVE_WHOLE_NUMBER]: { kk: 'Мерзім оң бүтін сан болуы тиіс', ru: 'Срок должен быть целым положительным числом', en: 'The term must be a positive whole number' },
  [TermRefusalCode.UNKNOWN_RULE]: { kk: 'Бұл мерзімді есептеу ережесі жоқ', ru: 'Для этого срока нет правила исчисления', en: 'There is no rule for counting this term' },
  [LedgerRefusalCode.NOT_RUNNING]: { kk: 'Мерзім өтіп жатқан жоқ', ru: 'Срок не течёт', en: 'The deadline is not running' },
  [LedgerRefusalCode.NOT_PAUSED]: { kk: 'Мерзімнің өтуі тоқтатылмаған', ru: 'Течение срока не приостановлено', en: 'The deadline is not suspended' },
  [LedgerRefusalCode.ALREADY_MET]: { kk: 'Мерзім бұрын сақталған', ru: 'Срок уже соблюдён', en: 'The deadline has already been met' },
  [LedgerRefusalCode.EXPIRED]: { kk: 'Мерзім өтіп кеткен', ru: 'Срок уже истёк', en: 'The deadline has already expired' },
  [LedgerRefusalCode.BEFORE_TRIGGER]: { kk: 'Оқиғаның күні мерзім басталғанға дейін', ru: 'Событие датировано раньше начала течения срока', en: 'The event is dated before the deadline started' },
  [LedgerRefusalCode.OUT_OF_ORDER]: { kk: 'Оқиғаның күні бұрын тіркелген оқиғадан ерте', ru: 'Событие датировано раньше уже записанного события', en: 'The event is dated before one already recorded' },
  [LedgerRefusalCode.NOT_EXTENDABLE]: { kk: 'Бұл мерзімді ұзартуға болмайды', ru: 'Этот срок не может быть продлён', en: 'This term cannot be extended' },
  [LedgerRefusalCode.INTERNAL_TARGET_AFTER_DUE]: { kk: 'Ішкі бақылау мерзімі заңдағы мерзімнен кейін', ru: 'Внутренний контрольный срок позже установленного законом', en: 'The internal target falls after the statutory due date' },
  [LedgerRefusalCode.EXTENSION_ABOVE_MAXIMUM]: { kk: 'Ұзарту заңда белгіленген шектен асады', ru: 'Продление превышает установленный законом предел', en: 'The extension exceeds the statutory maximum' },
  [EditionRefusalCode.NO_EDITION_IN_FORCE]: { kk: 'Бұл күнге заңның орнатылған редакциясы жоқ', ru: 'На этот день нет установленной редакции закона', en: 'No installed edition of the law covers the day' },
  [EditionRefusalCode.EDITION_CHANGED_SINCE_DRAFT]: { kk: 'Жоба жасалғаннан кейін заң редакциясы ауысты', ru: 'После составления проекта сменилась редакция закона', en: 'The edition of the law changed since the draft' },
  [CalendarRefusalCode.YEAR_NOT_COVERED]: { kk: 'Өндірістік күнтізбе бұл жылды қамтымайды', ru: 'Производственный календарь не охватывает этот год', en: 'The production calendar does not cover this year' },
};
