import { Queue } from 'bullmq';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Round } from '../../src/domain/pulse/model.ts';
import { pulseResults, setPulseEnabled } from '../../src/domain/pulse/service.ts';
import { TRAITS } from '../../src/domain/pulse/traits.ts';
import { QUEUE_NAME } from '../../src/infra/queue/queue.ts';
import type { RecordedCall } from '../fakes/fake-slack.ts';
import { Harness } from '../support/harness.ts';

const HOME = 'CPULSE1';
const LEADER = 'UPLEAD';
const MEMBERS = ['UPM1', 'UPM2', 'UPM3', 'UPM4', 'UPM5', 'UPZH'] as const;
type Person = (typeof MEMBERS)[number];

const isInvite = (call: RecordedCall) =>
  call.method === 'chat.postMessage' && JSON.stringify(call.args.blocks ?? '').includes('"pulse_open"');

describe('team pulse', () => {
  let h: Harness;
  let teamId: string;
  const memberIds = new Map<string, string>();
  /** Log lines and jobs are compared around every answer. */
  const answerWindows: Array<{ logs: string[]; newJobs: string[] }> = [];

  const pulse = () => h.runtime.stores.pulse;
  const roundOf = async (period: string): Promise<Round> => (await pulse().findRoundOfWeek(teamId, period))!;
  const jobIds = async () => (await h.allJobs()).map((job) => job.id ?? '');
  const answerRows = async (roundId: string) =>
    (
      await h.runtime.db.session.query<{ n: number }>(
        'SELECT count(*)::int AS n FROM "PulseAnswer" WHERE "roundId" = $1',
        [roundId],
      )
    )[0]!.n;
  /** Submissions of an open round, held in Redis until it closes. */
  const heldSubmissions = (roundId: string) =>
    h.runtime.redis.llen(`${h.config.QUEUE_PREFIX}:pulse-answers:${roundId}`);

  /** The person presses "Answer the pulse": the modal Slack was asked to open, or the ephemeral reply. */
  async function openForm(user: string, roundId: string) {
    const before = h.slack.callsTo('views.open').length;
    const repliesBefore = h.replies().length;
    expect((await h.button(user, 'pulse_open', roundId)).status).toBe(200);
    const deadline = Date.now() + 5000;
    while (Date.now() < deadline) {
      const opened = h.slack.callsTo('views.open').slice(before);
      if (opened.length > 0)
        return {
          view: opened[0]!.args.view as {
            private_metadata: string;
            blocks: Array<{ type: string; block_id?: string; label?: { text: string } }>;
          },
        };
      const replies = h.replies().slice(repliesBefore);
      if (replies.length > 0) return { reply: String(replies[0]!.text) };
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    throw new Error('neither a modal nor a reply');
  }

  /** Runs part of the answer path and keeps the log lines and new jobs it produced. */
  async function watched<T>(work: () => Promise<T>): Promise<T> {
    const logsBefore = h.logLines.length;
    const jobsBefore = new Set(await jobIds());
    const result = await work();
    await h.drain();
    answerWindows.push({
      logs: h.logLines.slice(logsBefore),
      newJobs: (await jobIds()).filter((id) => !jobsBefore.has(id)),
    });
    return result;
  }

  const scoreValues = (ids: readonly string[], scores: ReadonlyArray<number | undefined>, comment: string) => ({
    ...Object.fromEntries(
      ids.map((id, i) => [
        id,
        {
          score: {
            type: 'radio_buttons',
            selected_option: scores[i] === undefined ? null : { value: String(scores[i]) },
          },
        },
      ]),
    ),
    comment: { comment: { type: 'plain_text_input', value: comment } },
  });

  /** Opens the form and submits it with one score per question, as Slack posts it. */
  const answer = (user: Person, round: Round, scores: number[], comment = '') =>
    watched(async () => {
      const opened = await openForm(user, round.id);
      expect(opened.view, opened.reply).toBeDefined();
      const questionBlocks = opened
        .view!.blocks.filter((b) => b.type === 'input' && b.block_id !== 'comment')
        .map((b) => b.block_id!);
      expect(questionBlocks).toEqual(round.questionIds);
      const res = await h.submitView(
        user,
        { callback_id: 'pulse_submit', private_metadata: opened.view!.private_metadata },
        scoreValues(questionBlocks, scores, comment),
      );
      expect(res.status).toBe(200);
      return res.json<{ response_action: string; view?: unknown; errors?: Record<string, string> }>()!;
    });

  const command = (user: string, text: string): Promise<Record<string, unknown>> =>
    h.replyTo(`/pulse ${text}`, () => h.command('/pulse', text, { user, channel: HOME }));

  async function at(iso: string, clocks = 1) {
    h.clock.set(iso);
    await h.tick(clocks);
    await h.drain();
  }

  beforeAll(async () => {
    h = await Harness.start({ now: '2026-12-01T02:00:00Z' }); // Tuesday 10:00 in Shanghai, week 2026-W49
    h.slack.addUser({ id: LEADER, realName: 'Lead', tz: 'Asia/Shanghai', locale: 'en-US', isAdmin: true });
    for (const id of MEMBERS)
      h.slack.addUser({ id, realName: id, tz: 'Asia/Shanghai', locale: id === 'UPZH' ? 'zh-CN' : 'en-US' });
    h.slack.setChannelMembers(HOME, [LEADER, ...MEMBERS]);
    await h.command('/hexin', 'setup', { user: LEADER, channel: HOME, channelName: 'pulse-route' });
    await h.waitForReply((r) => String(r.text).includes('pulse-route'));
    await h.drain();
    teamId = (await h.runtime.stores.teams.findTeamByChannel('T0TEST', HOME))!.id;
    for (const member of await h.runtime.stores.teams.activeMembers(teamId))
      memberIds.set(member.slackUserId, member.id);
    expect(memberIds.size).toBe(7);
  });
  afterAll(() => h.close());

  it('when two clocks tick through the team’s pulse time on Wednesday, then one round opens and each member is invited once, in their language', async () => {
    await at('2026-12-02T00:59:00Z', 2); // Wednesday 08:59 in Shanghai: not yet
    expect(h.slack.calls.filter(isInvite)).toEqual([]);
    await at('2026-12-02T01:00:00Z', 2);
    await at('2026-12-02T01:01:00Z', 2);
    await at('2026-12-02T05:00:00Z', 2);

    const invites = h.slack.calls.filter(isInvite);
    expect(invites.map((c) => c.args.channel).sort()).toEqual([...MEMBERS].sort());
    const rounds = await pulse().recentRounds(teamId, 10);
    expect(rounds).toHaveLength(1);
    const round = await roundOf('2026-W49');
    expect(round).toMatchObject({
      invited: 6,
      respondents: 0,
      closedAt: null,
      closesAt: new Date('2026-12-07T01:00:00Z'),
    });
    expect(round.questionIds).toHaveLength(3);
    expect((await h.allJobs()).filter((j) => j.name === 'pulse-open').map((j) => j.id)).toEqual([
      `pulse-open-${teamId}-2026-W49`,
    ]);
    expect(String(invites.find((c) => c.args.channel === 'UPZH')!.args.text)).toContain('团队脉搏');
    expect(String(invites.find((c) => c.args.channel === 'UPM1')!.args.text)).toContain('Team pulse');
    expect(await h.failedJobs()).toEqual([]);
  });

  it('when members open the pulse, then each sees the round’s three 1–5 questions in their own language', async () => {
    const round = await roundOf('2026-W49');
    const zh = await openForm('UPZH', round.id);
    const en = await openForm('UPM1', round.id);
    const labels = (view: NonNullable<typeof zh.view>) =>
      view.blocks.filter((b) => b.type === 'input' && b.block_id !== 'comment').map((b) => b.label!.text);
    expect(labels(zh.view!)).toHaveLength(3);
    expect(labels(zh.view!).every((text) => /[\u4e00-\u9fff]/.test(text))).toBe(true);
    expect(labels(en.view!).every((text) => /^[\x20-\x7e’—]+$/.test(text))).toBe(true);
    expect(JSON.stringify(en.view)).toContain('"radio_buttons"');
  });

  it('when a member answers twice, then the second answer is refused as already answered and nothing more is stored', async () => {
    const round = await roundOf('2026-W49');
    const first = await answer('UPM1', round, [4, 4, 4]);
    expect(first.response_action).toBe('update');
    expect(JSON.stringify(first.view)).toContain('Your answers are in');

    // The button now refuses: no modal opens.
    const refused = await watched(() => openForm('UPM1', round.id));
    expect(refused).toEqual({ reply: 'You have already answered this pulse. Thank you!' });
    // A second submission of a modal still open elsewhere is refused too.
    const direct = await watched(() =>
      h.submitView(
        'UPM1',
        { callback_id: 'pulse_submit', private_metadata: round.id },
        scoreValues(round.questionIds, [1, 1, 1], 'again'),
      ),
    );
    expect(direct.json()).toMatchObject({ response_action: 'update' });
    expect(JSON.stringify(direct.json())).toContain('You have already answered this pulse');
    // Held outside the database until the round closes: one submission, no row, no count yet.
    expect(await heldSubmissions(round.id)).toBe(1);
    expect(await roundOf('2026-W49')).toMatchObject({ respondents: 0 });
    expect(await answerRows(round.id)).toBe(0);
    expect(await pulse().invites(round.id)).toHaveLength(6);
  });

  it('when a score is missing, then the modal shows the problem on that question and nothing is saved', async () => {
    const round = await roundOf('2026-W49');
    const result = await answer('UPM2', round, [5, 5]);
    expect(result.response_action).toBe('errors');
    expect(result.errors).toEqual({ [round.questionIds[2]!]: 'Please pick a number from 1 to 5.' });
    expect(await heldSubmissions(round.id)).toBe(1);
  });

  it('when fewer than five have answered, then a leader sees no figure at all, before or after the round closes, and a member gets a thank-you', async () => {
    const round = await roundOf('2026-W49');
    await answer('UPM2', round, [5, 5, 5], 'Prices came late again');
    await answer('UPM3', round, [2, 2, 2]);
    await answer('UPZH', round, [3, 4, 5], '谢谢');
    const digitsBesidesWeeks = (reply: Record<string, unknown>) =>
      JSON.stringify({ text: reply.text, blocks: reply.blocks })
        .replace(/\d{4}-W\d{2}/g, '')
        .match(/\d/g);

    const whileOpen = await command(LEADER, 'results');
    expect(String(whileOpen.text)).toContain('is open until');
    expect(JSON.stringify(whileOpen)).not.toContain('Prices came late');

    expect(await answerRows(round.id)).toBe(0);
    await at('2026-12-07T01:00:00Z');
    const closed = await roundOf('2026-W49');
    expect(closed).toMatchObject({ respondents: 4, closedAt: new Date('2026-12-07T01:00:00Z') });
    expect(await pulse().invites(round.id)).toEqual([]);
    // Stored at close, all of them; the held answers and the tags of who answered are gone from Redis.
    expect(await answerRows(round.id)).toBe(3 * 4);
    expect(
      await h.runtime.redis.exists(
        `${h.config.QUEUE_PREFIX}:pulse-answers:${round.id}`,
        `${h.config.QUEUE_PREFIX}:pulse-answered:${round.id}`,
      ),
    ).toBe(0);

    const hidden = await command(LEADER, '');
    expect(String(hidden.text)).toContain('2026-W49*: not enough answers yet.');
    // Nothing but the week: no count, no average, no comment.
    expect(digitsBesidesWeeks(hidden)).toBeNull();
    expect(JSON.stringify(hidden)).not.toContain('Prices came late');

    const member = await command('UPM2', '');
    expect(member.text).toBe(
      'Thank you for taking part in the team pulse! The results are for your leader: team averages only, never who said what.',
    );
    const memberResults = await command('UPZH', 'results');
    expect(String(memberResults.text)).toContain('结果是给领导看的');
  });

  it('when the close runs again, or a retried close tries to store the same answers twice, then nothing changes', async () => {
    const round = await roundOf('2026-W49');
    const queue = new Queue(QUEUE_NAME, { connection: h.runtime.redis, prefix: h.config.QUEUE_PREFIX });
    await queue.add('pulse-close', { roundId: round.id }, { jobId: `pulse-close-again-${round.id}` });
    await queue.close();
    await h.drain();
    expect(await roundOf('2026-W49')).toMatchObject({ respondents: 4 });
    expect(await answerRows(round.id)).toBe(3 * 4);
    // As if a close had stored the answers and failed before discarding them: the store refuses.
    const again = await pulse().storeAnswers(round.id, [
      { answers: [{ questionId: round.questionIds[0]! as never, trait: 'respect', score: 1 }], comment: null },
    ]);
    expect(again).toBe(false);
    expect(await answerRows(round.id)).toBe(3 * 4);
    expect(await h.failedJobs()).toEqual([]);
  });

  it('when a round closes, then every invitation DM says so in the same words, answered or not, and the form can no longer be opened', async () => {
    const updates = h.slack
      .callsTo('chat.update')
      .filter((c) => String(c.args.text).includes('has closed') || String(c.args.text).includes('已经结束'));
    expect(updates.map((c) => c.args.channel).sort()).toEqual(MEMBERS.map((id) => `D${id.slice(1)}`).sort());
    const english = new Set(updates.filter((c) => c.args.channel !== 'DPZH').map((c) => c.args.text));
    expect(english.size).toBe(1);
    const late = await openForm('UPM5', (await roundOf('2026-W49')).id);
    expect(late.reply).toBe('This pulse has closed. The next one comes in a week or two.');
  });

  it('when a week passes, then a fortnightly team gets no round; two weeks on, the next round asks about other traits', async () => {
    await at('2026-12-09T01:00:00Z', 2);
    expect(await pulse().findRoundOfWeek(teamId, '2026-W50')).toBeNull();
    const invitesBefore = h.slack.calls.filter(isInvite).length;
    await at('2026-12-16T01:00:00Z', 2);
    expect(h.slack.calls.filter(isInvite).length - invitesBefore).toBe(6);
    const first = await roundOf('2026-W49');
    const second = await roundOf('2026-W51');
    const traits = (round: Round) => round.questionIds.map((id) => id.split('_')[0]);
    expect(traits(second).filter((t) => traits(first).includes(t))).toEqual([]);
    expect(traits(second).every((t) => (TRAITS as readonly string[]).includes(t!))).toBe(true);
  });

  it('when five answer the second round and a third is opened with /pulse now, then results show by trait with a trend across the two rounds', async () => {
    const second = await roundOf('2026-W51');
    await answer('UPM1', second, [5, 4, 3]);
    await answer('UPM2', second, [4, 4, 3]);
    await answer('UPM3', second, [4, 3, 3], 'More visits together, please <!channel> <@UPLEAD>');
    await answer('UPM4', second, [5, 5, 2]);
    await answer('UPZH', second, [3, 4, 4]);
    await at('2026-12-21T01:00:00Z');
    expect(await roundOf('2026-W51')).toMatchObject({ respondents: 5 });
    expect(await pulse().invites(second.id)).toEqual([]);

    const every = await command(LEADER, 'every 1');
    expect(String(every.text)).toContain('every week, on Wed at 09:00 (Asia/Shanghai)');
    h.clock.set('2026-12-22T02:00:00Z'); // Tuesday of 2026-W52
    const now = await command(LEADER, 'now');
    expect(String(now.text)).toContain('6 members get the questions by DM');
    await h.drain();
    const again = await command(LEADER, 'now');
    expect(String(again.text)).toContain('already open this week');
    await at('2026-12-23T01:00:00Z', 2); // the pulse day of the same week: still one round
    const third = await roundOf('2026-W52');
    expect(third.invited).toBe(6);
    const traits = (round: Round) => round.questionIds.map((id) => id.split('_')[0]);
    expect(traits(third).filter((t) => traits(second).includes(t))).toEqual([]);

    for (const person of ['UPM1', 'UPM2', 'UPM3', 'UPM4', 'UPM5'] as const) {
      await answer(
        person,
        third,
        person === 'UPM1' ? [5, 5, 5] : [4, 4, 4],
        person === 'UPM5' ? 'Thanks <!channel> <@UPLEAD> <http://evil.example|click>' : '',
      );
    }
    await at('2026-12-27T02:00:00Z');

    const results = await command(LEADER, 'results');
    const text = String(results.text);
    const name = (trait: string) =>
      ({
        procedures: 'Simple procedures',
        communication: 'Communication',
        culture: 'Service by everyone (合心)',
        coaching: 'Leader as coach',
        support: 'Internal and external support',
        respect: 'Respect',
      })[trait]!;
    expect(text).toContain('*2026-W52* · 5 of 6 answered · overall 4.2');
    expect(text).toContain('*2026-W51* · 5 of 6 answered · overall 3.7');
    expect(text).toContain('2026-W49*: not enough answers yet.');
    const secondTraits = traits(second) as string[];
    expect(text).toContain(`• ${name(secondTraits[0]!)}: 4.2`);
    expect(text).toContain(`• ${name(secondTraits[1]!)}: 4.0`);
    expect(text).toContain(`• ${name(secondTraits[2]!)}: 3.0`);
    for (const trait of traits(third) as string[]) expect(text).toContain(`• ${name(trait)}: 4.2 (2026-W52)`);
    expect(text).toContain('*Overall, round by round*: 2026-W51 3.7 → 2026-W52 4.2');
    // The latest shown round's comments, inert: they can neither ping nor link. Earlier rounds' stay out.
    const blocks = JSON.stringify(results.blocks);
    expect(blocks).toContain('*Comments* from 2026-W52, in random order:');
    expect(blocks).toContain('Thanks &lt;!channel&gt; @UPLEAD &lt;http://evil.example|click&gt;');
    expect(blocks).not.toContain('<!channel>');
    expect(blocks).not.toContain('<@UPLEAD>');
    expect(blocks).not.toContain('More visits together');
    expect(blocks).not.toContain('Prices came late');
    expect(await h.failedJobs()).toEqual([]);
  });

  it('when members have answered, then no answer row, log line or job payload holds their Slack id or member id', async () => {
    expect(answerWindows.length).toBeGreaterThanOrEqual(17);
    const secrets = MEMBERS.flatMap((id) => [id, memberIds.get(id)!]);
    const leaks = (text: string) => secrets.filter((secret) => text.includes(secret));

    const answers = await h.runtime.db.session.query<Record<string, unknown>>('SELECT * FROM "PulseAnswer"');
    expect(answers.length).toBe(3 * (4 + 5 + 5));
    expect(leaks(JSON.stringify(answers))).toEqual([]);
    expect(Object.keys(answers[0]!).sort()).toEqual(['comment', 'id', 'questionId', 'roundId', 'score', 'trait']);
    // Random (version 4) ids: neither time-ordered nor sequential.
    expect(
      answers.every((row) =>
        /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(String(row.id)),
      ),
    ).toBe(true);
    const columns = await h.runtime.db.session.query<{ data_type: string }>(
      `SELECT data_type FROM information_schema.columns WHERE table_name = 'PulseAnswer'`,
    );
    expect(columns.filter((c) => c.data_type.includes('time') || c.data_type.includes('date'))).toEqual([]);

    for (const window of answerWindows) {
      expect(window.newJobs).toEqual([]);
      expect(window.logs.filter((line) => leaks(line).length > 0)).toEqual([]);
    }
    const pulseJobs = (await h.allJobs()).filter((job) => job.name.startsWith('pulse-') && job.name !== 'pulse-invite');
    expect(pulseJobs.length).toBeGreaterThan(0);
    expect(
      pulseJobs.filter(
        (job) => leaks(JSON.stringify({ id: job.id, data: job.data, returnvalue: job.returnvalue })).length > 0,
      ),
    ).toEqual([]);
    // Invitations were the only link between people and rounds, and are gone with the rounds' close.
    const invites = await h.runtime.db.session.query<{ n: number }>('SELECT count(*)::int AS n FROM "PulseInvite"');
    expect(invites[0]!.n).toBe(0);
  });

  it('when someone joins mid-round, then the next hourly pass invites them alone; and /pulse now opens nothing while that round is still open', async () => {
    h.clock.set('2027-01-02T02:00:00Z'); // Saturday of 2026-W53
    expect(String((await command(LEADER, 'now')).text)).toContain('6 members get the questions by DM');
    await h.drain();
    const round = await roundOf('2026-W53');
    expect(round.invited).toBe(6);
    h.slack.addUser({ id: 'UPNEW', realName: 'UPNEW', tz: 'Asia/Shanghai', locale: 'en-US' });
    await h.runtime.stores.teams.upsertMember(teamId, 'UPNEW', {
      displayName: 'New',
      locale: 'en-US',
      timeZone: 'Asia/Shanghai',
      role: 'member',
    });
    const invitesBefore = h.slack.calls.filter(isInvite).length;

    await at('2027-01-02T03:00:00Z', 2);
    const sent = h.slack.calls.filter(isInvite).slice(invitesBefore);
    expect(sent.map((c) => c.args.channel)).toEqual(['UPNEW']);
    expect(await roundOf('2026-W53')).toMatchObject({ invited: 7 });
    await at('2027-01-02T03:30:00Z'); // the same hour: no second pass
    expect(h.slack.calls.filter(isInvite).length - invitesBefore).toBe(1);
    const opened = await openForm('UPNEW', round.id);
    expect(opened.view).toBeDefined();

    h.clock.set('2027-01-04T02:00:00Z'); // Monday of 2027-W01: the W53 round closes on Thursday
    const refused = await command(LEADER, 'now');
    expect(refused.text).toBe('The pulse round of 2026-W53 is still open. A new round can open once it has closed.');
    await h.drain();
    expect(await pulse().findRoundOfWeek(teamId, '2027-W01')).toBeNull();
    expect(await h.failedJobs()).toEqual([]);
  });
  it('when the leader’s own user id asks for results or changes the pulse from another workspace, then it is refused as another team’s and nothing changes', async () => {
    const team = (await pulse().findTeam(teamId))!;
    const fromElsewhere = { workspaceId: 'TPZOTHER', slackUserId: LEADER };
    const deps = { teams: h.runtime.stores.teams, pulse: pulse(), minGroup: h.config.ANON_MIN_GROUP };
    await expect(pulseResults(deps, team, fromElsewhere)).rejects.toMatchObject({ code: 'NOT_YOUR_TEAM' });
    await expect(setPulseEnabled(deps, team, fromElsewhere, !team.pulseEnabled)).rejects.toMatchObject({
      code: 'NOT_YOUR_TEAM',
    });
    expect((await pulse().findTeam(teamId))!.pulseEnabled).toBe(team.pulseEnabled);
  });
});
