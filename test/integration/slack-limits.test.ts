import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Harness } from '../support/harness.ts';

const HOME = 'CLIMIT';
const USERS = Array.from({ length: 9 }, (_, i) => `ULIM${i}`);

describe('the per-workspace Slack limiter', () => {
  let h: Harness;

  beforeAll(async () => {
    h = await Harness.start({ now: '2026-11-30T00:00:00Z', env: { SLACK_SENDS_PER_SECOND: '3' } });
    for (const id of USERS) h.slack.addUser({ id, realName: id, tz: 'Asia/Shanghai', isAdmin: id === 'ULIM0' });
    h.slack.setChannelMembers(HOME, USERS);
    await h.command('/hexin', 'setup', { user: 'ULIM0', channel: HOME, channelName: 'limits' });
    await h.waitForReply((r) => String(r.text).includes('limits'));
    await h.drain();
  });
  afterAll(() => h.close());

  it('when nine prompts fall due at once with a limit of three sends a second, then they spread over three seconds and all arrive', async () => {
    h.clock.set('2026-11-30T01:00:00Z');
    await h.tick();
    await h.drain({ timeoutMs: 30_000 });
    const prompts = h.slack.callsTo('chat.postMessage').filter((c) => USERS.includes(String(c.args.channel)));
    expect(new Set(prompts.map((c) => c.args.channel)).size).toBe(9);
    expect(prompts).toHaveLength(9);
    const bySecond = new Map<number, number>();
    for (const call of prompts)
      bySecond.set(Math.floor(call.at / 1000), (bySecond.get(Math.floor(call.at / 1000)) ?? 0) + 1);
    expect(Math.max(...bySecond.values())).toBeLessThanOrEqual(3);
    expect(bySecond.size).toBeGreaterThanOrEqual(3);
    expect(await h.failedJobs()).toEqual([]);
  });
});
