// Prosecutors filing protests while faults are injected: `concurrency` loops, each always with one
// request in flight, so a killed API or a severed connection always cuts some off mid-way. Every
// filing has a unique title and Idempotency-Key, so afterwards each can be looked up in
// PostgreSQL and retried safely.
import { randomUUID } from 'node:crypto';

export interface Filing {
  readonly title: string;
  readonly idempotencyKey: string;
  /** The HTTP status, or 'NO_ANSWER' when the connection failed (API killed, refused, timed out). */
  readonly outcome: number | 'NO_ANSWER';
  /** The act's id when the API answered 201. */
  readonly actId: string | null;
}

export interface FilingLoad {
  /** Stops issuing requests and waits for those in flight; answers every filing attempted. */
  stop(): Promise<Filing[]>;
  /** Filings answered so far. */
  readonly filings: readonly Filing[];
}

export interface FilingTarget {
  readonly baseUrl: string;
  readonly token: string;
  readonly caseId: string;
}

export function protestBody(caseId: string, title: string) {
  return { caseId, title, addresseeName: 'Akimat of Bostandyk district', target: 'NON_NORMATIVE_LEGAL_ACT', text: { ru: { facts: 'Постановление акимата противоречит закону.', violatedNorms: ['Земельный кодекс, ст. 43'], demands: ['Отменить постановление'] } } };
}

/** POST /acts/protests once; never throws. */
export async function fileProtest(target: FilingTarget, title: string, idempotencyKey: string, timeoutMs = 30_000): Promise<Filing> {
  try {
    const response = await fetch(`${target.baseUrl}/acts/protests`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${target.token}`, 'idempotency-key': idempotencyKey },
      body: JSON.stringify(protestBody(target.caseId, title)),
      signal: AbortSignal.timeout(timeoutMs),
    });
    const body = (await response.json().catch(() => null)) as { id?: string } | null;
    return { title, idempotencyKey, outcome: response.status, actId: response.status === 201 ? (body?.id ?? null) : null };
  } catch {
    return { title, idempotencyKey, outcome: 'NO_ANSWER', actId: null };
  }
}

export function startFilingLoad(target: FilingTarget, options: { concurrency: number; titlePrefix: string; pauseMs?: number }): FilingLoad {
  const filings: Filing[] = [];
  let running = true;
  let counter = 0;
  const loop = async () => {
    while (running) {
      counter += 1;
      const filing = await fileProtest(target, `${options.titlePrefix} ${counter} ${randomUUID().slice(0, 8)}`, randomUUID());
      filings.push(filing);
      // A refused connection answers at once: do not spin while the API is down.
      if (filing.outcome === 'NO_ANSWER' || filing.outcome >= 500) await new Promise((resolve) => setTimeout(resolve, 50));
      else if (options.pauseMs) await new Promise((resolve) => setTimeout(resolve, options.pauseMs));
    }
  };
  const loops = Array.from({ length: options.concurrency }, loop);
  return {
    filings,
    stop: async () => {
      running = false;
      await Promise.all(loops);
      return filings;
    },
  };
}
