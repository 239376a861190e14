import { Citation } from './citation';
import { DomainRefusalCode } from './refusal-codes';

/**
 * Why the domain said no. `code` is stable and machine-readable (the API returns it as is);
 * `citation` is the article the refusal enforces; `field` names the input at fault when there is one.
 */
export interface Refusal {
  readonly code: DomainRefusalCode;
  readonly citation: Citation | null;
  readonly message: string;
  readonly field?: string;
}

export type Verdict = { readonly ok: true } | { readonly ok: false; readonly refusal: Refusal };

export const OK: Verdict = Object.freeze({ ok: true as const });

export function refuse(refusal: Refusal): Verdict {
  return { ok: false, refusal };
}
