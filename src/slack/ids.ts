/** Every callback and action id Hexin registers, in one place. */
export const Commands = { hexin: '/hexin', checkin: '/checkin' } as const;

export const Actions = {
  checkinOpen: 'checkin_open',
  checkinSkip: 'checkin_skip',
  checkinSnooze: 'checkin_snooze',
  blockerHelp: 'blocker_help',
} as const;

export const Views = { checkinSubmit: 'checkin_submit' } as const;

/** Block ids of the check-in modal are the question ids; the input's action id is this. */
export const ANSWER_ACTION = 'answer';
