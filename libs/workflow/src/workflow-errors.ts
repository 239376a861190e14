import { Refusal } from '@app/domain';

/** The domain said no (state, caller, payload, guard, ledger): the transaction rolls back, nothing changes. */
export class TransitionRefused extends Error {
  constructor(
    readonly refusal: Refusal,
    readonly state: string,
    readonly event: string | undefined,
  ) {
    super(refusal.message);
    this.name = 'TransitionRefused';
  }
}

/** Another transition of the same act committed first (the version guard found 0 rows). */
export class ActVersionConflict extends Error {
  constructor(readonly actId: string) {
    super(`act ${actId} changed while this transition was being applied`);
    this.name = 'ActVersionConflict';
  }
}

/** The act is issued from PDFs the caller prepares first; one language of its text has none (a racing correction). */
export class DocumentNotPrepared extends Error {
  constructor(
    readonly actId: string,
    readonly languages: readonly string[],
  ) {
    super(`act ${actId} has no current PDF in ${languages.join(', ')}`);
    this.name = 'DocumentNotPrepared';
  }
}
