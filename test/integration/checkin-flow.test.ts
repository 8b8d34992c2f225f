import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Harness } from '../support/harness.ts';

const HOME = 'CHOME1';
const LEADER = 'ULEAD1';
const ANNA = 'UANNA1';

describe('daily check-in flow', () => {
  let h: Harness;

  beforeAll(async () => {
    h = await Harness.start({ now: '2026-11-30T01:30:00Z' }); // Monday 09:30 in Shanghai
    h.slack.addUser({ id: LEADER, realName: 'Lead', tz: 'Asia/Shanghai', locale: 'en-US', isAdmin: true });
    h.slack.addUser({ id: ANNA, realName: 'Anna', tz: 'Asia/Shanghai', locale: 'zh-CN' });
    h.slack.setChannelMembers(HOME, [LEADER, ANNA]);
  });
  afterAll(() => h.close());

  it('when an admin sets up a channel, then the team exists with its channel members imported', async () => {
    const res = await h.command('/hexin', 'setup', { user: LEADER, channel: HOME, channelName: 'east-route' });
    expect(res.status).toBe(200);
    const reply = await h.waitForReply((r) => String(r.text).includes('east-route'));
    expect(reply.text).toContain('leader');
    await h.drain();
    const team = await h.runtime.teams.findTeamByChannel('T0TEST', HOME);
    const members = await h.runtime.teams.activeMembers(team!.id);
    expect(members.map((m) => [m.slackUserId, m.role, m.locale]).sort()).toEqual([
      [ANNA, 'member', 'zh-CN'],
      [LEADER, 'leader', 'en-US'],
    ]);
  });

  it('when the clock ticks at 09:30 local, then each member gets one prompt DM in their language', async () => {
    await h.tick(2);
    await h.drain();
    const prompts = h.slack.callsTo('chat.postMessage').filter((c) => [ANNA, LEADER].includes(String(c.args.channel)));
    expect(prompts.map((c) => c.args.channel).sort()).toEqual([ANNA, LEADER]);
    const annaPrompt = prompts.find((c) => c.args.channel === ANNA)!;
    expect(String(annaPrompt.args.text)).toContain('签到');
  });

  it('when Anna submits her check-in with a blocker, then it lands in the thread and the leader is asked to help', async () => {
    const team = (await h.runtime.teams.findTeamByChannel('T0TEST', HOME))!;
    const res = await h.submitView(ANNA, { callback_id: 'checkin_submit', private_metadata: JSON.stringify({ t: team.id, d: '2026-11-30' }) }, {
      yesterday: { answer: { type: 'plain_text_input', value: 'Visited 12 shops <!channel>' } },
      today: { answer: { type: 'plain_text_input', value: 'North route <@ULEAD1> <http://evil.example|click>' } },
      blockers: { answer: { type: 'plain_text_input', value: 'Waiting on the price list' } },
      mood: { answer: { type: 'static_select', selected_option: { value: '4' } } },
    });
    expect(res.status).toBe(200);
    expect(res.body).toBe('');
    await h.drain();
    const channelPosts = h.slack.messages().filter((m) => m.channel === HOME);
    const head = channelPosts.find((m) => !m.thread_ts)!;
    const reply = channelPosts.find((m) => m.thread_ts === head.ts)!;
    expect(reply).toBeDefined();
    const replyText = JSON.stringify(reply.blocks);
    expect(replyText).toContain('&lt;!channel&gt;');
    expect(replyText).not.toContain('<!channel>');
    expect(replyText).not.toContain('<@ULEAD1>');
    expect(replyText).not.toContain('<http://evil.example|click>');
    const notice = h.slack.callsTo('chat.postMessage').find((c) => c.args.channel === LEADER && JSON.stringify(c.args.blocks).includes('blocker_help'));
    expect(notice).toBeDefined();
  });
});
