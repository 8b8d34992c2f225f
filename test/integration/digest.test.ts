import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebClient } from '@slack/web-api';
import { withJobRun } from '../../src/infra/queue/job-run.ts';
import { SlackGate } from '../../src/infra/queue/slack-gate.ts';
import { SlackDigestNotifier } from '../../src/slack/digest-notifier.ts';
import type { RecordedCall } from '../fakes/fake-slack.ts';
import { Harness } from '../support/harness.ts';

const HOME = 'CDIGEST1';
const LEADER = 'UDLEAD';
const LEADER_ZH = 'UDLEADZ';
const MEMBERS = ['UDM1', 'UDM2', 'UDM3', 'UDZH'] as const;

const isDigest = (call: RecordedCall) =>
  call.method === 'chat.postMessage' && /digest|摘要/.test(String(call.args.text ?? ''));
const textOf = (call: RecordedCall) => JSON.stringify(call.args.blocks ?? []);

describe('the leader digest', () => {
  let h: Harness;
  let teamId: string;

  const command = async (user: string, text: string): Promise<Record<string, unknown>> =>
    h.replyTo(`/digest ${text}`, () => h.command('/digest', text, { user, channel: HOME }));
  const checkin = (user: string, date: string, blockers = '') =>
    h.submitView(
      user,
      {
        callback_id: 'checkin_submit',
        private_metadata: JSON.stringify({ t: teamId, d: date }),
        blocks: [{ type: 'input', block_id: 'yesterday' }],
      },
      {
        yesterday: { answer: { type: 'plain_text_input', value: 'visited shops' } },
        today: { answer: { type: 'plain_text_input', value: 'more shops' } },
        blockers: { answer: { type: 'plain_text_input', value: blockers } },
        mood: { answer: { type: 'static_select', selected_option: { value: '4' } } },
      },
    );
  const digestsTo = (user: string) => h.slack.calls.filter((c) => isDigest(c) && c.args.channel === user);
  const snapshots = () =>
    h.runtime.db.session.query<{ week: string; version: number }>(
      'SELECT week, version FROM "DigestSnapshot" WHERE "teamId" = $1 ORDER BY week',
      [teamId],
    );

  beforeAll(async () => {
    h = await Harness.start({ now: '2026-11-30T02:00:00Z' }); // Monday 10:00 in Shanghai, week 2026-W49
    h.slack.addUser({ id: LEADER, realName: 'Lead', tz: 'Asia/Shanghai', locale: 'en-US', isAdmin: true });
    h.slack.addUser({ id: LEADER_ZH, realName: '王领导', tz: 'Asia/Shanghai', locale: 'zh-CN' });
    for (const id of MEMBERS)
      h.slack.addUser({
        id,
        realName: id === 'UDM1' ? '<!channel> *Ann*' : id,
        tz: 'Asia/Shanghai',
        locale: id === 'UDZH' ? 'zh-CN' : 'en-US',
      });
    h.slack.setChannelMembers(HOME, [LEADER, LEADER_ZH, ...MEMBERS]);
    await h.command('/hexin', 'setup', { user: LEADER, channel: HOME, channelName: 'route-west' });
    await h.waitForReply((r) => String(r.text).includes('route-west'));
    await h.drain();
    await h.command('/hexin', `leader <@${LEADER_ZH}|wang>`, { user: LEADER, channel: HOME });
    await h.drain();
    teamId = (await h.runtime.stores.teams.findTeamByChannel('T0TEST', HOME))!.id;
  });
  afterAll(() => h.close());

  it('when the week has check-ins, a blocker and kudos, then the digest hour sends each leader one digest, in their language, even with two clocks and a restart', async () => {
    h.clock.set('2026-12-01T03:00:00Z'); // Tuesday 11:00
    for (const user of ['UDM1', 'UDM2', 'UDZH']) expect((await checkin(user, '2026-12-01')).status).toBe(200);
    expect((await checkin('UDM3', '2026-12-01', 'Shop 9 has no stock <!here>')).status).toBe(200);
    await h.command('/kudos', '<@UDM2|m2> #service helped shop 3', { user: 'UDM1', channel: HOME });
    await h.drain();

    // Monday 08:30 in Shanghai, the week after: the digest of 2026-W49.
    h.clock.set('2026-12-07T00:30:00Z');
    await h.tick(2);
    await h.stopWorker();
    h.startWorker();
    await h.tick(1);
    await h.drain();

    expect(await snapshots()).toEqual([{ week: '2026-W49', version: 1 }]);
    const [en] = digestsTo(LEADER);
    const [zh] = digestsTo(LEADER_ZH);
    expect(digestsTo(LEADER)).toHaveLength(1);
    expect(digestsTo(LEADER_ZH)).toHaveLength(1);
    expect(textOf(en!)).toContain('Coaching suggestions');
    expect(textOf(zh!)).toContain('辅导建议');
    // The blocker has waited since Tuesday: the first suggestion asks its member, and cites why.
    expect(textOf(en!)).toMatch(/has waited \d+ days for help with a blocker/);
    expect(textOf(en!)).toContain('Why: days the blocker has been open');
    // Check-ins: four of the week's expected member-days were answered.
    expect(textOf(en!)).toMatch(/Check-ins: 4 of \d+ answered/);
    // Typed text stays inert: no ping, no formatting.
    expect(textOf(en!)).not.toContain('<!channel>');
    expect(textOf(en!)).not.toContain('<!here>');
    expect(textOf(en!)).toContain('Shop 9 has no stock &lt;!here&gt;');

    // The next minutes of that Monday send nothing more.
    h.clock.set('2026-12-07T01:30:00Z');
    await h.tick(2);
    await h.drain();
    expect(digestsTo(LEADER)).toHaveLength(1);
  });

  it('when a leader presses "Ask how it is going" on the blocker suggestion, then its member is asked once, and nobody else may press it', async () => {
    const blocks = JSON.stringify(digestsTo(LEADER)[0]!.args.blocks);
    const blockerId = /"action_id":"digest_blocker_ask","value":"([a-z0-9]+)"/.exec(blocks)![1]!;
    const asks = () =>
      h.slack
        .callsTo('chat.postMessage')
        .filter((c) => c.args.channel === 'UDM3' && String(c.args.text).includes('would like to know'));
    const confirmed = await h.replyTo('ask', () =>
      h.button(LEADER, 'digest_blocker_ask', blockerId, { channel: LEADER }),
    );
    expect(String(confirmed.text)).toContain('is asked how the blocker is going');
    await h.drain();
    expect(asks()).toHaveLength(1);
    expect(String(asks()[0]!.args.text)).toContain('Shop 9 has no stock &lt;!here&gt;');
    // Pressed again: the job of this leader and blocker exists; nothing more is sent.
    await h.replyTo('ask again', () => h.button(LEADER, 'digest_blocker_ask', blockerId, { channel: LEADER }));
    await h.drain();
    expect(asks()).toHaveLength(1);
    // A member, or someone outside the team, pressing a copied button is refused.
    for (const stranger of ['UDM1', 'UOUTSIDER']) {
      const refused = await h.replyTo('stranger', () =>
        h.button(stranger, 'digest_blocker_ask', blockerId, { channel: stranger }),
      );
      expect(String(refused.text)).not.toContain('is asked');
    }
    const forged = await h.replyTo('forged', () =>
      h.button(LEADER, 'digest_blocker_ask', 'nosuchblocker0000', { channel: LEADER }),
    );
    expect(String(forged.text)).toContain('That blocker is gone');
    await h.drain();
    expect(asks()).toHaveLength(1);
  });

  it('when a pulse round closed with fewer answers than the minimum group, then the digest hides its figures and says why, beside the trend chart it uploaded', async () => {
    await h.runtime.db.session.query(
      `INSERT INTO "PulseRound" (id, "teamId", period, "questionIds", "openedAt", "closesAt", "closedAt", respondents, invited)
       VALUES ('pr-digest-1', $1, '2026-W50', ARRAY['goals_1'], now(), now(), $2, 2, 6)`,
      [teamId, new Date('2026-12-10T00:00:00Z')],
    );
    await h.runtime.db.session.query(
      `INSERT INTO "PulseAnswer" (id, "roundId", "questionId", trait, score) VALUES ('pa-1', 'pr-digest-1', 'goals_1', 'goals', 1), ('pa-2', 'pr-digest-1', 'goals_1', 'goals', 2)`,
    );
    h.clock.set('2026-12-14T00:30:00Z'); // Monday 08:30: the digest of 2026-W50
    await h.tick(1);
    await h.drain();
    const latest = digestsTo(LEADER).at(-1)!;
    expect(textOf(latest)).toContain('Team pulse 2026-W50: hidden — fewer than 5 people answered');
    expect(textOf(latest)).not.toContain('1.5');
    expect(textOf(digestsTo(LEADER_ZH).at(-1)!)).toContain('作答不足 5 人');
    // Two weeks stored: each leader's digest shows the trend as a PNG uploaded to Slack, referred to by file id.
    for (const [leader, alt] of [
      [LEADER, 'A chart of route-west by week'],
      [LEADER_ZH, 'route-west 的每周图表'],
    ] as const) {
      const image = (digestsTo(leader).at(-1)!.args.blocks as Array<Record<string, unknown>>).find(
        (b) => b.type === 'image',
      );
      expect(image).toMatchObject({ slack_file: { id: expect.stringMatching(/^F/) } });
      expect(String(image!.alt_text)).toContain(alt);
      const png = h.slack.uploadedContent((image!.slack_file as { id: string }).id)!;
      expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
    }
    expect(h.slack.callsTo('files.completeUploadExternal')).toHaveLength(2);
    expect(h.slack.blockKitRefusals()).toEqual([]);
    // The job named a team and a week, nothing else.
    const jobs = (await h.allJobs()).filter((j) => j.name === 'digest-team');
    expect(jobs.map((j) => Object.keys(j.data as object).sort())).toEqual(jobs.map(() => ['teamId', 'week']));
  });

  it('when a leader and a member open the App Home, then the leader sees the team at a glance and the last digest, the member only their own', async () => {
    const homeOf = async (user: string) => {
      const before = h.slack.callsTo('views.publish').length;
      await h.event({ type: 'app_home_opened', user, tab: 'home', channel: `D${user}` });
      await h.slack.waitFor((calls) => calls.filter((c) => c.method === 'views.publish').length > before);
      return h.slack
        .callsTo('views.publish')
        .filter((c) => c.args.user_id === user)
        .at(-1)!.args.view as {
        blocks: unknown[];
      };
    };
    const leader = await homeOf(LEADER);
    const text = JSON.stringify(leader.blocks);
    expect(text).toContain('Your team this week so far');
    expect(text).toContain('Blockers waiting for help: 1');
    expect(text).toContain('Digest of the week of');
    expect(text).toContain('has waited'); // the last digest's first suggestion
    expect(text).toContain('"action_id":"digest_history"');
    expect(leader.blocks.length).toBeLessThanOrEqual(100);
    // No informal channel yet: no coffee round to come. With one, the round the coffee lines show.
    expect(text).toContain('Next coffee round: not scheduled');
    await h.runtime.db.session.query('UPDATE "Team" SET "informalChannelId" = $1 WHERE id = $2', ['CDCOFFEE', teamId]);
    const withCoffee = JSON.stringify((await homeOf(LEADER)).blocks);
    expect(withCoffee).toMatch(/Next coffee round: (Mon|Tue|Wed|Thu|Fri|Sat|Sun) \d+ [A-Z][a-z]{2} \d{4}/);
    await h.runtime.db.session.query('UPDATE "Team" SET "informalChannelId" = NULL WHERE id = $1', [teamId]);
    // The member: their kudos by value, role card and scorecard; no team figures, no digest.
    const member = JSON.stringify((await homeOf('UDM2')).blocks);
    expect(member).toContain('Kudos you received (30 days):');
    expect(member).toMatch(/Kudos you received \(30 days\):\* [^"]* 1/);
    expect(member).toContain('Your role card');
    expect(member).toContain('Your scorecard');
    expect(member).not.toContain('Your team this week so far');
    expect(member).not.toContain('digest_history');
    const zh = JSON.stringify((await homeOf(LEADER_ZH)).blocks);
    expect(zh).toContain('团队本周到目前为止');

    // "Earlier digests" opens the ones before the latest, for a leader of the team only.
    const opens = h.slack.callsTo('views.open').length;
    await h.button(LEADER, 'digest_history', teamId, { channel: `D${LEADER}` });
    await h.slack.waitFor((calls) => calls.filter((c) => c.method === 'views.open').length > opens);
    const modal = JSON.stringify(h.slack.callsTo('views.open').at(-1)!.args.view);
    expect(modal).toContain('Earlier digests');
    expect(modal).toContain('Digest of the week of Mon 30 Nov 2026');
    const before = h.slack.callsTo('views.open').length;
    await h.button('UDM2', 'digest_history', teamId, { channel: 'DUDM2' });
    await h.drain();
    expect(h.slack.callsTo('views.open')).toHaveLength(before);
  });

  it('when a leader presses "Send thanks", then a kudos form comes filled with whoever nobody recognised, and sending it gives the kudos', async () => {
    const opens = h.slack.callsTo('views.open').length;
    await h.button(LEADER, 'digest_thanks', teamId, { channel: LEADER });
    await h.slack.waitFor((calls) => calls.filter((c) => c.method === 'views.open').length > opens);
    const view = h.slack.callsTo('views.open').at(-1)!.args.view as {
      blocks: Array<Record<string, unknown>>;
      private_metadata: string;
    };
    const people = view.blocks.find((b) => b.block_id === 'thanks_people')!.element as { initial_users: string[] };
    expect(h.slack.blockKitRefusals()).toEqual([]);
    // UDM2 was thanked this month; leaders are not listed.
    expect([...people.initial_users].sort()).toEqual(['UDM1', 'UDM3', 'UDZH']);
    expect(JSON.stringify(view)).toContain('Thank you for the work you do for our customers');
    const posts = () =>
      h.slack
        .callsTo('chat.postMessage')
        .filter((c) => c.args.channel === HOME && JSON.stringify(c.args).includes('shop 12'));
    const answer = await h.submitView(
      LEADER,
      { callback_id: 'digest_thanks_submit', private_metadata: view.private_metadata, blocks: view.blocks },
      {
        thanks_people: { value: { type: 'multi_users_select', selected_users: ['UDM1', 'UDM3'] } },
        thanks_value: { value: { type: 'static_select', selected_option: { value: 'service' } } },
        thanks_message: { value: { type: 'plain_text_input', value: 'Thank you for shop 12' } },
      },
    );
    expect(answer.json<{ response_action: string }>()!.response_action).toBe('update');
    await h.drain();
    expect(posts()).toHaveLength(1);
    // Thanking oneself is refused next to the people, as /kudos refuses it.
    const self = await h.submitView(
      LEADER,
      { callback_id: 'digest_thanks_submit', private_metadata: view.private_metadata, blocks: view.blocks },
      {
        thanks_people: { value: { type: 'multi_users_select', selected_users: [LEADER] } },
        thanks_value: { value: { type: 'static_select', selected_option: { value: 'service' } } },
        thanks_message: { value: { type: 'plain_text_input', value: 'me' } },
      },
    );
    expect(self.json<{ response_action: string; errors: Record<string, string> }>()).toMatchObject({
      response_action: 'errors',
      errors: { thanks_people: expect.any(String) },
    });
    // A member cannot open the leader's form.
    const before = h.slack.callsTo('views.open').length;
    const refused = await h.replyTo('thanks', () => h.button('UDM2', 'digest_thanks', teamId, { channel: 'UDM2' }));
    expect(String(refused.text)).toMatch(/leader/i);
    expect(h.slack.callsTo('views.open')).toHaveLength(before);
  });

  it('when a leader runs /digest mid-week, then they see this week so far, marked as such, and nothing is stored', async () => {
    h.clock.set('2026-12-16T06:00:00Z'); // Wednesday 14:00, week 2026-W51
    const reply = await command(LEADER, '');
    expect(JSON.stringify(reply.blocks)).toContain('this week so far');
    expect(JSON.stringify(reply.blocks)).toContain('figures will still move');
    expect((await snapshots()).map((s) => s.week)).toEqual(['2026-W49', '2026-W50']);
  });

  it('when a member runs /digest, then they are told in their language that it goes to leaders and what it holds', async () => {
    expect(String((await command('UDM2', '')).text)).toContain('goes to your team’s leaders');
    expect(String((await command('UDZH', '')).text)).toContain('摘要每周发给团队的领导');
    expect(String((await command('UDM2', 'off')).text)).toContain('goes to your team’s leaders');
  });

  it('when a leader changes the digest’s day and time, or turns it off, then the next digest follows — without its chart when Slack refuses the upload — and bad input is explained in both languages', async () => {
    const set = String((await command(LEADER, 'settings day=tue time=09:15')).text);
    expect(set).toContain('every Tue at 09:15');
    expect(String((await command(LEADER, 'settings day=someday')).text)).toContain('weekday such as');
    expect(String((await command(LEADER_ZH, '设置 时间=25:00')).text)).toContain('24 小时制');
    expect(String((await command(LEADER, 'later')).text)).toContain('I didn’t understand');
    const before = digestsTo(LEADER).length;
    h.clock.set('2026-12-21T00:30:00Z'); // Monday 08:30: no longer the day
    await h.tick(1);
    await h.drain();
    expect(digestsTo(LEADER)).toHaveLength(before);
    // Slack refuses the chart's upload: the digest still goes, saying the chart could not be made.
    h.slack.failNext('files.getUploadURLExternal', { error: 'invalid_arguments' }, 2);
    h.clock.set('2026-12-22T01:15:00Z'); // Tuesday 09:15
    await h.tick(1);
    await h.drain();
    expect(digestsTo(LEADER)).toHaveLength(before + 1);
    const late = digestsTo(LEADER).at(-1)!;
    expect(textOf(late)).toContain('The chart could not be made this time');
    expect((late.args.blocks as Array<{ type: string }>).some((b) => b.type === 'image')).toBe(false);
    expect(textOf(digestsTo(LEADER_ZH).at(-1)!)).toContain('这次未能生成图表');
    // The job's log says why, once for each leader.
    const refusals = h.logLines.filter((line) => line.includes('Slack refused the digest chart'));
    expect(refusals).toHaveLength(2);
    expect(refusals[0]).toContain('invalid_arguments');
    expect(String((await command(LEADER, 'off')).text)).toContain('is off');
    h.clock.set('2026-12-29T01:15:00Z');
    await h.tick(1);
    await h.drain();
    expect(digestsTo(LEADER)).toHaveLength(before + 1);
  });

  it('when a chart cannot be drawn, then nothing is uploaded and the job’s log says why, so the digest goes without it', async () => {
    const warned: string[] = [];
    const run = {
      id: 'digest-team-chart',
      name: 'digest-team',
      retried: false,
      since: new Date(0),
      log: { warn: (fields: object, message?: string) => void warned.push(`${message} ${JSON.stringify(fields)}`) },
    };
    const notifier = new SlackDigestNotifier(
      new WebClient('xoxb-test-token', { slackApiUrl: h.slack.apiUrl }),
      new SlackGate(h.runtime.redis, h.config.QUEUE_PREFIX, 50),
      { render: () => Promise.reject(new Error('no font to draw with')), font: 'none' },
    );
    const team = (await h.runtime.stores.digest.findTeam(teamId))!;
    const leader = (await h.runtime.stores.teams.findMember(teamId, LEADER))!;
    const uploads = h.slack.callsTo('files.getUploadURLExternal').length;
    const points = [{ week: '2026-W49', series: 'checkin' as const, value: 0.5 }];
    expect(await withJobRun(run, () => notifier.uploadChart(leader, team, points))).toBeNull();
    expect(h.slack.callsTo('files.getUploadURLExternal')).toHaveLength(uploads);
    expect(warned).toEqual([expect.stringContaining('the digest chart could not be drawn')]);
    expect(warned[0]).toContain('no font to draw with');
  });
});
