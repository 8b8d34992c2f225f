import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RecordedCall } from '../fakes/fake-slack.ts';
import { Harness } from '../support/harness.ts';

const HOME = 'CRSHOME';
const LEAD = 'URSLEAD';
const CO_LEAD = 'URSCOLEAD';
const AUTHOR = 'URSAUTHOR';
const OTHER = 'URSOTHER';

type Blocks = Array<{ type: string; elements?: Array<{ action_id?: string; value?: string }> }>;
const json = (value: unknown) => JSON.stringify(value);
const text = (r: Record<string, unknown>) => String(r.text);

/** Successful calls of a method per message (channel and ts). */
const perMessage = (calls: RecordedCall[]) => {
  const counts = new Map<string, number>();
  for (const call of calls) {
    if (call.answered !== 'ok') continue;
    const key = `${String(call.args.channel)}:${String(call.args.ts)}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
};

describe('jobs that make several Slack calls, under a gate of one call a second', () => {
  let h: Harness;

  const lastModal = async (after: number) => {
    const calls = await h.slack.waitFor((all) => all.filter((c) => c.method === 'views.open').length > after);
    return calls.filter((c) => c.method === 'views.open').at(-1)!.args.view as { private_metadata: string };
  };
  const modalCount = () => h.slack.callsTo('views.open').length;
  const dmsWith = (user: string, actionId: string) =>
    h.slack
      .callsTo('chat.postMessage')
      .filter(
        (c) =>
          c.args.channel === user && c.answered === 'ok' && json(c.args.blocks).includes(`"action_id":"${actionId}"`),
      );
  const threadIdOf = (call: RecordedCall, actionId: string) =>
    (call.args.blocks as Blocks).flatMap((b) => b.elements ?? []).find((e) => e.action_id === actionId)!.value!;
  const threadRow = async (id: string) =>
    (
      await h.runtime.db.session.query<Record<string, unknown>>('SELECT * FROM "FeedbackThread" WHERE id = $1', [id])
    )[0]!;
  const drain = () => h.drain({ timeoutMs: 50_000 });
  /** The clock moves to the end of the window that holds the author's latest words, and the batch goes out. */
  const atNextBatch = async () => {
    const [row] = await h.runtime.db.session.query<{ at: Date | string }>(
      'SELECT max("deliverAfter") AS at FROM "FeedbackMessage" WHERE "deliveredAt" IS NULL',
    );
    h.clock.set(new Date(row!.at));
    await h.tick();
    await drain();
  };
  const submitFeedback = async () => {
    const before = modalCount();
    await h.command('/feedback', '', { user: AUTHOR, channel: `D${AUTHOR.slice(1)}` });
    const view = await lastModal(before);
    await h.submitView(
      AUTHOR,
      { callback_id: 'feedback_submit', private_metadata: view.private_metadata },
      {
        feedback_category: { value: { type: 'static_select', selected_option: { value: 'support' } } },
        feedback_text: { value: { type: 'plain_text_input', value: 'Samples reach new shops late' } },
        feedback_sign: { value: { type: 'checkboxes', selected_options: [] } },
      },
    );
  };
  const leaderReplies = async (threadId: string, words: string) => {
    const before = modalCount();
    await h.button(LEAD, 'feedback_reply', threadId);
    const modal = await lastModal(before);
    await h.submitView(
      LEAD,
      { callback_id: 'feedback_reply_submit', private_metadata: modal.private_metadata },
      { feedback_text: { value: { type: 'plain_text_input', value: words } } },
    );
    await drain();
  };
  const authorAnswers = async (threadId: string, words: string) => {
    const before = modalCount();
    await h.button(AUTHOR, 'feedback_answer', threadId);
    const modal = await lastModal(before);
    await h.submitView(
      AUTHOR,
      { callback_id: 'feedback_answer_submit', private_metadata: modal.private_metadata },
      { feedback_text: { value: { type: 'plain_text_input', value: words } } },
    );
  };

  beforeAll(async () => {
    // Saturday: no check-in prompts to get in the way.
    h = await Harness.start({
      now: '2026-11-28T02:10:00Z',
      env: { SLACK_SENDS_PER_SECOND: '1', SLACK_TIER3_PER_MINUTE: '60', SLACK_TIER4_PER_MINUTE: '60' },
    });
    for (const id of [LEAD, CO_LEAD, AUTHOR, OTHER])
      h.slack.addUser({ id, name: id.toLowerCase(), tz: 'Asia/Shanghai', locale: 'en-US', isAdmin: id === LEAD });
    h.slack.setChannelMembers(HOME, [LEAD, CO_LEAD, AUTHOR, OTHER]);
    await h.command('/hexin', 'setup', { user: LEAD, channel: HOME, channelName: 'resume-route' });
    await h.waitForReply((r) => text(r).includes('resume-route'));
    await drain();
    await h.command('/hexin', `leader <@${CO_LEAD}|co>`, { user: LEAD, channel: HOME });
    await h.waitForReply((r) => text(r).includes(`<@${CO_LEAD}>`));
  }, 120_000);
  afterAll(() => h.close());

  it('when a conversation with six copies is closed by a leader, then every copy is edited exactly once, the route is deleted and the job completes', async () => {
    await submitFeedback();
    await atNextBatch();
    const threadId = threadIdOf(dmsWith(LEAD, 'feedback_reply')[0]!, 'feedback_reply');
    await leaderReplies(threadId, 'Which shops?');
    await authorAnswers(threadId, 'The ones on Harbour Road');
    await atNextBatch();
    await leaderReplies(threadId, 'Thanks, we will reorder the route');
    const copies = await h.runtime.db.session.query<{ n: string }>(
      'SELECT count(*) AS n FROM "FeedbackDelivery" d JOIN "FeedbackMessage" m ON m.id = d."messageId" WHERE m."threadId" = $1',
      [threadId],
    );
    // Two leaders × two words of the author, and the author's two copies of the replies.
    expect(Number(copies[0]!.n)).toBe(6);
    const posted = h.slack
      .callsTo('chat.postMessage')
      .filter((c) => c.answered === 'ok' && json(c.args.blocks).includes(threadId)).length;
    expect(posted).toBe(6);

    const updatesBefore = h.slack.callsTo('chat.update').length;
    await h.button(LEAD, 'feedback_leader_close', threadId);
    await drain();

    const updates = perMessage(h.slack.callsTo('chat.update').slice(updatesBefore));
    expect(updates.size).toBe(6);
    expect([...updates.values()]).toEqual([1, 1, 1, 1, 1, 1]);
    // The gate did turn the close away at least once: the test is about resuming.
    expect(
      h.logLines.some((line) => line.includes('slack busy, job delayed') && line.includes('feedback-closed')),
    ).toBe(true);
    expect(await threadRow(threadId)).toMatchObject({ route: null, status: 'closed' });
    const closeJobs = (await h.allJobs()).filter((job) => job.name === 'feedback-closed');
    expect(closeJobs).toHaveLength(1);
    expect(await closeJobs[0]!.getState()).toBe('completed');
    expect(await h.failedJobs()).toEqual([]);
  }, 120_000);

  it('when a conversation’s thirty days are up, then every copy is edited exactly once and the route is deleted', async () => {
    h.clock.set('2026-11-28T12:10:00Z');
    await submitFeedback();
    await atNextBatch();
    const threadId = threadIdOf(dmsWith(LEAD, 'feedback_reply').at(-1)!, 'feedback_reply');
    await leaderReplies(threadId, 'Noted, thank you');
    const expires = new Date((await threadRow(threadId)).routeExpiresAt as string);
    const updatesBefore = h.slack.callsTo('chat.update').length;
    h.clock.set(new Date(Math.ceil(expires.getTime() / 3_600_000) * 3_600_000)); // the hourly planner's minute
    await h.tick();
    await drain();
    const updates = perMessage(h.slack.callsTo('chat.update').slice(updatesBefore));
    // Each leader's copy and the author's copy of the reply.
    expect([...updates.values()]).toEqual([1, 1, 1]);
    expect(await threadRow(threadId)).toMatchObject({ route: null, status: 'closed' });
    expect(
      h.logLines.some((line) => line.includes('slack busy, job delayed') && line.includes('feedback-expire')),
    ).toBe(true);
    expect(await h.failedJobs()).toEqual([]);
  }, 120_000);

  it('when a leader claims a blocker two leaders were told of, then each notice is edited once and the member gets one DM', async () => {
    h.clock.set('2026-11-30T03:00:00Z'); // Monday 11:00 in Shanghai
    const teamId = (await h.runtime.stores.teams.findTeamByChannel('T0TEST', HOME))!.id;
    await h.submitView(
      OTHER,
      {
        callback_id: 'checkin_submit',
        private_metadata: JSON.stringify({ t: teamId, d: '2026-11-30' }),
        blocks: [{ type: 'input', block_id: 'yesterday' }],
      },
      {
        yesterday: { answer: { type: 'plain_text_input', value: 'Visited four shops' } },
        today: { answer: { type: 'plain_text_input', value: 'Harbour Road' } },
        blockers: { answer: { type: 'plain_text_input', value: 'Shop 7 wants a refund' } },
        mood: { answer: { type: 'static_select', selected_option: { value: '3' } } },
      },
    );
    await drain();
    // The thread's head and the reply, once each.
    expect(h.slack.messages().filter((m) => m.channel === HOME)).toHaveLength(2);
    const notices = h.slack
      .callsTo('chat.postMessage')
      .filter((c) => c.answered === 'ok' && json(c.args.blocks).includes('blocker_help'));
    expect(notices.map((c) => c.args.channel).sort()).toEqual([CO_LEAD, LEAD].sort());
    const blockerId = /"action_id":"blocker_help","value":"([a-z0-9]+)"/.exec(json(notices[0]!.args.blocks))![1]!;

    const updatesBefore = h.slack.callsTo('chat.update').length;
    const busyBefore = h.logLines.filter(
      (line) => line.includes('slack busy, job delayed') && line.includes('blocker-claimed'),
    ).length;
    await h.button(CO_LEAD, 'blocker_help', blockerId);
    await drain();
    const updates = perMessage(h.slack.callsTo('chat.update').slice(updatesBefore));
    expect(updates.size).toBe(2);
    expect([...updates.values()]).toEqual([1, 1]);
    const told = h.slack
      .callsTo('chat.postMessage')
      .filter((c) => c.answered === 'ok' && c.args.channel === OTHER && String(c.args.text).includes(`<@${CO_LEAD}>`));
    expect(told).toHaveLength(1);
    expect(
      h.logLines.filter((line) => line.includes('slack busy, job delayed') && line.includes('blocker-claimed')).length,
    ).toBeGreaterThan(busyBefore);
    expect(await h.failedJobs()).toEqual([]);
  }, 120_000);
});
