import { Citation, formatCitation, Label, OK, refuse, Verdict } from '../shared';
import { findEdition, KZ_155_VII_EDITION_ID, KZ_2709_EDITION_ID } from '../terms';
import { ActType, ResolutionKind } from './act-type';
import { art, art155 } from './citations';
import { ACT_TYPE_LABELS, RESOLUTION_KIND_LABELS } from './labels';
import { machineId } from './machine';
import { findMachine } from './machines';
import { ActRefusalCode } from '../shared';

/** An act (or resolution kind) an edition does not have, and why — said to whoever tries to file it. */
export interface WithdrawnActType {
  readonly actType: ActType;
  readonly kind: ResolutionKind | null;
  readonly citation: Citation;
  readonly reason: Label;
}

/** 155-VII art. 32.1: the acts of prosecutorial supervision and response; anything else is not an act of this law. */
const ART_32_1 = art155('32', '1');
/** 2709 art. 18.1(1): the acts of prosecutorial supervision of the 1995 law. */
const ART_18_1 = art('18', '1', '1');

const WITHDRAWN: Readonly<Record<string, readonly WithdrawnActType[]>> = {
  [KZ_155_VII_EDITION_ID]: [
    {
      actType: ActType.ORDER,
      kind: null,
      citation: ART_32_1,
      reason: {
        en: 'Law No. 155-VII has no order (предписание): art. 32.1 lists protest, sanction, instruction, submission and resolution as acts of supervision; to have a violation eliminated, file a submission (art. 36).',
        ru: 'В Законе № 155-VII нет предписания: ст. 32.1 называет актами надзора протест, санкцию, указание, представление и постановление; для устранения нарушения внесите представление (ст. 36).',
        kk: '№ 155-VII Заңда ұйғарым жоқ: 32.1-бап қадағалау актілері ретінде наразылықты, санкцияны, нұсқауды, ұсынысты және қаулыны атайды; бұзушылықты жою үшін ұсыныс енгізіңіз (36-бап).',
      },
    },
    {
      actType: ActType.WARNING,
      kind: null,
      citation: ART_32_1,
      reason: {
        en: 'Law No. 155-VII has no warning (предостережение): art. 32.1 does not list it; the nearest act is the explanation of the inadmissibility of breaking the law (art. 41), which warns of liability.',
        ru: 'В Законе № 155-VII нет предостережения: ст. 32.1 его не называет; ближайший акт — разъяснение о недопустимости нарушений закона (ст. 41) с предупреждением об ответственности.',
        kk: '№ 155-VII Заңда алдын ала ескерту жоқ: 32.1-бап оны атамайды; ең жақын акт — жауапкершілік туралы ескертетін заң бұзушылыққа жол берілмейтіні туралы түсіндірме (41-бап).',
      },
    },
    {
      actType: ActType.EXPLANATION,
      kind: null,
      citation: ART_32_1,
      reason: {
        en: 'Law No. 155-VII has no explanation of legislation: art. 32.1 lists only the explanation of the inadmissibility of breaking the law (art. 41), a different act — file an INADMISSIBILITY_EXPLANATION.',
        ru: 'В Законе № 155-VII нет разъяснения законодательства: ст. 32.1 называет лишь разъяснение о недопустимости нарушений закона (ст. 41) — иной акт.',
        kk: '№ 155-VII Заңда заңнаманы түсіндіру жоқ: 32.1-бап тек заң бұзушылыққа жол берілмейтіні туралы түсіндірмені (41-бап) атайды — бұл басқа акт.',
      },
    },
    {
      actType: ActType.RESOLUTION,
      kind: ResolutionKind.OPEN_PROCEEDINGS,
      citation: art155('37', '1'),
      reason: {
        en: 'Art. 37.1 of Law No. 155-VII splits it: resolutions in criminal-procedure and administrative-offence cases (PROCEDURAL, 37.1(1)) and to open disciplinary proceedings (DISCIPLINARY_PROCEEDINGS, 37.1(2)).',
        ru: 'Ст. 37.1 Закона № 155-VII разделяет этот вид: постановления по уголовно-процессуальному и административному законодательству (37.1(1)) и о возбуждении дисциплинарного производства (37.1(2)).',
        kk: '№ 155-VII Заңның 37.1-бабы бұл түрді бөледі: қылмыстық іс жүргізу және әкімшілік заңнама бойынша қаулылар (37.1(1)) және тәртіптік іс жүргізуді қозғау туралы (37.1(2)).',
      },
    },
    {
      actType: ActType.RESOLUTION,
      kind: ResolutionKind.SUSPENSION_OR_LIFTING_MEASURES,
      citation: art155('37', '1'),
      reason: {
        en: 'Art. 37.1 of Law No. 155-VII splits it: suspending an act (ACT_SUSPENSION, 37.1(5)), cancelling restrictive measures (RESTRICTIVE_MEASURES_CANCELLATION, 37.1(7)), suspending an act or action for at most 3 working days (SHORT_SUSPENSION, 37.1(9)).',
        ru: 'Ст. 37.1 Закона № 155-VII разделяет этот вид: приостановление действия акта (37.1(5)), отмена ограничительных мер (37.1(7)), приостановление акта или действия на срок не более трёх рабочих дней (37.1(9)).',
        kk: '№ 155-VII Заңның 37.1-бабы бұл түрді бөледі: актінің қолданылуын тоқтата тұру (37.1(5)), шектеу шараларын жою (37.1(7)), актіні немесе әрекетті үш жұмыс күнінен аспайтын мерзімге тоқтата тұру (37.1(9)).',
      },
    },
  ],
  [KZ_2709_EDITION_ID]: [],
};

/** The acts (and resolution kinds) an edition names as gone, with the reason and article. */
export function withdrawnActTypesOf(editionId: string): readonly WithdrawnActType[] {
  return WITHDRAWN[editionId] ?? [];
}

/**
 * Does the edition have this act (type, and kind for a resolution)? Refuses with
 * ACT_TYPE_NOT_IN_EDITION, the edition's own reason and article where it names one (155-VII has no
 * order and no warning: art. 32.1), or the list of acts of that edition otherwise.
 */
export function checkActTypeInEdition(actType: ActType, kind: ResolutionKind | null, editionId: string): Verdict {
  if (findMachine({ type: actType, kind, editionId })) return OK;
  const edition = findEdition(editionId);
  const law = edition ? `Law No. ${edition.lawNumber}` : editionId;
  const withdrawn = withdrawnActTypesOf(editionId).find((entry) => entry.actType === actType && (entry.kind === null || entry.kind === kind));
  const name = kind ? RESOLUTION_KIND_LABELS[kind].en.toLowerCase() : ACT_TYPE_LABELS[actType].en.toLowerCase();
  const citation = withdrawn?.citation ?? (editionId === KZ_155_VII_EDITION_ID ? ART_32_1 : ART_18_1);
  return refuse({
    code: ActRefusalCode.ACT_TYPE_NOT_IN_EDITION,
    citation,
    message: withdrawn
      ? `${withdrawn.reason.en} (${formatCitation(citation)})`
      : `${law} has no ${name} (${machineId(actType, kind)}): its acts are those of ${formatCitation(citation)}.`,
    field: kind ? 'kind' : 'type',
  });
}
