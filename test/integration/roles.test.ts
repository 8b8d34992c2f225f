import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { t } from '../../src/i18n/index.ts';
import { Harness, WORKSPACE } from '../support/harness.ts';
import { form } from '../support/signed-requests.ts';

const HOME = 'CROLES1';
const LEAD = 'ULEADR';
const MEI = 'UMEIR';
const JOE = 'UJOER';
const ZED = 'UZEDR';

type Values = Record<string, Record<string, unknown>>;
const text = (value: string) => ({ value: { type: 'plain_text_input', value } });
const users = (ids: string[]) => ({ value: { type: 'multi_users_select', selected_users: ids } });
const card = (fields: {
  title: string;
  purpose?: string;
  duties?: string;
  authority?: string;
  guidelines?: string;
  handoffs?: string;
  holders?: string[];
}): Values => ({
  title: text(fields.title),
  purpose: text(fields.purpose ?? ''),
  duties: text(fields.duties ?? ''),
  authority: text(fields.authority ?? ''),
  guidelines: text(fields.guidelines ?? ''),
  handoffs: text(fields.handoffs ?? ''),
  holders: users(fields.holders ?? []),
});
const replyText = (r: Record<string, unknown>) => `${String(r.text)} ${JSON.stringify(r.blocks ?? [])}`;

describe('role cards: writing, viewing and checking them', () => {
  let h: Harness;
  let teamId: string;
  const submit = (user: string, values: Values, positionId: string | null = null) =>
    h.submitView(
      user,
      { callback_id: 'role_submit', private_metadata: JSON.stringify({ t: teamId, p: positionId }) },
      values,
    );
  const positions = () => h.runtime.stores.roles.positions(teamId);
  const findingRows = () => h.runtime.db.prisma.roleFinding.findMany({ where: { teamId } });
  const dutyId = async (title: string, duty: string) =>
    (await positions()).find((p) => p.title === title)!.duties.find((d) => d.text === duty)!.id;
  /** Replies that arrived after this point, so a test reads its own. */
  const mark = () => h.replies().length;
  const waitReply = (since: number, predicate: (r: Record<string, unknown>) => boolean) =>
    h.waitForReply((r) => h.replies().indexOf(r) >= since && predicate(r));

  beforeAll(async () => {
    h = await Harness.start({ now: '2026-11-30T02:00:00Z' });
    h.slack.addUser({ id: LEAD, name: 'Lead', realName: 'Lead', tz: 'Asia/Shanghai', locale: 'en-US', isAdmin: true });
    h.slack.addUser({ id: MEI, name: 'Mei', realName: 'Mei', tz: 'Asia/Shanghai', locale: 'zh-CN' });
    h.slack.addUser({ id: JOE, realName: 'Joe', tz: 'Asia/Shanghai', locale: 'en-US' });
    h.slack.addUser({ id: ZED, name: 'Zed', realName: 'Zed', tz: 'Asia/Shanghai', locale: 'en-US' });
    h.slack.setChannelMembers(HOME, [LEAD, MEI, JOE, ZED]);
    await h.command('/hexin', 'setup', { user: LEAD, channel: HOME, channelName: 'south' });
    await h.waitForReply((r) => String(r.text).includes('*south*'));
    await h.drain();
    teamId = (await h.runtime.stores.teams.findTeamByChannel(WORKSPACE, HOME))!.id;
    expect(await h.runtime.stores.teams.activeMembers(teamId)).toHaveLength(4);
  });
  afterAll(() => h.close());

  it('when a member asks for the editor or submits a crafted form, then both are refused in their language and nothing is stored', async () => {
    const since = mark();
    await h.command('/role', 'new', { user: MEI, channel: HOME });
    await waitReply(since, (r) => String(r.text).includes('只有本团队的领导'));
    expect(h.slack.callsTo('views.open')).toHaveLength(0);
    const res = await submit(MEI, card({ title: 'Customer manager', duties: 'Visit shops' }));
    expect(res.json()).toEqual({ response_action: 'errors', errors: { title: '只有本团队的领导可以这样做。' } });
    expect(await positions()).toEqual([]);
  });

  it('when the leader runs /role new, then the editor opens with every field and Slack’s length limits', async () => {
    await h.command('/role', 'new', { user: LEAD, channel: HOME });
    const [open] = (await h.slack.waitFor((calls) => calls.some((c) => c.method === 'views.open'))).filter(
      (c) => c.method === 'views.open',
    );
    const view = open!.args.view as {
      callback_id: string;
      private_metadata: string;
      blocks: Array<{ block_id?: string; element?: { type: string; max_length?: number } }>;
    };
    expect(view.callback_id).toBe('role_submit');
    expect(JSON.parse(view.private_metadata)).toEqual({ t: teamId, p: null });
    const inputs = Object.fromEntries(view.blocks.filter((b) => b.block_id).map((b) => [b.block_id, b.element]));
    expect(Object.keys(inputs)).toEqual([
      'title',
      'purpose',
      'duties',
      'authority',
      'guidelines',
      'handoffs',
      'holders',
    ]);
    expect(inputs.title).toMatchObject({ type: 'plain_text_input', max_length: 80 });
    expect(inputs.duties).toMatchObject({ type: 'plain_text_input', max_length: 3000 });
    expect(inputs.holders).toMatchObject({ type: 'multi_users_select' });
  });

  it('when the leader submits positions from the modal, then they are stored with duties, hand-offs and holders, and the modal shows the saved card', async () => {
    const first = await submit(
      LEAD,
      card({
        title: 'Customer manager',
        purpose: 'Serve the shops on my route <!channel>',
        duties: 'Handle customer complaints.\n处理，客户投诉！\nVisit the shops on my route',
        authority: 'Decide the order of visits',
        holders: [MEI],
      }),
    );
    expect(first.json()).toMatchObject({ response_action: 'update', view: { type: 'modal' } });
    expect(JSON.stringify(first.json())).toContain('Customer manager');
    expect(JSON.stringify(first.json())).toContain('&lt;!channel&gt;');
    expect(JSON.stringify(first.json())).not.toContain('<!channel>');

    expect(
      (
        await submit(
          LEAD,
          card({
            title: 'Service coordinator',
            duties: 'handle  customer complaints\n处理客户投诉。\nCall customers back',
            handoffs: 'customer MANAGER： the settlement to pass back to the customer',
            holders: [JOE],
          }),
        )
      ).json(),
    ).toMatchObject({ response_action: 'update' });
    expect(
      (await submit(LEAD, card({ title: 'Market analyst', duties: 'Analyse orders and brand data' }))).json(),
    ).toMatchObject({ response_action: 'update' });

    const stored = await positions();
    expect(stored.map((p) => p.title)).toEqual(['Customer manager', 'Market analyst', 'Service coordinator']);
    const coordinator = stored.find((p) => p.title === 'Service coordinator')!;
    expect(coordinator.duties.map((d) => d.text)).toEqual([
      'handle  customer complaints',
      '处理客户投诉。',
      'Call customers back',
    ]);
    expect(coordinator.holders.map((m) => m.slackUserId)).toEqual([JOE]);
    expect(coordinator.handoffsOut).toMatchObject([
      { toTitle: 'Customer manager', what: 'the settlement to pass back to the customer' },
    ]);
    expect(stored.find((p) => p.title === 'Customer manager')!.handoffsIn).toMatchObject([
      { fromTitle: 'Service coordinator' },
    ]);
  });

  it('when each edit is saved, then a job runs the analysis again and stores its findings without anyone asking', async () => {
    await h.drain();
    const rows = await findingRows();
    expect(rows.filter((r) => r.kind === 'overlap')).toHaveLength(2);
    expect(
      rows.filter((r) => r.kind === 'position_without_holder').map((r) => (r.subject as { title: string }).title),
    ).toEqual(['Market analyst']);
    const jobs = (await h.allJobs()).filter((j) => j.name === 'roles-analyze');
    expect(jobs.length).toBeGreaterThanOrEqual(3);
  });

  it('when a submission breaks the rules, then each problem is shown next to its field and nothing changes', async () => {
    const res = await submit(
      LEAD,
      card({
        title: 'x'.repeat(81),
        duties: `${'d'.repeat(201)}`,
        handoffs: 'Nobody here: something\nno colon',
        holders: ['USTRANGER'],
      }),
    );
    const errors = (res.json() as { errors: Record<string, string> }).errors;
    expect(errors.title).toBe('That is too long: 80 characters at most (you wrote 81).');
    expect(errors.duties).toBe('Line 1 is too long: 200 characters at most (it has 201).');
    expect(errors.handoffs).toContain('there is no position called “Nobody here”');
    expect(errors.handoffs).toContain('Line 2: write it as');
    expect(errors.holders).toContain('not in this team');
    const taken = await submit(LEAD, card({ title: 'market ANALYST' }));
    expect((taken.json() as { errors: Record<string, string> }).errors).toEqual({
      title: 'The team already has a position with this title.',
    });
    expect(await positions()).toHaveLength(3);
  });

  it('when a member runs /role, then they see their own card in their language; /role @someone shows that person’s', async () => {
    let since = mark();
    await h.command('/role', '', { user: MEI, channel: HOME });
    const mine = await waitReply(since, (r) => replyText(r).includes('Customer manager'));
    expect(replyText(mine)).toContain('岗位职责');
    expect(replyText(mine)).toContain('Handle customer complaints.');
    expect(replyText(mine)).not.toContain('role_edit'); // members view, leaders edit
    expect(replyText(mine)).not.toContain('<!channel>');

    since = mark();
    await h.command('/role', `<@${JOE}|joe>`, { user: MEI, channel: HOME });
    const theirs = await waitReply(since, (r) => replyText(r).includes('Service coordinator'));
    expect(replyText(theirs)).toContain('Call customers back');
    expect(replyText(theirs)).toContain('→ *Customer manager*: the settlement to pass back to the customer');

    since = mark();
    await h.command('/role', '', { user: ZED, channel: HOME });
    await waitReply(since, (r) => String(r.text).includes('You hold no position in *south* yet'));

    since = mark();
    await h.command('/role', 'list', { user: ZED, channel: HOME });
    const list = await waitReply(since, (r) => replyText(r).includes('3 positions'));
    expect(replyText(list)).toContain('*Market analyst* — no holder · 1 duties');
  });

  it('when the leader runs /role check, then overlaps written differently in both languages and the gaps are shown, and kept as findings', async () => {
    const since = mark();
    await h.command('/role', 'check', { user: LEAD, channel: HOME });
    const reply = await waitReply(since, (r) => String(r.text).startsWith('Role check:'));
    expect(reply.text).toBe(
      'Role check: 2 overlaps, 1 positions without a holder, 2 people without a position, 0 key results without a duty.',
    );
    const body = replyText(reply);
    expect(body).toContain(
      '“Handle customer complaints.” (Customer manager) and “handle  customer complaints” (Service coordinator)',
    );
    expect(body).toContain('“处理，客户投诉！” (Customer manager) and “处理客户投诉。” (Service coordinator)');
    expect(body).toContain('*Positions without a holder*: Market analyst');
    expect(body).toMatch(/\*People without a position\*: (Lead, Zed|Zed, Lead)/);
    const rows = await findingRows();
    expect(rows.map((r) => r.kind).sort()).toEqual([
      'member_without_position',
      'member_without_position',
      'overlap',
      'overlap',
      'position_without_holder',
    ]);
  });

  it('when a member presses "Not the same", then it is refused and the overlap stays', async () => {
    const a = await dutyId('Customer manager', 'Handle customer complaints.');
    const b = await dutyId('Service coordinator', 'handle  customer complaints');
    const since = mark();
    await h.button(MEI, 'role_duty_different', `${a}|${b}`);
    await waitReply(since, (r) => String(r.text).includes('只有本团队的领导'));
    expect(await h.runtime.db.prisma.dutyJudgement.count()).toBe(0);
  });

  it('when the leader presses "Not the same" under each overlap, then they disappear from the findings, and no duty id is shown to type back', async () => {
    const a = await dutyId('Customer manager', 'Handle customer complaints.');
    const b = await dutyId('Service coordinator', 'handle  customer complaints');
    let since = mark();
    await h.button(LEAD, 'role_duty_different', `${a}|${b}`);
    const replaced = await waitReply(since, (r) => r.replace_original === true);
    expect(replaced.text).toBe(
      'Role check: 1 overlaps, 1 positions without a holder, 2 people without a position, 0 key results without a duty.',
    );
    expect(replyText(replaced)).not.toContain('“Handle customer complaints.”');
    expect(replyText(replaced)).toContain('these two duties are not the same');
    expect((await findingRows()).filter((r) => r.kind === 'overlap')).toHaveLength(1);

    const zhA = await dutyId('Customer manager', '处理，客户投诉！');
    const zhB = await dutyId('Service coordinator', '处理客户投诉。');
    since = mark();
    expect(JSON.stringify(replaced.blocks)).not.toContain(`\`${zhA}\``);
    await h.button(LEAD, 'role_duty_different', `${zhB}|${zhA}`);
    const after = await waitReply(since, (r) => r.replace_original === true);
    expect(after.text).toBe(
      'Role check: 0 overlaps, 1 positions without a holder, 2 people without a position, 0 key results without a duty.',
    );
    expect((await findingRows()).filter((r) => r.kind === 'overlap')).toHaveLength(0);
    expect(await h.runtime.db.prisma.dutyJudgement.findMany({ select: { same: true } })).toEqual([
      { same: false },
      { same: false },
    ]);
  });

  it('when the leader edits a card and rewrites its duties, then judgements of duties kept stay, and the overlap does not come back', async () => {
    const manager = (await positions()).find((p) => p.title === 'Customer manager')!;
    await h.command('/role', 'edit customer manager', { user: LEAD, channel: HOME });
    const open = await h.slack.waitFor((calls) => calls.filter((c) => c.method === 'views.open').length >= 2);
    const view = open.filter((c) => c.method === 'views.open').at(-1)!.args.view as {
      private_metadata: string;
      blocks: Array<{ block_id?: string; element?: { initial_value?: string; initial_users?: string[] } }>;
    };
    expect(JSON.parse(view.private_metadata)).toEqual({ t: teamId, p: manager.id });
    const prefilled = Object.fromEntries(view.blocks.filter((b) => b.block_id).map((b) => [b.block_id, b.element]));
    expect(prefilled.duties!.initial_value).toBe(
      'Handle customer complaints.\n处理，客户投诉！\nVisit the shops on my route',
    );
    expect(prefilled.holders!.initial_users).toEqual([MEI]);

    const res = await submit(
      LEAD,
      card({
        title: 'Customer manager',
        duties: 'Keep the market in order\nVisit the shops on my route\nhandle customer complaints\n处理，客户投诉！',
        holders: [MEI, LEAD],
      }),
      manager.id,
    );
    expect(res.json()).toMatchObject({ response_action: 'update' });
    const edited = (await positions()).find((p) => p.id === manager.id)!;
    expect(edited.duties.map((d) => d.text)).toEqual([
      'Keep the market in order',
      'Visit the shops on my route',
      'handle customer complaints',
      '处理，客户投诉！',
    ]);
    expect(await h.runtime.db.prisma.dutyJudgement.count()).toBe(2);
    await h.drain();
    const rows = await findingRows();
    expect(rows.filter((r) => r.kind === 'overlap')).toHaveLength(0);
    expect(
      rows.filter((r) => r.kind === 'member_without_position').map((r) => (r.subject as { name: string }).name),
    ).toEqual(['Zed']);
  });

  it('when an accepted key result falls under no duty of its owner, then it is a gap until the leader links it with the select', async () => {
    const prisma = h.runtime.db.prisma;
    const mei = (await h.runtime.stores.teams.findMember(teamId, MEI))!;
    const goal = await prisma.goal.create({
      data: {
        teamId,
        title: 'Grow the south route',
        why: 'More shops served',
        measure: 'shops',
        periodKind: 'month',
        startDate: '2026-12-01',
        endDate: '2026-12-31',
        createdById: mei.id,
        channelId: HOME,
      },
    });
    const kr = await prisma.keyResult.create({
      data: {
        goalId: goal.id,
        proposerId: mei.id,
        ownerId: mei.id,
        title: 'Open 5 new shops',
        target: 5,
        unit: 'shops',
        status: 'accepted',
      },
    });
    await prisma.keyResult.create({
      data: {
        goalId: goal.id,
        proposerId: mei.id,
        ownerId: mei.id,
        title: 'Open 9 new shops',
        target: 9,
        unit: 'shops',
        status: 'proposed',
      },
    });

    let since = mark();
    await h.command('/role', 'check', { user: LEAD, channel: HOME });
    const reply = await waitReply(since, (r) => String(r.text).startsWith('Role check:'));
    expect(reply.text).toContain('1 key results without a duty');
    expect(replyText(reply)).toContain('“Open 5 new shops” (owner Mei, Customer manager)');
    const duty = await dutyId('Customer manager', 'Keep the market in order');
    expect(replyText(reply)).toContain(`"value":"${kr.id}|${duty}"`);

    since = mark();
    const payload = {
      type: 'block_actions',
      user: { id: LEAD, username: 'lead', name: 'lead', team_id: WORKSPACE },
      api_app_id: 'A0HEXIN',
      token: 'legacy-verification-token',
      container: { type: 'message', message_ts: '1.000001', channel_id: HOME, is_ephemeral: true },
      trigger_id: `trigger-${randomBytes(4).toString('hex')}`,
      team: { id: WORKSPACE, domain: 'test' },
      channel: { id: HOME, name: 'south' },
      response_url: h.slack.responseUrl(`action-${randomBytes(4).toString('hex')}`),
      actions: [
        {
          type: 'static_select',
          action_id: 'role_kr_duty',
          block_id: `kr-${kr.id}`,
          action_ts: `${Date.now() / 1000}`,
          selected_option: {
            text: { type: 'plain_text', text: 'Customer manager · Keep the market in order' },
            value: `${kr.id}|${duty}`,
          },
          placeholder: { type: 'plain_text', text: 'x' },
        },
      ],
    };
    expect((await h.post(form({ payload: JSON.stringify(payload) }), 'application/x-www-form-urlencoded')).status).toBe(
      200,
    );
    const linked = await waitReply(since, (r) => r.replace_original === true);
    expect(linked.text).toContain('0 key results without a duty');
    expect(replyText(linked)).toContain('falls under “Keep the market in order”');
    expect((await prisma.keyResult.findUnique({ where: { id: kr.id } }))!.dutyId).toBe(duty);
    expect((await findingRows()).some((r) => r.kind === 'key_result_without_duty')).toBe(false);
  });

  it('when a blocker’s words match a duty, then the holders of that position are found for the check-in to tell', async () => {
    const found = await h.runtime.stores.roles.holdersOfDutyMatching(
      teamId,
      'Three customer complaints from one shop, who can call them back?',
    );
    expect(found.map((m) => [m.slackUserId, m.positionTitle, m.dutyText])).toEqual([
      [JOE, 'Service coordinator', 'Call customers back'],
    ]);
    expect(await h.runtime.stores.roles.holdersOfDutyMatching(teamId, 'The price list has not arrived')).toEqual([]);
  });

  it('when the leader deletes a position, then it is gone with its duties, and the analysis runs again', async () => {
    const since = mark();
    await h.command('/role', 'delete market analyst', { user: LEAD, channel: HOME });
    await waitReply(since, (r) => String(r.text).includes('*Market analyst* is deleted'));
    expect((await positions()).map((p) => p.title)).toEqual(['Customer manager', 'Service coordinator']);
    await h.drain();
    expect((await findingRows()).some((r) => r.kind === 'position_without_holder')).toBe(false);
  });

  it('when someone in no team presses a role button, then the refusal is the same whether the record it names exists or not', async () => {
    const outsider = 'UROUTSIDE';
    h.slack.addUser({ id: outsider, realName: 'Outsider', tz: 'Asia/Shanghai', locale: 'en-US' });
    const [card] = await positions();
    const duty = card!.duties[0]!.id;
    const missing = 'cnothere0000000000000001';
    const keyResult = (await h.runtime.db.prisma.keyResult.findFirst({ where: { goal: { teamId } } }))?.id ?? missing;
    const presses: Array<[string, string]> = [
      ['role_edit', card!.id],
      ['role_edit', missing],
      ['role_duty_different', `${duty}|${missing}`],
      ['role_duty_different', `${missing}|cnothere0000000000000002`],
      ['role_kr_duty', `${keyResult}|${duty}`],
      ['role_kr_duty', `${missing}|${duty}`],
    ];
    const told: string[] = [];
    for (const [action, value] of presses) {
      const since = mark();
      await h.button(outsider, action, value, action === 'role_kr_duty' ? { element: 'static_select' } : {});
      told.push(String((await waitReply(since, () => true)).text));
    }
    expect(new Set(told)).toEqual(new Set([t('en', 'common.error.not_your_team')]));
  });

  it('when someone joins without a role edit, then the nightly run reports them; other minutes plan nothing', async () => {
    h.slack.addUser({ id: 'UNEWR', name: 'Newcomer', tz: 'Asia/Shanghai', locale: 'en-US' });
    await h.event({ type: 'member_joined_channel', user: 'UNEWR', channel: HOME, channel_type: 'C', team: WORKSPACE });
    await h.drain();
    const names = async () =>
      (await findingRows())
        .filter((r) => r.kind === 'member_without_position')
        .map((r) => (r.subject as { name: string }).name)
        .sort();
    expect(await names()).toEqual(['Zed']);
    h.clock.set('2026-11-30T19:59:00Z');
    await h.tick();
    await h.drain();
    expect(await names()).toEqual(['Zed']);
    h.clock.set('2026-11-30T20:00:00Z');
    await h.tick();
    await h.drain();
    expect(await names()).toEqual(['Newcomer', 'Zed']);
    expect((await h.allJobs()).some((j) => j.id === `roles-analyze-${teamId}-nightly-20261130`)).toBe(true);
    expect(await h.failedJobs()).toEqual([]);
  });

  /** A "Same as…" choice on a card, as Slack posts a static_select in block_actions. */
  const chooseSameAs = (user: string, value: string) => {
    const payload = {
      type: 'block_actions',
      user: { id: user, username: user.toLowerCase(), name: user.toLowerCase(), team_id: WORKSPACE },
      api_app_id: 'A0HEXIN',
      token: 'legacy-verification-token',
      container: { type: 'message', message_ts: '1.000002', channel_id: HOME, is_ephemeral: true },
      trigger_id: `trigger-${randomBytes(4).toString('hex')}`,
      team: { id: WORKSPACE, domain: 'test' },
      channel: { id: HOME, name: 'south' },
      response_url: h.slack.responseUrl(`action-${randomBytes(4).toString('hex')}`),
      actions: [
        {
          type: 'static_select',
          action_id: 'role_duty_same_as',
          block_id: 'card-x',
          action_ts: `${Date.now() / 1000}`,
          selected_option: { text: { type: 'plain_text', text: 'x' }, value },
          placeholder: { type: 'plain_text', text: 'Same as…' },
        },
      ],
    };
    return h.post(form({ payload: JSON.stringify(payload) }), 'application/x-www-form-urlencoded');
  };

  it('when someone runs /role mine or /role 我的, then it is their own card, as with a bare /role; only the leader’s card offers "Same as…"', async () => {
    let since = mark();
    await h.command('/role', 'mine', { user: MEI, channel: HOME });
    const mine = await waitReply(since, (r) => replyText(r).includes('Customer manager'));
    expect(replyText(mine)).toContain('岗位职责');
    expect(replyText(mine)).not.toContain('role_duty_same_as');

    since = mark();
    await h.command('/role', '我的', { user: LEAD, channel: HOME });
    const lead = await waitReply(since, (r) => replyText(r).includes('Customer manager'));
    const visit = await dutyId('Customer manager', 'Visit the shops on my route');
    const call = await dutyId('Service coordinator', 'Call customers back');
    expect(replyText(lead)).toContain('"action_id":"role_duty_same_as"');
    expect(replyText(lead)).toContain(`"value":"${visit}|${call}"`);
  });

  it('when the leader picks "Same as…" for two differently worded duties, then they are kept as the same and shown as an overlap; a member cannot', async () => {
    const visit = await dutyId('Customer manager', 'Visit the shops on my route');
    const call = await dutyId('Service coordinator', 'Call customers back');
    let since = mark();
    expect((await chooseSameAs(MEI, `${visit}|${call}`)).status).toBe(200);
    await waitReply(since, (r) => String(r.text).includes('只有本团队的领导'));
    expect(await h.runtime.db.prisma.dutyJudgement.count({ where: { same: true } })).toBe(0);

    since = mark();
    expect((await chooseSameAs(LEAD, `${visit}|${call}`)).status).toBe(200);
    const reply = await waitReply(since, (r) => String(r.text).startsWith('Role check:'));
    expect(reply.replace_original).toBe(false);
    expect(reply.text).toContain('1 overlaps');
    expect(replyText(reply)).toContain(
      'you marked “Visit the shops on my route” (Customer manager) and “Call customers back” (Service coordinator) as the same duty',
    );
    expect(await h.runtime.db.prisma.dutyJudgement.count({ where: { same: true } })).toBe(1);
    expect((await findingRows()).filter((r) => r.kind === 'overlap')).toHaveLength(1);
  });

  it('when a position is titled with a mention and a link, then a "not found" reply shows it inert, never raw', async () => {
    const evil = '<!here> <https://evil|x>';
    expect((await submit(LEAD, card({ title: evil, duties: 'Nothing' }))).json()).toMatchObject({
      response_action: 'update',
    });
    const since = mark();
    // Slack escapes &, < and > in command text.
    await h.command('/role', 'edit &lt;!channel&gt; nobody', { user: LEAD, channel: HOME });
    const reply = await waitReply(since, (r) => String(r.text).includes('There is no position called'));
    const body = replyText(reply);
    expect(body).toContain('&lt;!channel&gt; nobody');
    expect(body).toContain('&lt;!here&gt; &lt;https://evil|x&gt;');
    expect(body).not.toContain('<!here>');
    expect(body).not.toContain('<https://evil');
    expect(body).not.toContain('<!channel>');
  });
});

describe('role cards: the starter set and Chinese leaders', () => {
  let h: Harness;
  const teamAt = async (channel: string) => (await h.runtime.stores.teams.findTeamByChannel(WORKSPACE, channel))!.id;
  beforeAll(async () => {
    h = await Harness.start({ now: '2026-11-30T02:00:00Z' });
    h.slack.addUser({ id: 'ULIZH', realName: 'Li', tz: 'Asia/Shanghai', locale: 'zh-CN', isAdmin: true });
    h.slack.addUser({ id: 'UANNEN', realName: 'Ann', tz: 'Asia/Shanghai', locale: 'en-US', isAdmin: true });
    h.slack.addUser({ id: 'UWANG', realName: 'Wang', tz: 'Asia/Shanghai', locale: 'zh-CN' });
    h.slack.setChannelMembers('CZH1', ['ULIZH', 'UWANG']);
    h.slack.setChannelMembers('CEN1', ['UANNEN']);
    await h.command('/hexin', 'setup', { user: 'ULIZH', channel: 'CZH1', channelName: 'east' });
    await h.command('/hexin', 'setup', { user: 'UANNEN', channel: 'CEN1', channelName: 'west' });
    await h.waitForReply((r) => String(r.text).includes('*east*'));
    await h.waitForReply((r) => String(r.text).includes('*west*'));
    await h.drain();
    expect(await h.runtime.stores.teams.findMember(await teamAt('CZH1'), 'UWANG')).toMatchObject({ active: true });
  });
  afterAll(() => h.close());

  it('when a member asks for the starter set, then it is refused', async () => {
    await h.command('/role', 'starter', { user: 'UWANG', channel: 'CZH1' });
    await h.waitForReply((r) => String(r.text).includes('只有本团队的领导'));
    expect(await h.runtime.stores.roles.positions(await teamAt('CZH1'))).toEqual([]);
  });

  it('when a Chinese-speaking leader adds the starter set, then five editable Chinese cards with hand-offs are created, once', async () => {
    await h.command('/role', 'starter', { user: 'ULIZH', channel: 'CZH1' });
    await h.waitForReply((r) => String(r.text).includes('已添加 5 份职位说明模板'));
    const positions = await h.runtime.stores.roles.positions(await teamAt('CZH1'));
    expect(positions.map((p) => p.title).sort()).toEqual(
      ['团队领导', '客户经理', '市场分析员', '服务与投诉协调员', '高级客户经理'].sort(),
    );
    const manager = positions.find((p) => p.title === '客户经理')!;
    expect(manager.duties.map((d) => d.text)).toContain('按计划走访线路上的零售客户');
    expect(manager.authority).not.toBe('');
    expect(manager.handoffsOut.map((x) => x.toTitle).sort()).toEqual(['市场分析员', '服务与投诉协调员'].sort());

    await h.command('/role', 'starter', { user: 'ULIZH', channel: 'CZH1' });
    await h.waitForReply((r) => String(r.text).includes('团队已有全部模板岗位'));
    expect(await h.runtime.stores.roles.positions(await teamAt('CZH1'))).toHaveLength(5);
  });

  it('when the Chinese leader checks the starter set, then the findings speak Chinese: positions without a holder and members without a position', async () => {
    await h.command('/role', '检查', { user: 'ULIZH', channel: 'CZH1' });
    const reply = await h.waitForReply((r) => String(r.text).startsWith('职位检查'));
    expect(reply.text).toBe('职位检查：0 处重叠，5 个岗位无人任职，2 人没有岗位，0 个关键结果没有对应职责。');
    expect(replyText(reply)).toContain('*无人任职的岗位*');
    await h.drain();
    const rows = await h.runtime.db.prisma.roleFinding.findMany({ where: { teamId: await teamAt('CZH1') } });
    expect(rows).toHaveLength(7);
  });

  it('when the Chinese leader submits a form with a too-long title, then the error is in Chinese', async () => {
    const res = await h.submitView(
      'ULIZH',
      { callback_id: 'role_submit', private_metadata: JSON.stringify({ t: await teamAt('CZH1'), p: null }) },
      card({ title: '长'.repeat(81), handoffs: '客户经理 交接' }),
    );
    expect((res.json() as { errors: Record<string, string> }).errors).toEqual({
      title: '内容太长了：最多 80 个字符（你写了 81 个）。',
      handoffs: '第 1 行：请写成 `<岗位名称>：<内容>`。',
    });
  });

  it('when an English-speaking leader adds the starter set, then the cards are in English', async () => {
    await h.command('/role', 'starter', { user: 'UANNEN', channel: 'CEN1' });
    await h.waitForReply((r) => String(r.text).includes('Added 5 starter role cards'));
    const positions = await h.runtime.stores.roles.positions(await teamAt('CEN1'));
    expect(positions.map((p) => p.title)).toContain('Service and complaints coordinator');
    await h.command('/role', 'list', { user: 'UANNEN', channel: 'CEN1' });
    await h.waitForReply((r) => replyText(r).includes('*Customer manager* — no holder · 6 duties'));
  });

  it('when a member whose Slack is in English reads the Chinese leader’s starter cards, then they read English, and a Chinese reader still reads Chinese', async () => {
    h.slack.addUser({ id: 'UJOE', realName: 'Joe', tz: 'Asia/Shanghai', locale: 'en-US' });
    await h.command('/hexin', 'join', { user: 'UJOE', channel: 'CZH1' });
    await h.waitForReply((r) => String(r.text).includes('Welcome to *east*'));
    await h.command('/role', 'list', { user: 'UJOE', channel: 'CZH1' });
    await h.waitForReply((r) => replyText(r).includes('*Customer manager* — no holder · 6 duties'));
    await h.command('/role', 'list', { user: 'UWANG', channel: 'CZH1' });
    await h.waitForReply((r) => replyText(r).includes('*客户经理* —— 暂无任职人 · 6 项职责'));
    // Stored once, in the language it was added in; the analysis reads what is stored.
    const stored = (await h.runtime.stores.roles.positions(await teamAt('CZH1'))).find((p) => p.title === '客户经理')!;
    expect(stored.starterKey).toBe('customer_manager');
  });

  it('when a leader saves a starter card from the editor, then the words saved become the card’s own, for every reader', async () => {
    const teamId = await teamAt('CZH1');
    const before = h.slack.callsTo('views.open').length;
    await h.command('/role', 'edit Customer manager', { user: 'ULIZH', channel: 'CZH1' });
    const open = await h.slack.waitFor((calls) => calls.filter((c) => c.method === 'views.open').length > before);
    const view = open.filter((c) => c.method === 'views.open').at(-1)!.args.view as {
      private_metadata: string;
      blocks: Array<{ block_id?: string; element?: { initial_value?: string } }>;
    };
    const prefilled = Object.fromEntries(
      view.blocks.filter((b) => b.block_id).map((b) => [b.block_id, b.element?.initial_value ?? '']),
    );
    expect(prefilled.title).toBe('客户经理');
    const res = await h.submitView(
      'ULIZH',
      { callback_id: 'role_submit', private_metadata: view.private_metadata },
      card({
        title: prefilled.title!,
        purpose: prefilled.purpose,
        duties: prefilled.duties,
        authority: prefilled.authority,
        guidelines: prefilled.guidelines,
        handoffs: prefilled.handoffs,
      }),
    );
    expect(res.json()).toMatchObject({ response_action: 'update' });
    const saved = (await h.runtime.stores.roles.positions(teamId)).find((p) => p.title === '客户经理')!;
    expect(saved.starterKey).toBeNull();
    expect(saved.handoffsOut).toHaveLength(2);
    await h.command('/role', 'list', { user: 'UJOE', channel: 'CZH1' });
    await h.waitForReply((r) => replyText(r).includes('*客户经理* — no holder · 6 duties'));
  });

  it('when someone asks for help in English or Chinese, then the commands are explained', async () => {
    await h.command('/role', 'help', { user: 'UANNEN', channel: 'CEN1' });
    await h.waitForReply((r) => String(r.text).includes('`/role check`'));
    await h.command('/role', 'nonsense', { user: 'UWANG', channel: 'CZH1' });
    await h.waitForReply((r) => String(r.text).includes('我不认识 `nonsense`'));
  });
});
