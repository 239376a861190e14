import { AppConfig } from '@app/config';
import { DueBacklog } from './due-backlog';

const backlogOf = (stormJobs: number) => new DueBacklog(Object.assign(new AppConfig(), { DEADLINE_STORM_JOBS: stormJobs }));

describe('DueBacklog', () => {
  it('storms from DEADLINE_STORM_JOBS in hand, and tells its listeners only when that changes', () => {
    const backlog = backlogOf(2);
    const storms: boolean[] = [];
    backlog.onStormChange((storm) => storms.push(storm));
    backlog.taken();
    expect(backlog.storm).toBe(false);
    backlog.taken();
    backlog.taken();
    expect(backlog.storm).toBe(true);
    backlog.settled();
    expect(backlog.storm).toBe(true);
    backlog.settled();
    expect(backlog.storm).toBe(false);
    backlog.settled();
    expect(storms).toEqual([true, false]);
  });

  it('tells a listener that comes during a storm of it at once', () => {
    const backlog = backlogOf(1);
    backlog.taken();
    const storms: boolean[] = [];
    backlog.onStormChange((storm) => storms.push(storm));
    backlog.settled();
    expect(storms).toEqual([true, false]);
  });
});
