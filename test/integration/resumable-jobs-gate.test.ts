import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RecordedCall } from '../fakes/fake-slack.ts';
import { Harness, WORKSPACE } from '../support/harness.ts';

const HOME = 'CGATEHOME';
const ROUTES = 'CGATEROUTES';
const LEAD = 'UGTLEAD';
const CO_LEAD = 'UGTCOLEAD';
const ANNA = 'UGTANNA';
const BEN = 'UGTBEN';

type Values = Record<string, Record<string, unknown>>;
type OpenedView = { callback_id: string; private_metadata: string; blocks: unknown[] };
const input = (value: string) => ({ input: { type: 'plain_text_input', value } });
const krForm = (title: string, target: string): Values => ({
  title: input(title),
  target: { input: { type: 'number_input', value: target } },
  unit: input('shops'),
  due: { input: { type: 'datepicker', selected_date: null } },
  owner: { input: { type: 'users_select', selected_user: null } },
});

/** How many times the fake Slack answered ok per target: channel and ts for an update, the channel for a post. */
const perTarget = (calls: RecordedCall[]) => {
  const counts: Record<string, number> = {};
  for (const call of calls) {
    if (call.answered !== 'ok') continue;
    const key =
      call.method === 'chat.update'
        ? `${String(call.args.channel)}:${String(call.args.ts)}`
        : String(call.args.channel);
    counts[key] = (counts[key] ?? 0) + 1;
  }
  return counts;
};

describe('more jobs that make several Slack calls, under a gate of one call a second', () => {
  let h: Harness;
  let teamId: string;
  let goalId: string;
  let headTs: string;
  /** Each member's key result: Anna's is accepted, Ben's is revised, and Anna's second still waits when the goal closes. */
  const kr: Record<'accepted' | 'revised' | 'waiting', string> = { accepted: '', revised: '', waiting: '' };

  const drain = () => h.drain({ timeoutMs: 50_000 });
  /** The calls of a method since `mark` (an index into the fake's record). */
  const since = (mark: number, method: string) => h.slack.calls.slice(mark).filter((c) => c.method === method);
  const views = (callbackId: string) =>
    h.slack
      .callsTo('views.open')
      .map((c) => c.args.view as OpenedView)
      .filter((v) => v.callback_id === callbackId);
  const nextView = async (callbackId: string, action: () => Promise<unknown>) => {
    const before = views(callbackId).length;
    await action();
    await h.slack.waitFor(() => views(callbackId).length > before);
    return views(callbackId).at(-1)!;
  };
  const keyResult = async (id: string) => (await h.runtime.stores.goals.findKeyResult(id))!;
  const delays = (job: string) =>
    h.logLines.filter((line) => line.includes('slack busy, job delayed') && line.includes(`"${job}`)).length;
  const propose = async (who: string, title: string) => {
    const modal = await nextView('goal_kr_submit', () =>
      h.button(who, 'goal_kr_propose', goalId, { channel: HOME, messageTs: headTs }),
    );
    expect((await h.submitView(who, modal, krForm(title, '10'))).body).toBe('');
    await drain();
    return (await h.runtime.stores.goals.keyResultsOf(goalId)).find((k) => k.title === title)!.id;
  };
  const checkin = (who: string, date: string) =>
    h.submitView(
      who,
      {
        callback_id: 'checkin_submit',
        private_metadata: JSON.stringify({ t: teamId, d: date }),
        blocks: [{ type: 'input', block_id: 'yesterday' }],
      },
      {
        yesterday: { answer: { type: 'plain_text_input', value: `${who} visited four shops` } },
        today: { answer: { type: 'plain_text_input', value: 'Harbour Road' } },
        blockers: { answer: { type: 'plain_text_input', value: '' } },
        mood: { answer: { type: 'static_select', selected_option: { value: '4' } } },
      },
    );

  beforeAll(async () => {
    // Saturday 10:10 in Shanghai: the week's goal ends tomorrow, and no check-in prompts come today.
    h = await Harness.start({
      now: '2026-11-28T02:10:00Z',
      env: { SLACK_SENDS_PER_SECOND: '1', SLACK_TIER3_PER_MINUTE: '60', SLACK_TIER4_PER_MINUTE: '60' },
    });
    for (const id of [LEAD, CO_LEAD, ANNA, BEN])
      h.slack.addUser({
        id,
        name: id.toLowerCase(),
        realName: id,
        tz: 'Asia/Shanghai',
        locale: 'en-US',
        isAdmin: id === LEAD,
      });
    h.slack.setChannelMembers(HOME, [LEAD, CO_LEAD, ANNA, BEN]);
    await h.command('/hexin', 'setup', { user: LEAD, channel: HOME, channelName: 'gate-route' });
    await h.waitForReply((r) => String(r.text).includes('gate-route'));
    await drain();
    await h.command('/hexin', `leader <@${CO_LEAD}|co>`, { user: LEAD, channel: HOME });
    await h.waitForReply((r) => String(r.text).includes(`<@${CO_LEAD}>`));
    teamId = (await h.runtime.stores.teams.findTeamByChannel(WORKSPACE, HOME))!.id;

    const goalModal = await nextView('goal_create', () => h.command('/goal', 'new', { user: LEAD, channel: HOME }));
    await h.submitView(LEAD, goalModal, {
      title: input('Every shop on the harbour route served well'),
      why: input('Shops that trust us order with us.'),
      measure: input('Visit records'),
      period: { input: { type: 'static_select', selected_option: { value: 'week' } } },
      start: { input: { type: 'datepicker', selected_date: null } },
      end: { input: { type: 'datepicker', selected_date: null } },
    });
    await drain();
    const [goal] = await h.runtime.stores.goals.openGoals(teamId);
    goalId = goal!.id;
    headTs = goal!.headTs!;
    kr.accepted = await propose(ANNA, 'Visit every shop twice');
    kr.revised = await propose(BEN, 'Sign up new shops');
    kr.waiting = await propose(ANNA, 'Answer every complaint within a day');
  }, 120_000);
  afterAll(() => h.close());

  it('when a leader accepts a proposal, then the proposal is updated once and the proposer gets one DM', async () => {
    const proposalTs = (await keyResult(kr.accepted)).proposalTs!;
    const delayed = delays('goal-kr-reviewed');
    const mark = h.slack.calls.length;
    await h.button(LEAD, 'goal_kr_accept', kr.accepted, { channel: HOME, messageTs: proposalTs });
    await h.slack.waitFor(() => since(mark, 'chat.postMessage').some((c) => c.args.channel === ANNA), 30_000);
    await drain();

    expect(await keyResult(kr.accepted)).toMatchObject({ status: 'accepted' });
    expect(perTarget(since(mark, 'chat.update'))[`${HOME}:${proposalTs}`]).toBe(1);
    expect(perTarget(since(mark, 'chat.postMessage'))).toEqual({ [ANNA]: 1 });
    expect(delays('goal-kr-reviewed')).toBeGreaterThan(delayed);
    expect(await h.failedJobs()).toEqual([]);
  }, 120_000);

  it('when a proposal is revised, then the revision is posted once, the superseded proposal is updated once and the head is refreshed', async () => {
    const supersededTs = (await keyResult(kr.revised)).proposalTs!;
    const change = await nextView('goal_kr_change_submit', () =>
      h.button(LEAD, 'goal_kr_change', kr.revised, { channel: HOME, messageTs: supersededTs }),
    );
    expect((await h.submitView(LEAD, change, { comment: input('Could you aim for 8?') })).body).toBe('');
    await drain();
    expect(await keyResult(kr.revised)).toMatchObject({ status: 'changes_requested' });

    const revise = await nextView('goal_kr_submit', () =>
      h.button(BEN, 'goal_kr_revise', kr.revised, { channel: `D${BEN.slice(1)}` }),
    );
    const delayed = delays('goal-kr-post');
    const mark = h.slack.calls.length;
    expect((await h.submitView(BEN, revise, krForm('Sign up new shops', '8'))).body).toBe('');
    await h.slack.waitFor(() => since(mark, 'chat.postMessage').length > 0, 30_000);
    await drain();

    const revised = await keyResult(kr.revised);
    expect(revised).toMatchObject({ status: 'proposed', target: 8 });
    expect(revised.proposalTs).not.toBe(supersededTs);
    const posts = since(mark, 'chat.postMessage');
    expect(perTarget(posts)).toEqual({ [HOME]: 1 });
    expect(posts.find((c) => c.answered === 'ok')!.args.thread_ts).toBe(headTs);
    const updates = perTarget(since(mark, 'chat.update'));
    expect(updates[`${HOME}:${supersededTs}`]).toBe(1);
    expect(updates[`${HOME}:${headTs}`]).toBeGreaterThanOrEqual(1);
    expect(delays('goal-kr-post') + delays('goal-head-refresh')).toBeGreaterThan(delayed);
    expect(await h.failedJobs()).toEqual([]);
  }, 120_000);

  it('when a goal closes with proposals still waiting, then each proposal is updated once and the review is posted once', async () => {
    const waiting = [(await keyResult(kr.revised)).proposalTs!, (await keyResult(kr.waiting)).proposalTs!];
    const delayed = delays('goal-review-post');
    const mark = h.slack.calls.length;
    h.clock.set('2026-11-29T16:01:00Z'); // Monday 00:01 in Shanghai: the week is over
    await h.tick();
    await drain();

    expect(await h.runtime.stores.goals.findGoal(goalId)).toMatchObject({ status: 'closed' });
    const updates = perTarget(since(mark, 'chat.update'));
    for (const ts of waiting) expect(updates[`${HOME}:${ts}`]).toBe(1);
    const reviews = since(mark, 'chat.postMessage').filter(
      (c) => c.args.thread_ts === headTs && String(c.args.text).includes('Review'),
    );
    expect(perTarget(reviews)).toEqual({ [HOME]: 1 });
    expect(delays('goal-review-post')).toBeGreaterThan(delayed);
    expect(await h.failedJobs()).toEqual([]);
  }, 120_000);

  it('when two members answer their prompts, then the thread head is posted once, each reply once and each prompt updated once', async () => {
    h.clock.set('2026-11-30T01:00:00Z'); // Monday 09:00 in Shanghai
    await h.tick();
    await drain();
    const prompts = await Promise.all(
      [ANNA, BEN].map(async (who) => {
        const member = (await h.runtime.stores.teams.findMember(teamId, who))!;
        return (await h.runtime.stores.checkins.findPrompt(member.id, '2026-11-30'))!;
      }),
    );
    expect(prompts.every((p) => p.dmChannelId && p.messageTs)).toBe(true);

    const delayed = delays('checkin-publish');
    const mark = h.slack.calls.length;
    for (const who of [ANNA, BEN]) expect((await checkin(who, '2026-11-30')).status).toBe(200);
    await h.slack.waitFor(() => since(mark, 'chat.update').length >= 2, 30_000);
    await drain();

    const posts = since(mark, 'chat.postMessage');
    const heads = posts.filter((c) => !c.args.thread_ts);
    expect(perTarget(heads)).toEqual({ [HOME]: 1 });
    const replies = posts.filter((c) => c.args.thread_ts);
    for (const who of [ANNA, BEN])
      expect(perTarget(replies.filter((c) => JSON.stringify(c.args.blocks).includes(`${who} visited`)))).toEqual({
        [HOME]: 1,
      });
    expect(perTarget(since(mark, 'chat.update'))).toEqual(
      Object.fromEntries(prompts.map((p) => [`${p.dmChannelId}:${p.messageTs}`, 1])),
    );
    expect(delays('checkin-publish')).toBeGreaterThan(delayed);
    expect(await h.failedJobs()).toEqual([]);
  }, 120_000);

  it('when a member gives kudos to two people, then it is posted once in the channel and each recipient gets one DM', async () => {
    const mark = h.slack.calls.length;
    await h.command('/kudos', `<@${BEN}|ben> <@${CO_LEAD}|co> #collaboration covered my route on Friday`, {
      user: ANNA,
      channel: HOME,
    });
    await h.waitForReply((r) => String(r.text).startsWith('Thanks!'));
    await drain();
    expect(perTarget(since(mark, 'chat.postMessage'))).toEqual({ [HOME]: 1, [BEN]: 1, [CO_LEAD]: 1 });
    expect(await h.failedJobs()).toEqual([]);
  }, 120_000);

  it('when the kudos emoji is added to a message in a public channel, then the channel is asked about once, the link once for the post and once for the DM, and each is sent once', async () => {
    const delayed = delays('kudos-');
    const mark = h.slack.calls.length;
    await h.event({
      type: 'reaction_added',
      user: BEN,
      reaction: 'clap',
      item_user: ANNA,
      item: { type: 'message', channel: ROUTES, ts: '1764468000.000100' },
    });
    await h.slack.waitFor(() => since(mark, 'chat.postMessage').some((c) => c.args.channel === ANNA), 30_000);
    await drain();

    expect(perTarget(since(mark, 'chat.postMessage'))).toEqual({ [HOME]: 1, [ANNA]: 1 });
    expect(perTarget(since(mark, 'conversations.info'))).toEqual({ [ROUTES]: 1 });
    expect(perTarget(since(mark, 'chat.getPermalink'))).toEqual({ [ROUTES]: 2 });
    expect(JSON.stringify(since(mark, 'chat.postMessage').map((c) => c.args.blocks))).toContain(
      `archives/${ROUTES}/p1764468000000100`,
    );
    expect(delays('kudos-')).toBeGreaterThan(delayed);
    expect(await h.failedJobs()).toEqual([]);
  }, 120_000);

  it('when a team below the minimum reaches the day before its pulse day, then each leader gets one DM that the round will wait', async () => {
    const mark = h.slack.calls.length;
    h.clock.set('2026-12-01T01:00:00Z'); // Tuesday 09:00 in Shanghai; the pulse day is Wednesday
    await h.tick(2);
    await drain();
    h.clock.set('2026-12-01T01:01:00Z');
    await h.tick();
    await drain();

    const notices = since(mark, 'chat.postMessage').filter((c) => String(c.args.text).includes('/pulse now'));
    expect(perTarget(notices)).toEqual({ [LEAD]: 1, [CO_LEAD]: 1 });
    expect(await h.failedJobs()).toEqual([]);
  }, 120_000);
});
