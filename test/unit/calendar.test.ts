import { describe, expect, it } from 'vitest';
import {
  addDays,
  dueAction,
  formatMinute,
  isCheckinDay,
  isIsoDate,
  isLate,
  isOnVacation,
  localMoment,
  parseClock,
  type CheckinSchedule,
  type DateRange,
  type MemberCalendar,
} from '../../src/domain/checkins/calendar.ts';

const SCHEDULE: CheckinSchedule = { days: [1, 2, 3, 4, 5], promptMinute: 540, reminderMinute: 960 };

const at = (iso: string) => new Date(iso);

function calendar(timeZone: string, holidays: string[] = [], vacations: DateRange[] = []): MemberCalendar {
  return { timeZone, holidays: new Set(holidays), vacations };
}

/** Monday 2026-11-30 in three zones: the UTC instants of local 09:00 and 16:00. */
const MONDAY_ZONES = [
  {
    zone: 'Asia/Shanghai',
    nine: '2026-11-30T01:00:00Z',
    beforeNine: '2026-11-30T00:59:00Z',
    four: '2026-11-30T08:00:00Z',
  },
  {
    zone: 'Europe/London',
    nine: '2026-11-30T09:00:00Z',
    beforeNine: '2026-11-30T08:59:00Z',
    four: '2026-11-30T16:00:00Z',
  },
  {
    zone: 'America/New_York',
    nine: '2026-11-30T14:00:00Z',
    beforeNine: '2026-11-30T13:59:00Z',
    four: '2026-11-30T21:00:00Z',
  },
] as const;

describe('localMoment', () => {
  it('when the instant is 01:00Z on 2026-11-30 in Asia/Shanghai, then it is Monday 09:00 local', () => {
    expect(localMoment(at('2026-11-30T01:00:00Z'), 'Asia/Shanghai')).toEqual({
      date: '2026-11-30',
      weekday: 1,
      minuteOfDay: 540,
    });
  });

  it('when the instant is 20:00Z on Sunday 2026-11-29 in Pacific/Auckland, then it is already Monday 09:00 local', () => {
    expect(localMoment(at('2026-11-29T20:00:00Z'), 'Pacific/Auckland')).toEqual({
      date: '2026-11-30',
      weekday: 1,
      minuteOfDay: 540,
    });
  });

  it('when the instant is 03:30Z on 2026-11-30 in America/New_York, then it is still Sunday 22:30 local', () => {
    expect(localMoment(at('2026-11-30T03:30:00Z'), 'America/New_York')).toEqual({
      date: '2026-11-29',
      weekday: 7,
      minuteOfDay: 1350,
    });
  });
});

describe('dueAction on Monday 2026-11-30', () => {
  for (const { zone, nine, beforeNine, four } of MONDAY_ZONES) {
    it(`when it is 09:00 local in ${zone}, then the prompt for 2026-11-30 is due`, () => {
      expect(dueAction(at(nine), SCHEDULE, calendar(zone))).toEqual({ kind: 'prompt', date: '2026-11-30' });
    });

    it(`when it is 08:59 local in ${zone}, then nothing is due`, () => {
      expect(dueAction(at(beforeNine), SCHEDULE, calendar(zone))).toBeNull();
    });

    it(`when it is 16:00 local in ${zone}, then the reminder for 2026-11-30 is due`, () => {
      expect(dueAction(at(four), SCHEDULE, calendar(zone))).toEqual({ kind: 'reminder', date: '2026-11-30' });
    });

    it(`when 2026-11-30 is a team holiday in ${zone}, then nothing is due at 09:00 or 16:00`, () => {
      const cal = calendar(zone, ['2026-11-30']);
      expect(dueAction(at(nine), SCHEDULE, cal)).toBeNull();
      expect(dueAction(at(four), SCHEDULE, cal)).toBeNull();
    });
  }

  it('when it is 15:59 local in Asia/Shanghai, then the prompt (not the reminder) is still due', () => {
    expect(dueAction(at('2026-11-30T07:59:00Z'), SCHEDULE, calendar('Asia/Shanghai'))).toEqual({
      kind: 'prompt',
      date: '2026-11-30',
    });
  });

  it('when it is 23:59 local in Europe/London, then the reminder is still due for the same day', () => {
    expect(dueAction(at('2026-11-30T23:59:00Z'), SCHEDULE, calendar('Europe/London'))).toEqual({
      kind: 'reminder',
      date: '2026-11-30',
    });
  });

  it('when a different date is a holiday, then the prompt on 2026-11-30 is still due', () => {
    expect(dueAction(at('2026-11-30T01:00:00Z'), SCHEDULE, calendar('Asia/Shanghai', ['2026-12-01']))).toEqual({
      kind: 'prompt',
      date: '2026-11-30',
    });
  });
});

describe('dueAction on weekends', () => {
  it('when it is Saturday 2026-11-28 09:00 in Asia/Shanghai, then nothing is due', () => {
    expect(dueAction(at('2026-11-28T01:00:00Z'), SCHEDULE, calendar('Asia/Shanghai'))).toBeNull();
  });

  it('when it is Sunday 2026-11-29 16:00 in America/New_York, then nothing is due', () => {
    expect(dueAction(at('2026-11-29T21:00:00Z'), SCHEDULE, calendar('America/New_York'))).toBeNull();
  });

  it('when the schedule includes Saturday, then Saturday 09:00 gets a prompt', () => {
    const sixDays: CheckinSchedule = { ...SCHEDULE, days: [1, 2, 3, 4, 5, 6] };
    expect(dueAction(at('2026-11-28T01:00:00Z'), sixDays, calendar('Asia/Shanghai'))).toEqual({
      kind: 'prompt',
      date: '2026-11-28',
    });
  });
});

describe('dueAction and vacations', () => {
  const vacation: DateRange[] = [{ startDate: '2026-11-30', endDate: '2026-12-02' }];
  const cal = calendar('Asia/Shanghai', [], vacation);

  it('when the day is the first day of the vacation, then nothing is due', () => {
    expect(dueAction(at('2026-11-30T01:00:00Z'), SCHEDULE, cal)).toBeNull();
  });

  it('when the day is the last day of the vacation, then nothing is due', () => {
    expect(dueAction(at('2026-12-02T01:00:00Z'), SCHEDULE, cal)).toBeNull();
  });

  it('when the day is the one after the vacation, then the prompt is due again', () => {
    expect(dueAction(at('2026-12-03T01:00:00Z'), SCHEDULE, cal)).toEqual({ kind: 'prompt', date: '2026-12-03' });
  });

  it('when the day is the one before the vacation, then the prompt is due', () => {
    expect(dueAction(at('2026-11-27T01:00:00Z'), SCHEDULE, cal)).toEqual({ kind: 'prompt', date: '2026-11-27' });
  });
});

describe('dueAction across daylight saving changes', () => {
  const ny = calendar('America/New_York');
  const london = calendar('Europe/London');

  it('when it is 13:00Z on Fri 2026-10-30 (EDT), then the New York prompt is due', () => {
    expect(dueAction(at('2026-10-30T13:00:00Z'), SCHEDULE, ny)).toEqual({ kind: 'prompt', date: '2026-10-30' });
  });

  it('when it is 12:59Z on Fri 2026-10-30 (EDT), then nothing is due in New York', () => {
    expect(dueAction(at('2026-10-30T12:59:00Z'), SCHEDULE, ny)).toBeNull();
  });

  it('when it is 13:00Z on Mon 2026-11-02 (EST, 08:00 local), then nothing is due in New York', () => {
    expect(dueAction(at('2026-11-02T13:00:00Z'), SCHEDULE, ny)).toBeNull();
  });

  it('when it is 14:00Z on Mon 2026-11-02 (EST, 09:00 local), then the New York prompt is due', () => {
    expect(dueAction(at('2026-11-02T14:00:00Z'), SCHEDULE, ny)).toEqual({ kind: 'prompt', date: '2026-11-02' });
  });

  it('when it is 09:00Z on Fri 2026-03-27 (GMT), then the London prompt is due', () => {
    expect(dueAction(at('2026-03-27T09:00:00Z'), SCHEDULE, london)).toEqual({ kind: 'prompt', date: '2026-03-27' });
  });

  it('when it is 08:00Z on Fri 2026-03-27 (GMT, 08:00 local), then nothing is due in London', () => {
    expect(dueAction(at('2026-03-27T08:00:00Z'), SCHEDULE, london)).toBeNull();
  });

  it('when it is 08:00Z on Mon 2026-03-30 (BST, 09:00 local), then the London prompt is due', () => {
    expect(dueAction(at('2026-03-30T08:00:00Z'), SCHEDULE, london)).toEqual({ kind: 'prompt', date: '2026-03-30' });
  });

  it('when it is 07:59Z on Mon 2026-03-30 (BST, 08:59 local), then nothing is due in London', () => {
    expect(dueAction(at('2026-03-30T07:59:00Z'), SCHEDULE, london)).toBeNull();
  });

  it('when it is 15:00Z on Mon 2026-03-30 (BST, 16:00 local), then the London reminder is due', () => {
    expect(dueAction(at('2026-03-30T15:00:00Z'), SCHEDULE, london)).toEqual({ kind: 'reminder', date: '2026-03-30' });
  });
});

describe('dueAction east of UTC where the local date differs', () => {
  const auckland = calendar('Pacific/Auckland');

  it('when it is 20:00Z on Sunday 2026-11-29, then the Auckland prompt for Monday 2026-11-30 is due', () => {
    expect(dueAction(at('2026-11-29T20:00:00Z'), SCHEDULE, auckland)).toEqual({ kind: 'prompt', date: '2026-11-30' });
  });

  it('when it is 20:00Z on Friday 2026-12-04, then nothing is due because it is Saturday in Auckland', () => {
    expect(dueAction(at('2026-12-04T20:00:00Z'), SCHEDULE, auckland)).toBeNull();
  });

  it('when it is 03:00Z on Monday 2026-11-30, then the Auckland reminder for 2026-11-30 is due (16:00 local)', () => {
    expect(dueAction(at('2026-11-30T03:00:00Z'), SCHEDULE, auckland)).toEqual({ kind: 'reminder', date: '2026-11-30' });
  });

  it('when the local Monday is a holiday but the UTC Sunday is not, then nothing is due', () => {
    expect(dueAction(at('2026-11-29T20:00:00Z'), SCHEDULE, calendar('Pacific/Auckland', ['2026-11-30']))).toBeNull();
  });
});

describe('isCheckinDay', () => {
  it('when the weekday is scheduled and the date is free, then it is a check-in day', () => {
    expect(isCheckinDay({ date: '2026-11-30', weekday: 1, minuteOfDay: 0 }, SCHEDULE, calendar('UTC'))).toBe(true);
  });

  it('when the weekday is not scheduled, then it is not a check-in day', () => {
    expect(isCheckinDay({ date: '2026-11-29', weekday: 7, minuteOfDay: 600 }, SCHEDULE, calendar('UTC'))).toBe(false);
  });

  it('when the date is a holiday, then it is not a check-in day', () => {
    expect(
      isCheckinDay({ date: '2026-11-30', weekday: 1, minuteOfDay: 600 }, SCHEDULE, calendar('UTC', ['2026-11-30'])),
    ).toBe(false);
  });

  it('when the date is inside a vacation, then it is not a check-in day', () => {
    const cal = calendar('UTC', [], [{ startDate: '2026-11-25', endDate: '2026-12-05' }]);
    expect(isCheckinDay({ date: '2026-11-30', weekday: 1, minuteOfDay: 600 }, SCHEDULE, cal)).toBe(false);
  });
});

describe('isOnVacation', () => {
  const ranges: DateRange[] = [
    { startDate: '2026-12-01', endDate: '2026-12-05' },
    { startDate: '2026-12-24', endDate: '2026-12-24' },
  ];

  it('when the date equals the start date, then the member is on vacation', () => {
    expect(isOnVacation('2026-12-01', ranges)).toBe(true);
  });

  it('when the date equals the end date, then the member is on vacation', () => {
    expect(isOnVacation('2026-12-05', ranges)).toBe(true);
  });

  it('when the date is one day after the end, then the member is not on vacation', () => {
    expect(isOnVacation('2026-12-06', ranges)).toBe(false);
  });

  it('when the date is one day before the start, then the member is not on vacation', () => {
    expect(isOnVacation('2026-11-30', ranges)).toBe(false);
  });

  it('when a single-day vacation matches, then the member is on vacation that day only', () => {
    expect(isOnVacation('2026-12-24', ranges)).toBe(true);
    expect(isOnVacation('2026-12-25', ranges)).toBe(false);
  });

  it('when there are no vacations, then the member is never on vacation', () => {
    expect(isOnVacation('2026-12-01', [])).toBe(false);
  });
});

describe('isLate', () => {
  it('when the answer arrives at 00:05 local the next day in Asia/Shanghai, then it is late', () => {
    expect(isLate('2026-11-30', at('2026-11-30T16:05:00Z'), 'Asia/Shanghai')).toBe(true);
  });

  it('when the answer arrives at 23:59 local the same day in Asia/Shanghai, then it is not late', () => {
    expect(isLate('2026-11-30', at('2026-11-30T15:59:00Z'), 'Asia/Shanghai')).toBe(false);
  });

  it('when the answer arrives at 00:05 local the next day in America/New_York, then it is late', () => {
    expect(isLate('2026-11-30', at('2026-12-01T05:05:00Z'), 'America/New_York')).toBe(true);
  });

  it('when the UTC date is already the next day but New York is still on the same day, then it is not late', () => {
    expect(isLate('2026-11-30', at('2026-12-01T04:00:00Z'), 'America/New_York')).toBe(false);
  });

  it('when the answer is for a future day, then it is not late', () => {
    expect(isLate('2026-12-01', at('2026-11-30T12:00:00Z'), 'Europe/London')).toBe(false);
  });
});

describe('parseClock', () => {
  it('when given 09:00, then it returns 540', () => {
    expect(parseClock('09:00')).toBe(540);
  });

  it('when given 8:30 without a leading zero, then it returns 510', () => {
    expect(parseClock('8:30')).toBe(510);
  });

  it('when given 23:59, then it returns 1439', () => {
    expect(parseClock('23:59')).toBe(1439);
  });

  it('when given 00:00, then it returns 0', () => {
    expect(parseClock('00:00')).toBe(0);
  });

  for (const bad of ['24:00', '9:7', 'ab', '', '12:60', '09:00 ', '-1:00', '9']) {
    it(`when given ${JSON.stringify(bad)}, then it returns null`, () => {
      expect(parseClock(bad)).toBeNull();
    });
  }
});

describe('formatMinute', () => {
  it('when given 540, then it writes 09:00', () => {
    expect(formatMinute(540)).toBe('09:00');
  });

  it('when given 0, then it writes 00:00', () => {
    expect(formatMinute(0)).toBe('00:00');
  });

  it('when given 1439, then it writes 23:59', () => {
    expect(formatMinute(1439)).toBe('23:59');
  });

  it('when given 65, then it writes 01:05', () => {
    expect(formatMinute(65)).toBe('01:05');
  });

  it('when a parsed clock is formatted again, then the text round-trips', () => {
    for (const text of ['00:00', '07:45', '16:00', '23:59']) {
      expect(formatMinute(parseClock(text) ?? -1)).toBe(text);
    }
  });
});

describe('addDays', () => {
  it('when adding 1 day to the last day of November, then it is the first of December', () => {
    expect(addDays('2026-11-30', 1)).toBe('2026-12-01');
  });

  it('when adding 1 day to the last day of the year, then it is the next new year', () => {
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
  });

  it('when subtracting 1 day from 1 March in a non-leap year, then it is 28 February', () => {
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
  });

  it('when subtracting 1 day from 1 March in a leap year, then it is 29 February', () => {
    expect(addDays('2028-03-01', -1)).toBe('2028-02-29');
  });

  it('when crossing the London spring-forward date, then the date still moves by exactly one day', () => {
    expect(addDays('2026-03-28', 1)).toBe('2026-03-29');
    expect(addDays('2026-03-29', 1)).toBe('2026-03-30');
  });
});

describe('isIsoDate', () => {
  it('when given 2026-11-30, then it is a date', () => {
    expect(isIsoDate('2026-11-30')).toBe(true);
  });

  it('when given 2028-02-29 (leap day), then it is a date', () => {
    expect(isIsoDate('2028-02-29')).toBe(true);
  });

  for (const bad of [
    '2026-02-29',
    '2026-13-01',
    '2026-11-31',
    '2026-1-5',
    '20261130',
    '2026-11-30T00:00',
    'tomorrow',
    '',
  ]) {
    it(`when given ${JSON.stringify(bad)}, then it is not a date`, () => {
      expect(isIsoDate(bad)).toBe(false);
    });
  }
});
