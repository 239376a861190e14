import { Citation, formatCitation, Label, OK, refuse, Verdict } from '../shared';
import { ActRefusalCode } from '../shared';
import { ActType } from './act-type';
import { art } from './citations';

/** The languages an act's official text is written in: the state language and Russian. */
export type TextLanguage = 'kk' | 'ru';
export const TEXT_LANGUAGES: readonly TextLanguage[] = ['kk', 'ru'];

/** The parts of an act's text, as the statute names them (19.1, 19.4, 24.2, 25.1). */
export interface ActTextParts {
  /** The statement of facts: what was found, the grounds of the act (the nature of the violation, 24.2). */
  readonly facts: string;
  /** The norms of the Constitution, laws and acts of the President that were violated (19.1, 24.2). */
  readonly violatedNorms: readonly string[];
  /** What the prosecutor demands or proposes (19.4, 24.2, 25.1). */
  readonly demands: readonly string[];
}

export type TextPart = keyof ActTextParts;
export const TEXT_PARTS: readonly TextPart[] = ['facts', 'violatedNorms', 'demands'];

/** The act's text in Kazakh and/or Russian: each language given is a whole text. */
export type ActText = { readonly [L in TextLanguage]?: ActTextParts };

/** A part the text of an act type must have; `citation` null where the statute names none (policy). */
export interface TextRequirement {
  readonly part: TextPart;
  readonly citation: Citation | null;
  readonly reason: string;
}

const FACTS_BY_POLICY: TextRequirement = {
  part: 'facts',
  citation: null,
  reason: 'every act states its grounds; the law names no contents for this act',
};

/**
 * What each act's text must contain. Protest, order and submission follow the statute: a protest
 * names the act or action and the law it contradicts (19.1) and demands its annulment, the end of
 * the unlawful action and the restoration of the right (19.4); an order names the violated norms,
 * the nature of the violation and concrete measures (24.2); a submission is made on one of the
 * grounds of 25.1 and proposes the measures its addressee must take (25.1, 25.2). For the other
 * acts the law names no contents: the statement of grounds is required as policy.
 */
export const TEXT_REQUIREMENTS: Readonly<Record<ActType, readonly TextRequirement[]>> = {
  [ActType.PROTEST]: [
    { part: 'facts', citation: art('19', '1'), reason: 'a protest names the act, decision or action it is brought against' },
    { part: 'violatedNorms', citation: art('19', '1'), reason: 'a protest names the Constitution, law or act of the President it contradicts' },
    { part: 'demands', citation: art('19', '4'), reason: 'a protest demands the annulment of the act or bringing it into line with the law, ending the unlawful actions and restoring the violated right' },
  ],
  [ActType.ORDER]: [
    { part: 'violatedNorms', citation: art('24', '2'), reason: 'an order names the violated norms of the Constitution, laws and acts of the President' },
    { part: 'facts', citation: art('24', '2'), reason: 'an order states the nature of the violation' },
    { part: 'demands', citation: art('24', '2'), reason: 'an order proposes concrete measures to eliminate the violation' },
  ],
  [ActType.SUBMISSION]: [
    { part: 'facts', citation: art('25', '1'), reason: 'a submission states its ground: violations of law, causes and conditions of offences, lifting an immunity, or another case in law' },
    { part: 'demands', citation: art('25', '1'), reason: 'a submission proposes the measures its addressee must take (25.2)' },
  ],
  [ActType.RESOLUTION]: [FACTS_BY_POLICY],
  [ActType.SANCTION]: [FACTS_BY_POLICY],
  [ActType.INSTRUCTION]: [FACTS_BY_POLICY],
  [ActType.COURT_APPLICATION]: [FACTS_BY_POLICY],
  [ActType.WARNING]: [FACTS_BY_POLICY],
  [ActType.APPEAL]: [FACTS_BY_POLICY],
  [ActType.EXPLANATION]: [FACTS_BY_POLICY],
  [ActType.PETITION]: [FACTS_BY_POLICY],
  [ActType.INADMISSIBILITY_EXPLANATION]: [FACTS_BY_POLICY],
};

/** The headings of the parts in a rendered document and in messages. */
export const TEXT_PART_LABELS: Readonly<Record<TextPart, Label>> = {
  facts: { kk: 'Мән-жайлар', ru: 'Обстоятельства', en: 'Statement of facts' },
  violatedNorms: { kk: 'Бұзылған нормалар', ru: 'Нарушенные нормы', en: 'Violated norms' },
  demands: { kk: 'Талаптар', ru: 'Требования', en: 'Demands' },
};

export function isPartPresent(parts: ActTextParts, part: TextPart): boolean {
  const value = parts[part];
  return typeof value === 'string' ? value.trim() !== '' : value.some((entry) => entry.trim() !== '');
}

/** The languages the text is written in, Kazakh first. */
export function languagesOf(text: ActText): TextLanguage[] {
  return TEXT_LANGUAGES.filter((language) => text[language] !== undefined);
}

/**
 * Is the text complete for its act type? At least one language (policy: the law on languages lets
 * an act be written in Kazakh or Russian; we require one of them, not both), and in every language
 * given, every part TEXT_REQUIREMENTS names — refused with the article and the field at fault.
 */
export function checkActText(type: ActType, text: ActText): Verdict {
  const languages = languagesOf(text);
  if (languages.length === 0) {
    return refuse({
      code: ActRefusalCode.ACT_TEXT_MISSING,
      citation: null,
      message: 'An act has a text in Kazakh or Russian (policy, not statute: the act is a document).',
      field: 'text',
    });
  }
  for (const language of languages) {
    const parts = text[language] as ActTextParts;
    for (const requirement of TEXT_REQUIREMENTS[type]) {
      if (isPartPresent(parts, requirement.part)) continue;
      const where = requirement.citation ? formatCitation(requirement.citation) : 'policy, not statute';
      return refuse({
        code: ActRefusalCode.ACT_TEXT_INCOMPLETE,
        citation: requirement.citation,
        message: `The ${language} text lacks its ${TEXT_PART_LABELS[requirement.part].en.toLowerCase()}: ${requirement.reason} (${where}).`,
        field: `text.${language}.${requirement.part}`,
      });
    }
  }
  return OK;
}
