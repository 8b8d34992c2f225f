import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Harness, SIGNING_SECRET, WORKSPACE } from '../support/harness.ts';
import { form, postToApp, type SlackPost } from '../support/signed-requests.ts';

/**
 * Thousands of signed hostile requests against the real receiver, with real teams and real
 * records behind them. Replay a failure with FUZZ_SEED=<seed printed below>.
 */
const SEED = Number(process.env.FUZZ_SEED ?? Date.now() % 2 ** 31);
const REQUESTS = Number(process.env.FUZZ_REQUESTS ?? 2000);
const IN_FLIGHT = 8;

const OTHER_WORKSPACE = 'T0FUZZOTHER';
const ADMIN = 'UFZADMIN';
const MEMBER = 'UFZMEMBER';
const OUTSIDER = 'UFZOUTSIDER';
const HOME = 'CFZHOME';
const DAY = '2026-11-30';

/** mulberry32: small, seeded, good enough to pick cases. */
function prng(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let x = state;
    x = Math.imul(x ^ (x >>> 15), x | 1);
    x ^= x + Math.imul(x ^ (x >>> 7), x | 61);
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  const pick = <T>(items: readonly T[]): T => items[int(items.length)]!;
  return { next, int, pick };
}

interface VictimRecords {
  workspaceId: string;
  teamId: string;
  blockerId: string;
  goalId: string;
  keyResultId: string;
  threadId: string;
}

/** A team with real records that no attacker below may touch: a blocker, a goal with a proposed key result, an open feedback thread. */
async function seedVictim(h: Harness, workspaceId: string, tag: string): Promise<VictimRecords> {
  const prisma = h.runtime.db.prisma;
  await prisma.workspace.upsert({ where: { id: workspaceId }, create: { id: workspaceId }, update: {} });
  const team = await prisma.team.create({
    data: { workspaceId, name: `victim-${tag}`, homeChannelId: `CVICTIM${tag}` },
  });
  const leader = await prisma.member.create({ data: { teamId: team.id, slackUserId: `UVLEAD${tag}`, role: 'leader' } });
  const member = await prisma.member.create({ data: { teamId: team.id, slackUserId: `UVMEM${tag}` } });
  const answer = await prisma.checkinAnswer.create({
    data: { memberId: member.id, teamId: team.id, localDate: DAY, answers: { blockers: 'waiting on access' } },
  });
  const blocker = await prisma.blocker.create({
    data: { answerId: answer.id, teamId: team.id, text: 'waiting on access' },
  });
  const goal = await prisma.goal.create({
    data: {
      teamId: team.id,
      title: 'Ship',
      why: 'because',
      measure: 'shipped',
      periodKind: 'month',
      startDate: '2026-11-01',
      endDate: '2026-12-31',
      createdById: leader.id,
      channelId: team.homeChannelId,
    },
  });
  const keyResult = await prisma.keyResult.create({
    data: { goalId: goal.id, proposerId: member.id, title: 'Ten users', target: 10, unit: 'users' },
  });
  const thread = await prisma.feedbackThread.create({ data: { teamId: team.id, category: 'other', createdDay: DAY } });
  return {
    workspaceId,
    teamId: team.id,
    blockerId: blocker.id,
    goalId: goal.id,
    keyResultId: keyResult.id,
    threadId: thread.id,
  };
}

/** Everything stored for the victims' teams, record by record ("blocker <id>" → its row as JSON). */
async function snapshot(h: Harness, teamIds: string[]): Promise<Map<string, string>> {
  const prisma = h.runtime.db.prisma;
  const where = { teamId: { in: teamIds } };
  const kinds: Record<string, Array<{ id: string }>> = {
    team: await prisma.team.findMany({ where: { id: { in: teamIds } } }),
    member: await prisma.member.findMany({ where }),
    prompt: await prisma.checkinPrompt.findMany({ where }),
    answer: await prisma.checkinAnswer.findMany({ where }),
    blocker: await prisma.blocker.findMany({ where }),
    goal: await prisma.goal.findMany({ where }),
    keyResult: await prisma.keyResult.findMany({ where: { goal: { teamId: { in: teamIds } } } }),
    update: await prisma.keyResultUpdate.findMany({ where: { keyResult: { goal: { teamId: { in: teamIds } } } } }),
    thread: await prisma.feedbackThread.findMany({ where }),
    message: await prisma.feedbackMessage.findMany({ where: { thread: { teamId: { in: teamIds } } } }),
  };
  return new Map(
    Object.entries(kinds).flatMap(([kind, rows]) =>
      rows.map((row) => [`${kind} ${row.id}`, JSON.stringify(row)] as const),
    ),
  );
}

/** What changed between two snapshots, one line per record. */
function changes(before: Map<string, string>, after: Map<string, string>): string[] {
  const lines: string[] = [];
  for (const [key, row] of after) {
    if (!before.has(key)) lines.push(`${key} created: ${row}`);
    else if (before.get(key) !== row) lines.push(`${key} changed: ${before.get(key)} → ${row}`);
  }
  for (const key of before.keys()) if (!after.has(key)) lines.push(`${key} deleted`);
  return lines;
}

describe('hostile requests', () => {
  let h: Harness;
  let victims: VictimRecords[];
  let attackerTeamId: string;

  beforeAll(async () => {
    h = await Harness.start({ now: '2026-11-30T02:00:00Z', env: { LOG_LEVEL: 'info' } });
    h.slack.addUser({ id: ADMIN, realName: 'Admin', tz: 'Asia/Shanghai', isAdmin: true, locale: 'en-US' });
    h.slack.addUser({ id: MEMBER, realName: 'Member', tz: 'Asia/Shanghai', locale: 'zh-CN' });
    h.slack.addUser({ id: OUTSIDER, realName: 'Outsider', tz: 'Asia/Shanghai', locale: 'en-US' });
    h.slack.setChannelMembers(HOME, [ADMIN, MEMBER]);
    await h.command('/hexin', 'setup', { user: ADMIN, channel: HOME, channelName: 'fuzz-home' });
    await h.waitForReply((reply) => String(reply.text).includes('fuzz-home'));
    await h.drain();
    attackerTeamId = (await h.runtime.stores.teams.findTeamByChannel(WORKSPACE, HOME))!.id;
    victims = [await seedVictim(h, WORKSPACE, 'A'), await seedVictim(h, OTHER_WORKSPACE, 'B')];
  });
  afterAll(() => h.close());

  it('when thousands of signed hostile requests arrive, then none gets a 5xx, nothing crashes or logs an error, no forged action has an effect, and /healthz stays 200', async () => {
    process.stdout.write(`fuzz seed ${SEED} (replay with FUZZ_SEED=${SEED}), ${REQUESTS} requests\n`);
    const rand = prng(SEED);
    const teamIds = victims.map((v) => v.teamId);
    const before = await snapshot(h, teamIds);
    const rssBefore = process.memoryUsage().rss;

    const hostileValue = (): unknown =>
      rand.pick<() => unknown>([
        () => null,
        () => rand.int(1e9) - 5e8,
        () => rand.next() < 0.5,
        () => [],
        () => ({}),
        () => 'x'.repeat(rand.pick([0, 1, 300, 3001, 70_000])),
        () => '<!channel> *b* <https://evil.example|x> \u0000\u202e',
        () => nest(rand.pick([20, 200, 2000])),
        () => [null, { a: null }],
        () =>
          victims[rand.int(victims.length)]![
            rand.pick(['teamId', 'blockerId', 'goalId', 'keyResultId', 'threadId'] as const)
          ],
      ])();
    const nest = (depth: number): unknown => {
      let value: unknown = 'deep';
      for (let i = 0; i < depth; i++) value = rand.next() < 0.5 ? [value] : { v: value };
      return value;
    };
    const user = () => rand.pick([ADMIN, MEMBER, OUTSIDER, 'UVLEADA', 'UVMEMB']);
    const team = () => rand.pick([WORKSPACE, WORKSPACE, WORKSPACE, OTHER_WORKSPACE, '']);
    const victim = () => victims[rand.int(victims.length)]!;

    /** Forged button values that name real records of teams the presser does not belong to. */
    const forged: Array<{ actionId: string; value: () => string }> = [
      { actionId: 'blocker_help', value: () => victim().blockerId },
      { actionId: 'goal_kr_accept', value: () => victim().keyResultId },
      { actionId: 'goal_kr_decline', value: () => victim().keyResultId },
      { actionId: 'goal_kr_change', value: () => victim().keyResultId },
      { actionId: 'goal_kr_revise', value: () => victim().keyResultId },
      { actionId: 'goal_kr_propose', value: () => victim().goalId },
      { actionId: 'goal_next', value: () => victim().goalId },
      { actionId: 'goal_new_open', value: () => victim().teamId },
      { actionId: 'goal_update_open', value: () => victim().keyResultId },
      { actionId: 'feedback_leader_close', value: () => victim().threadId },
      { actionId: 'feedback_author_close', value: () => victim().threadId },
      { actionId: 'feedback_reply', value: () => victim().threadId },
      { actionId: 'feedback_answer', value: () => victim().threadId },
      { actionId: 'checkin_open', value: () => JSON.stringify({ t: victim().teamId, d: DAY }) },
      { actionId: 'checkin_skip', value: () => JSON.stringify({ t: victim().teamId, d: DAY }) },
    ];
    const forgedTriggers = new Map<string, string>();

    const blockActions = (n: number, fields: Record<string, unknown>) => ({
      type: 'block_actions',
      user: { id: MEMBER, team_id: WORKSPACE },
      team: { id: WORKSPACE, domain: 'fuzz' },
      enterprise: null,
      api_app_id: 'A0HEXIN',
      trigger_id: `fuzz-${n}`,
      container: { type: 'message', message_ts: '1.000001', channel_id: HOME },
      channel: { id: HOME, name: 'fuzz-home' },
      message: { type: 'message', ts: '1.000001', text: '' },
      response_url: h.slack.responseUrl(`fuzz-${n}`),
      actions: [{ action_id: 'checkin_open', block_id: 'b', type: 'button', value: 'x', action_ts: '1.1' }],
      ...fields,
    });
    const command = (n: number, fields: Record<string, string>) =>
      form({
        team_id: WORKSPACE,
        channel_id: HOME,
        channel_name: 'fuzz-home',
        user_id: user(),
        command: '/hexin',
        text: 'help',
        response_url: h.slack.responseUrl(`fuzz-${n}`),
        trigger_id: `fuzz-${n}`,
        ...fields,
      });
    const eventBody = (fields: Record<string, unknown>) => ({
      type: 'event_callback',
      team_id: WORKSPACE,
      api_app_id: 'A0HEXIN',
      event_id: `EvFUZZ${rand.int(1e9)}`,
      event_time: 1,
      event: {
        type: rand.pick([
          'app_home_opened',
          'member_joined_channel',
          'reaction_added',
          'message',
          'user_change',
          'no_such_event',
        ]),
        user: user(),
        channel: HOME,
        tab: 'home',
      },
      authorizations: [{ team_id: WORKSPACE, enterprise_id: null }],
      ...fields,
    });
    /** One field of a valid body replaced by something hostile, at the top or one level down. */
    const corrupt = (body: Record<string, unknown>): Record<string, unknown> => {
      const copy = structuredClone(body);
      const keys = Object.keys(copy);
      const key = rand.pick(keys);
      const inner = copy[key];
      if (inner && typeof inner === 'object' && !Array.isArray(inner) && rand.next() < 0.5) {
        const innerKeys = Object.keys(inner);
        if (innerKeys.length > 0) (inner as Record<string, unknown>)[rand.pick(innerKeys)] = hostileValue();
      } else if (Array.isArray(inner) && inner[0] && typeof inner[0] === 'object' && rand.next() < 0.5) {
        const first = inner[0] as Record<string, unknown>;
        first[rand.pick(Object.keys(first))] = hostileValue();
      } else copy[key] = hostileValue();
      return copy;
    };

    type Case = { body: string; contentType: string; options?: Parameters<typeof postToApp>[4]; kind: string };
    const makeCase = (n: number): Case => {
      const formCase = (body: string, kind: string): Case => ({
        body,
        contentType: 'application/x-www-form-urlencoded',
        kind,
      });
      const jsonCase = (body: string, kind: string): Case => ({ body, contentType: 'application/json', kind });
      switch (rand.int(12)) {
        case 0: {
          const bytes = Array.from({ length: rand.int(400) }, () => String.fromCharCode(rand.int(256))).join('');
          return {
            body: bytes,
            contentType: rand.pick(['application/json', 'application/x-www-form-urlencoded', 'text/plain', '']),
            kind: 'garbage',
          };
        }
        case 1: {
          const text = JSON.stringify(rand.next() < 0.5 ? eventBody({}) : blockActions(n, {}));
          const cut = text.slice(0, rand.int(text.length));
          return rand.next() < 0.5 ? jsonCase(cut, 'broken json') : formCase(form({ payload: cut }), 'broken payload');
        }
        case 2:
          return rand.next() < 0.5
            ? jsonCase(JSON.stringify(hostileValue()), 'json scalar')
            : formCase(form({ payload: JSON.stringify(hostileValue()) }), 'payload scalar');
        case 3:
          return jsonCase(JSON.stringify(corrupt(eventBody({}))), 'corrupt event');
        case 4:
          return formCase(form({ payload: JSON.stringify(corrupt(blockActions(n, {}))) }), 'corrupt action');
        case 5: {
          const fields: Record<string, string> = {
            team_id: team(),
            command: rand.pick([
              '/hexin',
              '/checkin',
              '/goal',
              '/role',
              '/kudos',
              '/pulse',
              '/scorecard',
              '/coffee',
              '/digest',
              '/nope',
              'hexin',
              '',
            ]),
          };
          const hostileText = rand.pick([
            '',
            'setup',
            'join',
            'leave',
            'help',
            'x'.repeat(rand.pick([10, 4000, 50_000])),
            '<@U1> <!here> *x*',
            'schedule 25:99',
            '\u0000',
            'new',
            'list',
          ]);
          return formCase(command(n, { ...fields, text: hostileText }), 'command');
        }
        case 6: {
          const entry = rand.pick(forged);
          const who = rand.pick([MEMBER, OUTSIDER, ADMIN]);
          const trigger = `forged-${n}`;
          forgedTriggers.set(trigger, entry.actionId);
          const body = blockActions(n, {
            trigger_id: trigger,
            user: { id: who, team_id: WORKSPACE },
            actions: [
              { action_id: entry.actionId, block_id: 'b', type: 'button', value: entry.value(), action_ts: '1.1' },
            ],
          });
          return formCase(form({ payload: JSON.stringify(body) }), 'forged action');
        }
        case 7: {
          const v = victim();
          const callback = rand.pick([
            'checkin_submit',
            'goal_kr_submit',
            'goal_update_submit',
            'feedback_reply_submit',
            'feedback_answer_submit',
            'pulse_submit',
            'no_such_view',
          ]);
          const metadata = rand.pick([
            JSON.stringify({ t: v.teamId, d: DAY }),
            JSON.stringify({ g: v.goalId, k: v.keyResultId }),
            v.threadId,
            v.keyResultId,
            '',
          ]);
          const body = {
            type: 'view_submission',
            team: { id: team() || WORKSPACE },
            user: { id: rand.pick([MEMBER, OUTSIDER]), team_id: WORKSPACE },
            trigger_id: `forged-${n}`,
            view: {
              id: `VFUZZ${n}`,
              type: 'modal',
              callback_id: callback,
              private_metadata: metadata,
              state: { values: { b: { value: { type: 'plain_text_input', value: 'forged' } } } },
            },
          };
          forgedTriggers.set(`forged-${n}`, `view ${callback}`);
          return formCase(form({ payload: JSON.stringify(rand.next() < 0.3 ? corrupt(body) : body) }), 'forged view');
        }
        case 8: {
          const entry = rand.pick(forged);
          const body = blockActions(n, {
            team: { id: OTHER_WORKSPACE },
            user: { id: 'UVLEADB', team_id: OTHER_WORKSPACE },
            actions: [{ action_id: entry.actionId, type: 'button', value: entry.value() }],
          });
          return formCase(form({ payload: JSON.stringify(body) }), 'other workspace');
        }
        case 9: {
          const unknown = `act_${rand.int(1e6)}`;
          return formCase(
            form({
              payload: JSON.stringify(
                blockActions(n, {
                  actions: [
                    { action_id: rand.pick([unknown, 'x'.repeat(255)]), type: 'button', value: String(hostileValue()) },
                  ],
                }),
              ),
            }),
            'unknown action',
          );
        }
        case 10: {
          const body = JSON.stringify(eventBody({}));
          return {
            ...jsonCase(body, 'bad signature'),
            options: rand.pick([
              { signature: 'v0=00' },
              { timestamp: Math.floor(Date.now() / 1000) - 3600 },
              { timestamp: Math.floor(Date.now() / 1000) + 3600 },
              { signature: '' },
            ]),
          };
        }
        default: {
          // Built as text: deeper than JSON.stringify itself can go.
          const depth = rand.pick([100, 5000, 50_000]);
          const deep = `${'{"v":'.repeat(depth)}"deep"${'}'.repeat(depth)}`;
          if (rand.next() < 0.5)
            return jsonCase(rand.next() < 0.5 ? '['.repeat(depth) + ']'.repeat(depth) : deep, 'deep json');
          const payload = JSON.stringify(blockActions(n, {}));
          return formCase(form({ payload: `${payload.slice(0, -1)},"state":${deep}}` }), 'deep payload');
        }
      }
    };

    const statuses = new Map<number, number>();
    const fiveHundreds: string[] = [];
    let sent = 0;
    const runOne = async (n: number) => {
      const c = makeCase(n);
      let res: SlackPost;
      try {
        res = await postToApp(`${h.url}/slack/events`, SIGNING_SECRET, c.body, c.contentType, c.options);
      } catch (error) {
        fiveHundreds.push(`#${n} ${c.kind}: no answer (${(error as Error).message})`);
        return;
      }
      statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
      if (res.status >= 500) fiveHundreds.push(`#${n} ${c.kind}: ${res.status}`);
    };
    // Cases are generated in order (one PRNG stream, so a seed replays exactly) and sent a few at a time.
    const queue = Array.from({ length: REQUESTS }, (_, n) => n);
    await Promise.all(
      Array.from({ length: IN_FLIGHT }, async () => {
        for (let n = queue.shift(); n !== undefined; n = queue.shift()) {
          await runOne(n);
          sent++;
        }
      }),
    );
    process.stdout.write(`fuzz statuses ${JSON.stringify(Object.fromEntries(statuses))}\n`);
    await h.drain({ timeoutMs: 30_000 });
    await new Promise((resolve) => setTimeout(resolve, 500));

    const errorsByMessage = new Map<string, number>();
    for (const line of h.logLines) {
      const parsed = JSON.parse(line) as { level: number; msg: string; err?: unknown };
      if (parsed.level < 50) continue;
      const key = `${parsed.msg}: ${JSON.stringify(parsed.err ?? '').slice(0, 100)}`;
      if (!errorsByMessage.has(key)) process.stdout.write(`fuzz first error line ${line.slice(0, 1500)}\n`);
      errorsByMessage.set(key, (errorsByMessage.get(key) ?? 0) + 1);
    }
    process.stdout.write(`fuzz error lines ${JSON.stringify(Object.fromEntries(errorsByMessage), null, 1)}\n`);
    const growthMb = (process.memoryUsage().rss - rssBefore) / 2 ** 20;
    process.stdout.write(`fuzz rss growth ${growthMb.toFixed(1)} MB\n`);

    // Which forged requests opened a modal on another team's record (by trigger id), and what changed in the victims' records.
    const modalsOpenedByForgery = [
      ...new Set(
        h.slack
          .callsTo('views.open')
          .map((call) => forgedTriggers.get(String(call.args.trigger_id)))
          .filter((action): action is string => action !== undefined),
      ),
    ].sort();
    const found = {
      sent,
      fiveHundreds,
      modalsOpenedByForgery,
      victimRecordChanges: changes(before, await snapshot(h, teamIds)),
      otherWorkspaceTeams: await h.runtime.db.prisma.team.count({ where: { workspaceId: OTHER_WORKSPACE } }),
      // Hostile input is expected: it is refused at warn. An error-level line means something broke.
      errorLines: Object.fromEntries(errorsByMessage),
      healthz: (await fetch(`${h.url}/healthz`)).status,
      rssGrowthBounded: growthMb < 300,
    };
    expect(found).toEqual({
      sent: REQUESTS,
      fiveHundreds: [],
      modalsOpenedByForgery: [],
      victimRecordChanges: [],
      otherWorkspaceTeams: 1,
      errorLines: {},
      healthz: 200,
      rssGrowthBounded: true,
    });
    expect(await h.runtime.stores.teams.findTeamByChannel(WORKSPACE, HOME)).toMatchObject({ id: attackerTeamId });
  }, 120_000);
});
