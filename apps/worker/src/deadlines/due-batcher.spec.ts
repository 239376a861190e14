import { DueJob } from '@app/queue';
import { HandlerOutcome } from './deadline-engine.service';
import { DueBatcher } from './due-batcher';
import { TransactionSlots } from './transaction-slots';

const job = (n: number): DueJob => ({ deadlineId: `d${n}`, version: 1 });
const DONE: HandlerOutcome = { done: true, noticesRecorded: 1 };

/** A markBatch that records each batch and holds it until released, so a test decides when slots free up. */
function heldBatches(fail: (jobs: readonly DueJob[]) => boolean = () => false) {
  const batches: string[][] = [];
  const releases: Array<() => void> = [];
  const markBatch = async (jobs: readonly DueJob[]): Promise<HandlerOutcome[]> => {
    batches.push(jobs.map((each) => each.deadlineId));
    await new Promise<void>((resolve) => releases.push(resolve));
    if (fail(jobs)) throw new Error(`batch of ${jobs.length} failed`);
    return jobs.map(() => DONE);
  };
  const releaseNext = async () => {
    await until(() => releases.length > 0);
    releases.shift()!();
  };
  return { batches, markBatch, releaseNext };
}

async function until(condition: () => boolean): Promise<void> {
  for (let turn = 0; !condition(); turn += 1) {
    if (turn > 1000) throw new Error('the condition never held');
    await new Promise((resolve) => setImmediate(resolve));
  }
}

describe('DueBatcher', () => {
  it('gathers the jobs that arrive while every slot is busy into the next batch, up to its size', async () => {
    const held = heldBatches();
    const batcher = new DueBatcher(3, 1, new TransactionSlots(1), held.markBatch);
    const first = batcher.submit(job(1));
    await until(() => held.batches.length === 1);
    // The only slot is busy: five more arrive one by one, each more than a window after the last.
    const rest: Array<Promise<HandlerOutcome>> = [];
    for (const n of [2, 3, 4, 5, 6]) {
      rest.push(batcher.submit(job(n)));
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    expect(held.batches).toEqual([['d1']]);
    await held.releaseNext();
    await until(() => held.batches.length === 2);
    await held.releaseNext();
    await until(() => held.batches.length === 3);
    await held.releaseNext();
    expect(await Promise.all([first, ...rest])).toEqual([1, 2, 3, 4, 5, 6].map(() => DONE));
    expect(held.batches).toEqual([['d1'], ['d2', 'd3', 'd4'], ['d5', 'd6']]);
  });

  it('a full batch does not wait for the window', async () => {
    const held = heldBatches();
    const batcher = new DueBatcher(2, 60_000, new TransactionSlots(2), held.markBatch);
    const outcomes = [1, 2].map((n) => batcher.submit(job(n)));
    await until(() => held.batches.length === 1);
    await held.releaseNext();
    expect(await Promise.all(outcomes)).toEqual([DONE, DONE]);
  });

  it('when a batch fails, each of its jobs runs again alone in the same slot: the others succeed, only the failing one fails', async () => {
    const held = heldBatches((jobs) => jobs.some((each) => each.deadlineId === 'd2'));
    // One slot: running the jobs alone must not wait for a second one.
    const batcher = new DueBatcher(3, 1, new TransactionSlots(1), held.markBatch);
    const outcomes = [1, 2, 3].map((n) => batcher.submit(job(n)).catch((error: Error) => error.message));
    for (let batch = 0; batch < 4; batch += 1) await held.releaseNext();
    expect(await Promise.all(outcomes)).toEqual([DONE, 'batch of 1 failed', DONE]);
    expect(held.batches).toEqual([['d1', 'd2', 'd3'], ['d1'], ['d2'], ['d3']]);
  });
});
