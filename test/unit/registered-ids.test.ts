import { describe, expect, it } from 'vitest';
import { RegisteredIds } from '../../src/slack/registered.ts';

describe('knowing which requests have a listener', () => {
  it('when listeners register by id, pattern or constraints, then exactly those ids count as handled', () => {
    const ids = new RegisteredIds();
    ids.add('command', '/hexin');
    ids.add('action', 'goal_kr_accept');
    ids.add('action', /^role_duty_(same|different)$/g);
    ids.add('view', 'checkin_submit');
    ids.add('view', { type: 'view_closed', callback_id: 'goal_create' });

    expect(ids.has('command', '/hexin')).toBe(true);
    expect(ids.has('command', '/coffee')).toBe(false);
    expect(ids.has('action', 'goal_kr_accept')).toBe(true);
    expect(ids.has('action', 'goal_kr_accepted')).toBe(false);
    // A global pattern keeps no state between checks.
    expect([
      ids.has('action', 'role_duty_same'),
      ids.has('action', 'role_duty_same'),
      ids.has('action', 'role_duty_different'),
    ]).toEqual([true, true, true]);
    expect(ids.has('view', 'checkin_submit', 'view_submission')).toBe(true);
    // An id alone matches submissions only, as in Bolt; a closed view needs its own listener.
    expect(ids.has('view', 'checkin_submit', 'view_closed')).toBe(false);
    expect(ids.has('view', 'goal_create', 'view_closed')).toBe(true);
    expect(ids.has('view', 'goal_create', 'view_submission')).toBe(false);
    expect(ids.has('shortcut', 'anything')).toBe(false);
  });

  it('when a listener is registered by constraints that do not name the id, then every id of that kind counts as handled', () => {
    const ids = new RegisteredIds();
    ids.add('action', { block_id: 'picker' });
    expect(ids.has('action', 'no_such_action')).toBe(true);
    expect(ids.has('command', '/hexin')).toBe(false);
  });
});
