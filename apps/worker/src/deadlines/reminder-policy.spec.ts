import { loadConfig } from '@app/config';
import { DEFAULT_REMINDER_POLICY } from '@app/domain';
import { reminderPolicyFrom } from './deadline-scheduler';

const base = { DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/acts', REDIS_URL: 'redis://127.0.0.1:6379' };

describe('reminderPolicyFrom', () => {
  it('the defaults are the issue’s: 3 days, 1 day, 09:00 of the last day; 12 and 2 hours; 1 working day of grace', () => {
    expect(reminderPolicyFrom(loadConfig(base))).toEqual(DEFAULT_REMINDER_POLICY);
  });

  it('reads the office’s own offsets, and none', () => {
    const policy = reminderPolicyFrom(
      loadConfig({ ...base, REMINDER_DAY_OFFSETS: '5,2', REMINDER_LAST_DAY_HOUR: 'none', REMINDER_HOUR_OFFSETS: 'none', ESCALATION_GRACE_WORKING_DAYS: '2' }),
    );
    expect(policy).toEqual({ dayTermOffsetsDays: [5, 2], lastDayMorningHour: null, hourTermOffsetsHours: [], escalationGraceWorkingDays: 2 });
  });
});
