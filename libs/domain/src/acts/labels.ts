import { Label } from '../shared';
import { ActEvent } from './act-event';
import { ActState } from './act-state';
import { ActType, ResolutionKind, TargetKind } from './act-type';
import { ActorKind, ActorRole } from './actor';
import { LinkReason, ViolationCode } from './effect';
import { ActRefusalCode, DomainRefusalCode, LedgerRefusalCode, TermRefusalCode } from '../shared';
import { RecordEvent } from './record-event';

// Kazakh names follow the law's own vocabulary (arts. 18–27 of Law No. 2709, Kazakh text).

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
};
