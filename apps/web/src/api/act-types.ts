import type { Catalog } from './catalog';
import type { Schemas } from './client';

export type ActType = Schemas['ActType'];

/** The filing route of each act type (POST /api/v1/acts/{route}). */
export const FILING_ROUTES = {
  PROTEST: 'protests',
  RESOLUTION: 'resolutions',
  SANCTION: 'sanctions',
  INSTRUCTION: 'instructions',
  COURT_APPLICATION: 'court-applications',
  ORDER: 'orders',
  SUBMISSION: 'submissions',
  WARNING: 'warnings',
  APPEAL: 'appeals',
  EXPLANATION: 'explanations',
  PETITION: 'petitions',
  INADMISSIBILITY_EXPLANATION: 'inadmissibility-explanations',
} as const satisfies Record<ActType, string>;

/** The clock a prosecutor's `termDays` sets, per act type (the others' terms are fixed by statute). */
const TERM_CLOCKS: Partial<Record<ActType, Schemas['DeadlineKind']>> = {
  PROTEST: 'PROTEST_CONSIDERATION',
  SUBMISSION: 'SUBMISSION_CONSIDERATION',
  INSTRUCTION: 'INSTRUCTION_EXECUTION',
  RESOLUTION: 'RESOLUTION_EXECUTION',
};

/** The term rule a filing's termDays is judged by, in the edition now in force; null when the type takes no term. */
export function termRuleFor(catalog: Catalog, type: ActType): Schemas['TermRule'] | null {
  const kind = TERM_CLOCKS[type];
  if (!kind) return null;
  const today = new Date().toISOString().slice(0, 10);
  const inForce = catalog.editions.filter((edition) => edition.effectiveFrom <= today && (!edition.effectiveTo || edition.effectiveTo >= today) && edition.actTypes.includes(type));
  const rules = catalog.termRules.filter((rule) => rule.kind === kind && rule.setBy.by === 'PROSECUTOR');
  return rules.find((rule) => inForce.some((edition) => edition.id === rule.editionId)) ?? rules[0] ?? null;
}

export const isActType = (value: string | undefined): value is ActType => value !== undefined && value in FILING_ROUTES;
