import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RecordedCall } from '../fakes/fake-slack.ts';
import { dmChannelFor } from '../fakes/fake-slack.ts';
import { Harness, WORKSPACE } from '../support/harness.ts';

/**
 * The anonymity promise, checked the hard way: people write anonymous feedback and talk
 * with their leaders; then every row of every table, every log line and everything under
 * the queue prefix in Redis is dumped as text and searched for each author's Slack id —
 * in clear, lower- or upper-cased, hex, base64 (at every byte alignment) — and for their
 * DM channel and member ids. The roster (Member) is where a Slack id belongs; it is checked
 * to be untouched by all of this instead.
 */

const HOME = 'CAUDIT1';
const LEADERS = { ULAUDIT1: { name: 'Lin', locale: 'en-US' }, ULAUDIT2: { name: '郑队长', locale: 'zh-CN' } } as const;
const WRITERS = {
  UAUDITA1: { name: 'Ada', locale: 'en-US' },
  UAUDITB2: { name: '阿宝', locale: 'zh-CN' },
  UAUDITC3: { name: 'Chen', locale: 'en-US' },
  UAUDITD4: { name: '杜', locale: 'zh-CN' },
} as const;
const BYSTANDER = 'UAUDITE5';

type Blocks = Array<{ elements?: Array<{ action_id?: string; value?: string }> }>;
const json = (value: unknown) => JSON.stringify(value);

/** The ways an id could hide in text: as is, cased, hex, base64 and base64url at each byte alignment. */
function encodingsOf(id: string): string[] {
  const bytes = Buffer.from(id, 'utf8');
  const forms = new Set([
    id,
    id.toLowerCase(),
    id.toUpperCase(),
    bytes.toString('hex'),
    bytes.toString('hex').toUpperCase(),
  ]);
  for (const variant of [id, id.toLowerCase()]) {
    for (let shift = 0; shift < 3; shift += 1) {
      const shifted = Buffer.concat([Buffer.alloc(shift), Buffer.from(variant, 'utf8')]);
      const whole = Math.floor(shifted.length / 3) * 4; // characters that depend on no byte after the id
      for (const encoding of ['base64', 'base64url'] as const) {
        const text = shifted.toString(encoding).slice(shift === 0 ? 0 : 4, whole);
        if (text.length >= 8) forms.add(text);
      }
    }
    // A digest of the id (an unkeyed hash is as good as the id: anyone can hash the roster).
    for (const algorithm of ['sha1', 'sha256', 'md5']) {
      const digest = createHash(algorithm).update(variant, 'utf8').digest();
      forms.add(digest.toString('hex'));
      forms.add(digest.toString('base64'));
      forms.add(digest.toString('base64url'));
    }
  }
  return [...forms];
}

/** FEEDBACK_ROUTE_KEY as it could appear: as given, base64url, hex. */
function secretForms(key: string): string[] {
  const bytes = Buffer.from(key, 'base64');
  return [key, bytes.toString('base64url'), bytes.toString('hex')];
}
const secretIn = (text: string, key: string) => secretForms(key).filter((form) => text.includes(form));

/** Which of the forms of which ids appear in a text, as "id as form" lines. */
function traces(text: string, ids: string[]): string[] {
  return ids.flatMap((id) =>
    encodingsOf(id)
      .filter((form) => text.includes(form))
      .map((form) => `${id} as ${form}`),
  );
}

describe('anonymity audit', () => {
  let h: Harness;
  let teamId: string;
  /** Everyone whose anonymity is promised: authors of anonymous feedback (pulse respondents join here). */
  const anonymous: string[] = Object.keys(WRITERS);
  let rosterBefore = '';

  const modalCount = () => h.slack.callsTo('views.open').length;
  const lastModal = async (after: number) => {
    const calls = await h.slack.waitFor((all) => all.filter((c) => c.method === 'views.open').length > after);
    return calls.filter((c) => c.method === 'views.open').at(-1)!.args.view as {
      private_metadata: string;
      callback_id: string;
    };
  };
  const write = async (user: string, category: string, text: string) => {
    const before = modalCount();
    await h.command('/feedback', '', { user, channel: dmChannelFor(user) });
    const view = await lastModal(before);
    const res = await h.submitView(
      user,
      { callback_id: 'feedback_submit', private_metadata: view.private_metadata },
      {
        feedback_category: { value: { type: 'static_select', selected_option: { value: category } } },
        feedback_text: { value: { type: 'plain_text_input', value: text } },
        feedback_sign: { value: { type: 'checkboxes', selected_options: [] } },
      },
    );
    return res.json<{ response_action: string; errors?: Record<string, string> }>()!;
  };
  const dmsWith = (user: string, actionId: string): RecordedCall[] =>
    h.slack
      .callsTo('chat.postMessage')
      .filter((c) => c.args.channel === user && json(c.args.blocks).includes(`"action_id":"${actionId}"`));
  const threadIn = (call: RecordedCall, actionId: string) =>
    (call.args.blocks as Blocks).flatMap((b) => b.elements ?? []).find((e) => e.action_id === actionId)!.value!;
  const leaderCopy = (leader: string, words: string) =>
    dmsWith(leader, 'feedback_reply').find((c) => json(c.args.blocks).includes(words))!;
  const reply = async (leader: string, words: string, text: string) => {
    const before = modalCount();
    await h.button(leader, 'feedback_reply', threadIn(leaderCopy(leader, words), 'feedback_reply'));
    const view = await lastModal(before);
    await h.submitView(
      leader,
      { callback_id: view.callback_id, private_metadata: view.private_metadata },
      { feedback_text: { value: { type: 'plain_text_input', value: text } } },
    );
    await h.drain();
  };
  const answer = async (author: string, text: string) => {
    const threadId = threadIn(dmsWith(author, 'feedback_answer').at(-1)!, 'feedback_answer');
    const before = modalCount();
    await h.button(author, 'feedback_answer', threadId);
    const view = await lastModal(before);
    const res = await h.submitView(
      author,
      { callback_id: view.callback_id, private_metadata: view.private_metadata },
      { feedback_text: { value: { type: 'plain_text_input', value: text } } },
    );
    expect(res.json<{ response_action: string }>()!.response_action).toBe('update');
  };
  const windowEnds = async (iso: string) => {
    h.clock.set(iso);
    await h.tick();
    await h.drain();
  };
  const roster = async () =>
    json(await h.runtime.db.session.query('SELECT m::text AS row FROM "Member" m ORDER BY m.id'));

  beforeAll(async () => {
    h = await Harness.start({ now: '2026-11-28T02:10:00Z' }); // a Saturday, 10:10 in Shanghai
    // The roster is made directly: this audit is about what feedback leaves behind.
    const teams = h.runtime.stores.teams;
    await teams.ensureWorkspace(WORKSPACE);
    const team = await teams.createTeam({
      workspaceId: WORKSPACE,
      name: 'audit-route',
      homeChannelId: HOME,
      informalChannelId: null,
      defaultLocale: 'en',
      timeZone: 'Asia/Shanghai',
      createdAt: h.clock.now(),
    });
    teamId = team.id;
    for (const [id, who] of Object.entries(LEADERS))
      await teams.upsertMember(teamId, id, {
        displayName: who.name,
        locale: who.locale,
        timeZone: 'Asia/Shanghai',
        role: 'leader',
      });
    for (const [id, who] of Object.entries(WRITERS))
      await teams.upsertMember(teamId, id, {
        displayName: who.name,
        locale: who.locale,
        timeZone: 'Asia/Shanghai',
        role: 'member',
      });
    await teams.upsertMember(teamId, BYSTANDER, {
      displayName: 'Eve',
      locale: 'en-US',
      timeZone: 'Asia/Shanghai',
      role: 'member',
    });
    rosterBefore = await roster();
  });
  afterAll(() => h.close());

  describe('anonymous feedback: several members write and talk with their leaders', () => {
    it('when four members write in one window, then both leaders receive all four at its end and nobody hears of it before', async () => {
      expect((await write('UAUDITA1', 'goals', 'Targets changed without telling us why')).response_action).toBe(
        'update',
      );
      expect((await write('UAUDITB2', 'support', '仓库配货经常延误')).response_action).toBe('update');
      h.clock.set('2026-11-28T03:30:00Z');
      expect(
        (await write('UAUDITC3', 'communication', 'Meetings run long; can we keep them short?')).response_action,
      ).toBe('update');
      expect((await write('UAUDITD4', 'customers', '零售户投诉回复太慢')).response_action).toBe('update');
      await windowEnds('2026-11-28T03:59:00Z');
      expect(dmsWith('ULAUDIT1', 'feedback_reply')).toHaveLength(0);
      await windowEnds('2026-11-28T04:00:00Z');
      expect(dmsWith('ULAUDIT1', 'feedback_reply')).toHaveLength(4);
      expect(dmsWith('ULAUDIT2', 'feedback_reply')).toHaveLength(4);
    });

    it('when leaders reply, authors answer, one author closes and a leader closes, then every turn arrives where it should', async () => {
      h.clock.set('2026-11-28T04:20:00Z');
      await reply('ULAUDIT1', 'Targets changed', 'Fair point. Which target surprised you most?');
      await reply('ULAUDIT1', '仓库配货', '我会找仓库谈，能说说是哪些线路吗？');
      await reply('ULAUDIT2', 'Meetings run long', 'Agreed. Would 20 minutes work?');
      for (const author of ['UAUDITA1', 'UAUDITB2', 'UAUDITC3'])
        expect(dmsWith(author, 'feedback_answer')).toHaveLength(1);

      h.clock.set('2026-11-28T05:10:00Z');
      await answer('UAUDITA1', 'The shop-visit target for December');
      await answer('UAUDITC3', '20 minutes would be great');
      const closedThread = threadIn(dmsWith('UAUDITB2', 'feedback_answer')[0]!, 'feedback_answer');
      await h.button('UAUDITB2', 'feedback_author_close', closedThread);
      await h.waitForReply((r) => String(r.text).includes('你结束了这次对话'));
      await windowEnds('2026-11-28T07:00:00Z');
      expect(
        dmsWith('ULAUDIT1', 'feedback_reply').filter((c) => json(c.args.blocks).includes('shop-visit target')),
      ).toHaveLength(1);
      expect(
        h.slack.callsTo('chat.update').filter((c) => json(c.args.blocks).includes('Conversation closed by the author')),
      ).toHaveLength(1);

      h.clock.set('2026-11-28T07:15:00Z');
      await reply('ULAUDIT1', 'shop-visit target', 'Thanks, I will explain it at Monday’s meeting.');
      h.clock.set('2026-11-28T07:40:00Z');
      await answer('UAUDITA1', 'Thank you');
      await h.button(
        'ULAUDIT2',
        'feedback_leader_close',
        threadIn(leaderCopy('ULAUDIT2', 'Meetings run long'), 'feedback_reply'),
      );
      await h.drain();
      await windowEnds('2026-11-28T10:00:00Z');
      expect(
        dmsWith('ULAUDIT2', 'feedback_reply').filter((c) => json(c.args.blocks).includes('Thank you')),
      ).toHaveLength(1);
      expect(await h.runtime.db.session.query('SELECT id FROM "FeedbackThread" WHERE route IS NOT NULL')).toHaveLength(
        2,
      ); // Ada's and Du's are still open
    });

    it('when an author goes over the daily limit, then the rate counter refuses without naming them', async () => {
      h.clock.set('2026-11-28T10:30:00Z');
      for (let i = 0; i < 4; i += 1)
        expect((await write('UAUDITD4', 'other', `补充 ${i}`)).response_action).toBe('update');
      expect((await write('UAUDITD4', 'other', '再补充')).errors?.feedback_text).toContain('每日上限');
    });

    it('when a co-leader writes, an author closes, leaders press Reply and Close on that thread and the window is narrowed mid-window, then nothing goes out before the window’s end and all of it goes out together', async () => {
      // Sunday 10:10 in Shanghai: 180-minute window ending 12:00 (04:00Z).
      h.clock.set('2026-11-29T02:10:00Z');
      expect((await write('ULAUDIT2', 'roles', '新线路的分工还不清楚')).response_action).toBe('update');
      h.clock.set('2026-11-29T02:30:00Z');
      const adaThread = threadIn(dmsWith('UAUDITA1', 'feedback_answer').at(-1)!, 'feedback_answer');
      await h.button('UAUDITA1', 'feedback_author_close', adaThread);
      await h.waitForReply((r) => String(r.text).includes('You closed this conversation'));
      // The leaders press Reply and Close on Ada's thread: both answered as on an open one.
      const replies = h.replies().length;
      await reply('ULAUDIT1', 'shop-visit target', 'Noted, thank you.');
      await h.button(
        'ULAUDIT2',
        'feedback_leader_close',
        threadIn(leaderCopy('ULAUDIT2', 'shop-visit target'), 'feedback_reply'),
      );
      await h.drain();
      expect(h.replies().slice(replies)).toEqual([]);
      expect(dmsWith('UAUDITA1', 'feedback_answer')).toHaveLength(2); // the reply went nowhere
      // A leader narrows the window at 10:59; Bao writes at 10:59:30.
      h.clock.set('2026-11-29T02:59:00Z');
      await h.command('/feedback', 'window 60', { user: 'ULAUDIT1', channel: HOME });
      await h.waitForReply((r) => String(r.text).includes('every 60 minutes'));
      h.clock.set('2026-11-29T02:59:30Z');
      expect((await write('UAUDITB2', 'procedures', '报表太多了')).response_action).toBe('update');
      const arrived = (leader: string) =>
        dmsWith(leader, 'feedback_reply').filter((c) => /新线路的分工|报表太多了/.test(json(c.args.blocks)));
      const closedByAda = () =>
        h.slack
          .callsTo('chat.update')
          .filter(
            (c) =>
              json(c.args.blocks).includes('shop-visit target') &&
              json(c.args.blocks).includes('Conversation closed by the author'),
          );
      await windowEnds('2026-11-29T03:00:00Z');
      expect(arrived('ULAUDIT1')).toHaveLength(0);
      expect(closedByAda()).toHaveLength(0);
      await windowEnds('2026-11-29T04:00:00Z');
      // Every leader gets both, the co-leader who wrote one of them too; Ada's close is announced with them.
      expect(arrived('ULAUDIT1')).toHaveLength(2);
      expect(arrived('ULAUDIT2')).toHaveLength(2);
      expect(closedByAda()).toHaveLength(1);
      await h.command('/feedback', 'window 180', { user: 'ULAUDIT1', channel: HOME });
      await h.waitForReply((r) => String(r.text).includes('every 180 minutes'));
    });
  });

  describe('pulse answers: the same members answer a pulse round', () => {
    let pulseRoundId = '';
    const tableDump = async (table: string) =>
      json(await h.runtime.db.session.query(`SELECT t::text AS row FROM "${table}" t ORDER BY t::text`));
    /** The reviewer's join: answers written in the same transaction as a row naming the member. */
    const xminJoin = () =>
      h.runtime.db.session.query(
        'SELECT m."slackUserId", a.score FROM "PulseInvite" i JOIN "Member" m ON m.id = i."memberId" JOIN "PulseAnswer" a ON a.xmin = i.xmin',
      );
    const pulseKeys = () =>
      h.runtime.redis.exists(
        `${h.config.QUEUE_PREFIX}:pulse-answers:${pulseRoundId}`,
        `${h.config.QUEUE_PREFIX}:pulse-answered:${pulseRoundId}`,
      );

    it('when a leader opens a round and every member answers with a comment, then while it is open the database holds no answer and no invite changes', async () => {
      h.clock.set('2026-11-30T02:00:00Z'); // Monday 10:00 in Shanghai
      const repliesBefore = h.replies().length;
      await h.command('/pulse', 'now', { user: 'ULAUDIT1', channel: HOME });
      // The command is acked first and enqueues after: its reply says the round's job is in.
      await h.waitForReply((r) => h.replies().indexOf(r) >= repliesBefore);
      await h.drain();
      const round = (await h.runtime.db.prisma.pulseRound.findFirst({ where: { teamId } }))!;
      expect(round).not.toBeNull();
      pulseRoundId = round.id;
      const respondents = [...Object.keys(WRITERS), BYSTANDER];
      const invitesBefore = await tableDump('PulseInvite');
      expect(JSON.parse(invitesBefore)).toHaveLength(respondents.length);
      for (const [i, user] of respondents.entries()) {
        const before = modalCount();
        await h.button(user, 'pulse_open', round.id);
        const view = (await lastModal(before)) as unknown as {
          private_metadata: string;
          blocks: Array<{ type: string; block_id?: string }>;
        };
        const questions = view.blocks
          .filter((b) => b.type === 'input' && b.block_id !== 'comment')
          .map((b) => b.block_id!);
        const res = await h.submitView(
          user,
          { callback_id: 'pulse_submit', private_metadata: view.private_metadata },
          {
            ...Object.fromEntries(
              questions.map((q) => [
                q,
                { score: { type: 'radio_buttons', selected_option: { value: String(1 + (i % 5)) } } },
              ]),
            ),
            comment: { comment: { type: 'plain_text_input', value: `pulse note ${i}` } },
          },
        );
        expect(res.status).toBe(200);
      }
      await h.drain();
      // A dump taken while the round is open: no answer rows, no count, the invites as they were.
      expect(await tableDump('PulseAnswer')).toBe('[]');
      expect(await tableDump('PulseInvite')).toBe(invitesBefore);
      expect((await h.runtime.db.prisma.pulseRound.findUniqueOrThrow({ where: { id: round.id } })).respondents).toBe(0);
      expect(await xminJoin()).toEqual([]);
      // The answers wait in Redis, one submission each, under keyed hashes that name nobody.
      expect(await h.runtime.redis.llen(`${h.config.QUEUE_PREFIX}:pulse-answers:${round.id}`)).toBe(respondents.length);
      expect(await h.runtime.redis.scard(`${h.config.QUEUE_PREFIX}:pulse-answered:${round.id}`)).toBe(
        respondents.length,
      );
      if (!anonymous.includes(BYSTANDER)) anonymous.push(BYSTANDER);
      const tables = await h.runtime.db.session.query<{ table_name: string }>(
        "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'",
      );
      expect(tables.map((t) => t.table_name)).toEqual(
        expect.arrayContaining(['PulseRound', 'PulseAnswer', 'PulseInvite']),
      );
    });

    it('when the round closes, then the answers are stored and counted, the invites are gone and nothing joins them to a member', async () => {
      await windowEnds('2026-12-06T02:00:00Z');
      expect(await h.runtime.db.prisma.pulseInvite.count()).toBe(0);
      expect(
        (await h.runtime.db.prisma.pulseRound.findUniqueOrThrow({ where: { id: pulseRoundId } })).respondents,
      ).toBe(5);
      const answers = await h.runtime.db.prisma.pulseAnswer.findMany({ where: { roundId: pulseRoundId } });
      expect(answers.length).toBe(3 * 5);
      expect(
        answers
          .filter((a) => a.comment)
          .map((a) => a.comment)
          .sort(),
      ).toEqual([0, 1, 2, 3, 4].map((i) => `pulse note ${i}`));
      expect(await xminJoin()).toEqual([]);
      // xmin is there to join on: all the answers were written by the close, in one transaction.
      const writers = await h.runtime.db.session.query<{ n: number }>(
        'SELECT count(DISTINCT xmin::text)::int AS n FROM "PulseAnswer" WHERE "roundId" = $1',
        [pulseRoundId],
      );
      expect(writers[0]!.n).toBe(1);
      expect(await pulseKeys()).toBe(0);
    });
  });

  describe('the leader digest, after all of that', () => {
    it('when the weekly digest goes out, then it shows the closed pulse and the feedback counts, and no author’s id is in it', async () => {
      await windowEnds('2026-12-07T00:30:00Z'); // Monday 08:30 in Shanghai: the digest of 2026-W49
      const digests = h.slack
        .callsTo('chat.postMessage')
        .filter((c) => String(c.args.channel) in LEADERS && /digest|摘要/.test(String(c.args.text)));
      expect(digests.map((c) => c.args.channel).sort()).toEqual(Object.keys(LEADERS).sort());
      const text = json(digests.map((c) => c.args));
      // The round five people answered is shown; the feedback is counted, never attributed.
      expect(text).toMatch(/Team pulse 2026-W4\d: \d\.\d of 5/);
      expect(text).toContain('Anonymous feedback (weeks');
      const members = await Promise.all(anonymous.map((id) => h.runtime.stores.teams.findMember(teamId, id)));
      expect(traces(text, [...anonymous, ...anonymous.map(dmChannelFor), ...members.map((m) => m!.id)])).toEqual([]);
      expect(await h.runtime.db.prisma.digestSnapshot.count({ where: { teamId } })).toBe(1);
    });
  });

  describe('the audit', () => {
    const idsOf = async () => {
      const members = await Promise.all(anonymous.map((id) => h.runtime.stores.teams.findMember(teamId, id)));
      return {
        slack: anonymous,
        dm: anonymous.map(dmChannelFor),
        member: members.map((m) => m!.id),
      };
    };

    const routeKey = () => {
      const key = h.runtime.config.FEEDBACK_ROUTE_KEY ?? h.config.FEEDBACK_ROUTE_KEY;
      expect(key).toBeTruthy();
      return key!;
    };

    it('when every table is dumped, then only the roster holds an author’s Slack id, and the roster is as it was', async () => {
      const { slack, dm, member } = await idsOf();
      const tables = await h.runtime.db.session.query<{ table_name: string }>(
        "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name",
      );
      expect(tables.length).toBeGreaterThan(20);
      const found: string[] = [];
      for (const { table_name: table } of tables) {
        const rows = await h.runtime.db.session.query<{ row: string }>(`SELECT t::text AS row FROM "${table}" t`);
        const text = rows.map((r) => r.row).join('\n');
        if (table === 'Member') continue; // the roster: checked below
        // Member ids may only point at authors from tables about them as people, never from feedback's.
        const ids = table.startsWith('Feedback') ? [...slack, ...dm, ...member] : [...slack, ...dm];
        found.push(...traces(text, ids).map((trace) => `${table}: ${trace}`));
      }
      expect(found).toEqual([]);
      expect(await roster()).toBe(rosterBefore);
      // The audit can see: the feedback tables are full of what was written.
      const threads = await h.runtime.db.session.query('SELECT t::text AS row FROM "FeedbackThread" t');
      expect(threads.length).toBe(10);
      // Nobody is left out of a delivery (leaving the author out would name them): every
      // delivered word reached every leader.
      const leaders = (await h.runtime.stores.teams.activeMembers(teamId))
        .filter((m) => m.role === 'leader')
        .map((m) => m.id)
        .sort();
      const readers = await h.runtime.db.session.query<{ id: string; readers: string[] | string }>(
        `SELECT m.id, array_agg(d."leaderId" ORDER BY d."leaderId")::text[] AS readers FROM "FeedbackMessage" m JOIN "FeedbackDelivery" d ON d."messageId" = m.id
         WHERE m.direction = 'to_leaders' AND d."leaderId" IS NOT NULL GROUP BY m.id`,
      );
      expect(readers.length).toBeGreaterThanOrEqual(10);
      for (const row of readers)
        expect(
          [...(Array.isArray(row.readers) ? row.readers : String(row.readers).replace(/[{}]/g, '').split(','))].sort(),
        ).toEqual(leaders);
      // The key that seals the way back is in no table.
      const everything: string[] = [];
      for (const { table_name: table } of tables)
        everything.push(json(await h.runtime.db.session.query(`SELECT t::text AS row FROM "${table}" t`)));
      expect(secretIn(everything.join('\n'), routeKey())).toEqual([]);
    });

    it('when every log line is read, then none holds an author’s Slack id, DM channel or member id', async () => {
      const { slack, dm, member } = await idsOf();
      expect(h.logLines.length).toBeGreaterThan(10);
      expect(h.logLines.some((line) => line.includes('feedback'))).toBe(true);
      if (process.env.AUDIT_DEBUG)
        for (const line of h.logLines)
          if (traces(line, [...slack, ...dm, ...member]).length) console.log('TRACE', line.slice(0, 400));
      expect(traces(h.logLines.join('\n'), [...slack, ...dm, ...member])).toEqual([]);
      expect(secretIn(h.logLines.join('\n'), routeKey())).toEqual([]);
    });

    it('when every key in Redis is dumped (this run’s and any not another run’s), then no job payload, result or counter holds an author’s id or the route key', async () => {
      const { slack, dm, member } = await idsOf();
      const redis = h.runtime.redis;
      const keys: string[] = [];
      let cursor = '0';
      do {
        const [next, batch] = await redis.scan(cursor, 'COUNT', '500');
        // The test Redis is shared by files running in parallel: their keys carry their own test- prefix.
        keys.push(...batch.filter((key) => key.includes(h.config.QUEUE_PREFIX) || !/^test-[0-9a-f]+:/.test(key)));
        cursor = next;
      } while (cursor !== '0');
      const dump: string[] = [];
      const kinds = new Set<string>();
      for (const key of keys) {
        const type = await redis.type(key);
        kinds.add(type);
        let value: unknown;
        if (type === 'hash') value = await redis.hgetall(key);
        else if (type === 'string') value = await redis.get(key);
        else if (type === 'list') value = await redis.lrange(key, 0, -1);
        else if (type === 'set') value = await redis.smembers(key);
        else if (type === 'zset') value = await redis.zrange(key, '0', '-1', 'WITHSCORES');
        else if (type === 'stream') value = await redis.xrange(key, '-', '+');
        else value = `unknown type ${type}`;
        dump.push(`${key} ${json(value)}`);
      }
      const text = dump.join('\n');
      if (process.env.AUDIT_DEBUG)
        for (const line of dump)
          if (traces(line, [...slack, ...dm, ...member]).length) console.log('TRACE', line.slice(0, 400));
      // The audit can see: the batches, relays and closes went through Redis, and so did the rate counters.
      expect(text).toContain('feedback-deliver');
      expect(text).toContain('feedback-relay');
      expect(text).toContain('feedback-closed');
      expect(text).toContain('digest-team');
      expect(keys.some((k) => k.includes(':feedback-rate:'))).toBe(true);
      expect(kinds).toContain('hash');
      expect(traces(text, [...slack, ...dm, ...member])).toEqual([]);
      expect(secretIn(text, routeKey())).toEqual([]);
    });

    it('when the encodings are checked, then each of them would have been caught', () => {
      const id = 'UAUDITA1';
      const blob = `xx${Buffer.concat([Buffer.from('q'), Buffer.from(id)]).toString('base64')}yy ${Buffer.from(id).toString('hex')} ${id.toLowerCase()}`;
      expect(traces(blob, [id]).length).toBeGreaterThanOrEqual(3);
      for (const algorithm of ['sha1', 'sha256', 'md5']) {
        const digest = createHash(algorithm).update(id).digest();
        expect(traces(`k:${digest.toString('hex')}`, [id])).not.toEqual([]);
        expect(traces(`k:${digest.toString('base64')}`, [id])).not.toEqual([]);
      }
      expect(traces('nothing to see', [id])).toEqual([]);
    });
  });
});
