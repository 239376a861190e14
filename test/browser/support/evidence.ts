import { Workspace } from './workspace';

/**
 * After each test, each of its pages as it was last left, under .tmp/browser-failures/ (git
 * ignores .tmp): what a failed journey showed, for the person reading CI's log.
 */
export function keepLastScreens(workspace: () => Workspace | undefined): void {
  afterEach(async () => {
    await workspace()?.saveEvidence(expect.getState().currentTestName ?? 'test');
  });
}
