import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Harness } from '../support/harness.ts';

const HOME = 'CSCHED1';
const people = {
  ULEADSH: 'Asia/Shanghai',
  UMEMSH: 'Asia/Shanghai',
  UMEMLON: 'Europe/London',
  UMEMNY: 'America/New_York',
  UMEMVAC: 'Europe/London',
} as const;
type Person = keyof typeof people;

const HOUR = 3600_000;

/** Prompt DMs carry a snooze button; reminders do not. */
const isPrompt = (blocks: unknown) => JSON.stringify(blocks ?? '').includes('checkin_snooze');
const isReminder = (text: unknown) => String(text).includes('gentle reminder');

describe('check-in schedule across time zones', () => {
  let h: Harness;
  const prompts: Array<{ user: string; at: string }> = [];
  const reminders: Array<{ user: string; at: string }> = [];

  beforeAll(async () => {
    h = await Harness.start({ now: '2026-11-29T12:00:00Z' });
    for (const [id, tz] of Object.entries(people))
      h.slack.addUser({ id, realName: id, tz, locale: 'en-US', isAdmin: id === 'ULEADSH' });
    h.slack.setChannelMembers(HOME, Object.keys(people));
    await h.command('/hexin', 'setup', { user: 'ULEADSH', channel: HOME, channelName: 'three-zones' });
    await h.waitForReply((r) => String(r.text).includes('three-zones'));
    await h.drain();
    await h.command('/hexin', 'holiday add 2026-12-01 Team day', { user: 'ULEADSH', channel: HOME });
    await h.command('/hexin', 'vacation 2026-11-30', { user: 'UMEMVAC', channel: HOME });
    await h.waitForReply((r) => String(r.text).includes('time away'));
    await h.waitForReply((r) => String(r.text).includes('team holiday'));
  });
  afterAll(() => h.close());

  it('when two clocks tick every hour for two and a half days and the worker restarts mid-run, then each member gets exactly one prompt at their own 09:00 on working days only', async () => {
    let seen = 0;
    const start = Date.parse('2026-11-29T20:00:00Z');
    const end = Date.parse('2026-12-02T02:00:00Z');
    for (let at = start; at <= end; at += HOUR) {
      h.clock.set(new Date(at));
      await h.tick(2);
      if (at === Date.parse('2026-11-30T09:00:00Z')) {
        // Restart the worker with London's prompts freshly queued.
        await h.stopWorker();
        h.startWorker();
      }
      await h.drain();
      for (const call of h.slack.calls.slice(seen)) {
        if (call.method !== 'chat.postMessage') continue;
        const entry = { user: String(call.args.channel), at: new Date(at).toISOString() };
        if (isPrompt(call.args.blocks)) prompts.push(entry);
        else if (isReminder(call.args.text)) reminders.push(entry);
      }
      seen = h.slack.calls.length;
    }
    const byUser = (user: Person) => prompts.filter((p) => p.user === user).map((p) => p.at);
    expect(byUser('ULEADSH')).toEqual(['2026-11-30T01:00:00.000Z', '2026-12-02T01:00:00.000Z']);
    expect(byUser('UMEMSH')).toEqual(['2026-11-30T01:00:00.000Z', '2026-12-02T01:00:00.000Z']);
    expect(byUser('UMEMLON')).toEqual(['2026-11-30T09:00:00.000Z']);
    expect(byUser('UMEMNY')).toEqual(['2026-11-30T14:00:00.000Z']);
    expect(byUser('UMEMVAC')).toEqual([]);
    expect(await h.failedJobs()).toEqual([]);
  });

  it('when nobody answers, then each prompted member gets one reminder at their local 16:00 that day', () => {
    const byUser = (user: Person) => reminders.filter((r) => r.user === user).map((r) => r.at);
    expect(byUser('UMEMSH')).toEqual(['2026-11-30T08:00:00.000Z']);
    expect(byUser('UMEMLON')).toEqual(['2026-11-30T16:00:00.000Z']);
    expect(byUser('UMEMNY')).toEqual(['2026-11-30T21:00:00.000Z']);
    expect(byUser('UMEMVAC')).toEqual([]);
  });

  it('when the same minute is ticked again later, then nothing is sent twice', async () => {
    const before = h.slack.callsTo('chat.postMessage').length;
    h.clock.set('2026-11-30T09:00:00Z');
    await h.tick(3);
    await h.drain();
    expect(h.slack.callsTo('chat.postMessage').length).toBe(before);
  });
});
