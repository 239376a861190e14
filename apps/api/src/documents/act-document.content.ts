import {
  ActText,
  ActTextParts,
  ActType,
  Citation,
  DOCUMENT_CAPTIONS,
  DOCUMENT_TEMPLATES,
  dateInFiguresAndWords,
  findRule,
  machineFor,
  prescribedTermOf,
  RESOLUTION_KIND_LABELS,
  SIGNATORY_POSITIONS,
  TEXT_PART_LABELS,
  TextLanguage,
  termInFiguresAndWords,
  TermUnit,
  toLocalDate,
} from '@app/domain';
import { ActEntity } from '@app/persistence';
import { toSnapshot } from '@app/workflow';

/** Who and where the document comes from, read beside the act. */
export interface DocumentParties {
  readonly office: { readonly code: string; readonly nameKk: string; readonly nameRu: string };
  readonly signatory: { readonly fullName: string; readonly role: 'PROSECUTOR' | 'SUPERVISOR' };
}

/** The document of one act in one language, laid out as data: what the PDF prints, in order. */
export interface DocumentContent {
  readonly language: TextLanguage;
  readonly letterhead: { readonly kk: string; readonly ru: string };
  readonly outgoing: string;
  readonly date: string;
  readonly addressee: string;
  readonly heading: string;
  readonly subheading: string | null;
  readonly subject: string;
  readonly opening: string;
  readonly sections: ReadonlyArray<{ readonly heading: string; readonly paragraphs: readonly string[]; readonly numbered: boolean }>;
  readonly term: string | null;
  readonly due: string | null;
  readonly legalBasis: string;
  readonly closing: string;
  readonly signatory: { readonly caption: string; readonly position: string; readonly fullName: string };
}

/**
 * The act's document in `language`, from its text, its type's template (DOCUMENT_TEMPLATES, data
 * beside the labels) and the statute's data: the term of its clock in figures and words and its
 * article, the due date when a clock already runs. `preparedAt` is the document's date.
 */
export function composeDocument(act: ActEntity, language: TextLanguage, parties: DocumentParties, preparedAt: Date): DocumentContent {
  const parts = (act.text as ActText)[language] as ActTextParts;
  const template = DOCUMENT_TEMPLATES[act.type][language];
  const captions = DOCUMENT_CAPTIONS[language];
  const machine = machineFor(toSnapshot(act));
  const term = termOf(act);
  const cite = (citation: Citation) => captions.article(citation.article, citation.paragraph);
  const legalBasis = [captions.law, cite(machine.citation), ...(term ? [cite(term.citation)] : [])].filter((value, index, all) => all.indexOf(value) === index).join(', ');
  const sections = [
    { heading: TEXT_PART_LABELS.facts[language], paragraphs: splitParagraphs(parts.facts), numbered: false },
    { heading: TEXT_PART_LABELS.violatedNorms[language], paragraphs: nonEmpty(parts.violatedNorms), numbered: true },
    { heading: template.demandsHeading, paragraphs: nonEmpty(parts.demands), numbered: true },
  ].filter((section) => section.paragraphs.length > 0);
  return {
    language,
    letterhead: { kk: parties.office.nameKk, ru: parties.office.nameRu },
    outgoing: `${captions.outgoing} ${parties.office.code}/${act.registrationNumber}`,
    date: `${captions.date}: ${dateInFiguresAndWords(toLocalDate(preparedAt), language)}`,
    addressee: `${captions.addressee}: ${act.addresseeName}`,
    heading: template.heading,
    subheading: act.type === ActType.RESOLUTION && act.kind ? RESOLUTION_KIND_LABELS[act.kind][language] : null,
    subject: `${captions.subject}: ${act.title}${act.targetDescription ? ` — ${act.targetDescription}` : ''}`,
    opening: template.opening,
    sections,
    term: term && template.termSentence ? template.termSentence.replace('{term}', termInFiguresAndWords(term.count, term.unit, language)).replace('{article}', cite(term.citation)) : null,
    due: term ? `${captions.dueDate}: ${act.nextDueAt ? dateInFiguresAndWords(toLocalDate(act.nextDueAt), language) : captions.dueFromReceipt}` : null,
    legalBasis: `${captions.legalBasis}: ${legalBasis}`,
    closing: template.closing,
    signatory: { caption: captions.signatory, position: SIGNATORY_POSITIONS[parties.signatory.role][language], fullName: parties.signatory.fullName },
  };
}

/**
 * The act's own clock: the one the prosecutor may set (its length as set, else the statute's), or
 * else the first clock its machine starts. Null for acts that run none (warnings, appeals, …).
 */
function termOf(act: ActEntity): { count: number; unit: TermUnit; citation: Citation } | null {
  const machine = machineFor(toSnapshot(act));
  const kind =
    machine.prescribedTermClock ??
    machine.rows.flatMap((row) => row.effects.flatMap((effect) => (effect.type === 'START_DEADLINE' ? [effect.kind] : [])))[0] ??
    null;
  if (!kind) return null;
  const rule = findRule(kind, act.editionId);
  if (!rule) return null;
  const count = (machine.prescribedTermClock === kind ? prescribedTermOf(toSnapshot(act)) : null) ?? rule.count;
  if (count === null || count < 1 || count > 999) return null;
  return { count, unit: rule.unit, citation: rule.citation };
}

function splitParagraphs(text: string): string[] {
  return text.split(/\n\s*\n/).map((paragraph) => paragraph.trim()).filter(Boolean);
}

function nonEmpty(entries: readonly string[]): string[] {
  return entries.map((entry) => entry.trim()).filter(Boolean);
}
