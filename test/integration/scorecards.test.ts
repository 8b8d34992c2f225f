import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Harness } from '../support/harness.ts';

const HOME = 'CSCORE';
const LEAD = 'ULEADS';
const MEI = 'UMEIS';
const JOE = 'UJOES';

/** The default template with more weight on satisfaction: a change of weights, 100 in all. */
const REWEIGHTED = [
  'satisfaction | Retail-customer satisfaction | result | 40 | 90 | % | higher | manual',
  'brand | Brand cultivation | result | 20 | 100 | % | higher | manual',
  'market | Market upkeep | result | 10 | 95 | % | higher | manual',
  'visits | Visit-plan completion | process | 20 | 100 | % | higher | manual',
  'complaints | Complaint handling | process | 10 | 24 | hours | lower | manual',
].join('\n');

describe('scorecards', () => {
  let h: Harness;
  let teamId: string;
  const db = () => h.runtime.db.prisma;
  const memberId = async (slackUserId: string) => (await h.runtime.stores.teams.findMember(teamId, slackUserId))!.id;
  const json = (value: unknown) => JSON.stringify(value);

  /** A /scorecard command and the one ephemeral reply it gets. */
  async function ask(user: string, text: string, channel = HOME): Promise<string> {
    const before = h.replies().length;
    const res = await h.command('/scorecard', text, { user, channel });
    expect(res.status).toBe(200);
    const deadline = Date.now() + 5000;
    while (h.replies().length <= before) {
      if (Date.now() > deadline) throw new Error(`no reply to /scorecard ${text}`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    const reply = h.replies()[before]!;
    expect(reply.response_type).toBe('ephemeral');
    return json(reply);
  }

  /** A /scorecard command that opens a modal: the view it opened. */
  async function openModal(
    user: string,
    text: string,
  ): Promise<{ callback_id: string; private_metadata: string; blocks: Array<Record<string, unknown>> }> {
    const before = h.slack.callsTo('views.open').length;
    await h.command('/scorecard', text, { user, channel: HOME });
    const calls = await h.slack.waitFor((all) => all.filter((c) => c.method === 'views.open').length > before);
    return calls.filter((c) => c.method === 'views.open').at(-1)!.args.view as never;
  }

  const submitTemplate = (user: string, metadata: string, metrics: string, note: string) =>
    h.submitView(
      user,
      { callback_id: 'scorecard_template', private_metadata: metadata },
      {
        metrics: { input: { type: 'plain_text_input', value: metrics } },
        note: { input: { type: 'plain_text_input', value: note } },
      },
    );

  const submitValues = (user: string, metadata: string, values: Record<string, string | null>) =>
    h.submitView(
      user,
      {
        callback_id: 'scorecard_enter',
        private_metadata: metadata,
        blocks: [{ type: 'input', block_id: 'm_satisfaction' }],
      },
      Object.fromEntries(
        Object.entries(values).map(([key, value]) => [`m_${key}`, { value: { type: 'number_input', value } }]),
      ),
    );

  const versions = () =>
    db().scorecardTemplate.findMany({
      where: { teamId },
      include: { metrics: { orderBy: { position: 'asc' } } },
      orderBy: { version: 'asc' },
    });

  beforeAll(async () => {
    h = await Harness.start({ now: '2026-11-20T02:00:00Z' }); // Friday 10:00 in Shanghai, period 2026-11
    h.slack.addUser({ id: LEAD, realName: 'Lead', name: 'lead', tz: 'Asia/Shanghai', locale: 'en-US', isAdmin: true });
    h.slack.addUser({ id: MEI, realName: 'Mei', name: 'mei', tz: 'Asia/Shanghai', locale: 'zh-CN' });
    h.slack.addUser({ id: JOE, realName: 'Joe', name: 'joe', tz: 'Asia/Shanghai', locale: 'en-GB' });
    h.slack.setChannelMembers(HOME, [LEAD, MEI, JOE]);
    await h.command('/hexin', 'setup', { user: LEAD, channel: HOME, channelName: 'north-route' });
    await h.waitForReply((r) => String(r.text).includes('north-route'));
    await h.drain();
    teamId = (await h.runtime.stores.teams.findTeamByChannel('T0TEST', HOME))!.id;
    expect((await h.runtime.stores.teams.activeMembers(teamId)).map((m) => m.slackUserId).sort()).toEqual(
      [JOE, LEAD, MEI].sort(),
    );
  });
  afterAll(() => h.close());

  it('when a member first asks for their scorecard, then the team gets the study’s default template and the member sees their own card in their language', async () => {
    const card = await ask(MEI, '');
    expect(card).toContain('考核记分卡');
    expect(card).toContain('零售客户满意度');
    expect(card).toContain('投诉处理');
    const [v1, ...others] = await versions();
    expect(others).toHaveLength(0);
    expect(v1).toMatchObject({ version: 1, effectiveFrom: '2026-11', createdById: null });
    expect(v1!.metrics.map((m) => [m.key, m.name, m.kind, m.weight, m.direction])).toEqual([
      ['satisfaction', 'Retail-customer satisfaction', 'result', 25, 'higher'],
      ['brand', 'Brand cultivation', 'result', 20, 'higher'],
      ['market', 'Market upkeep', 'result', 15, 'higher'],
      ['visits', 'Visit-plan completion', 'process', 20, 'higher'],
      ['complaints', 'Complaint handling', 'process', 20, 'lower'],
    ]);
    expect(v1!.metrics.reduce((sum, m) => sum + m.weight, 0)).toBe(100);
    const history = await ask(JOE, 'history');
    expect(history).toContain('*v1* · from 2026-11 · in effect');
    expect(history).toContain('Default template');
  });

  it('when a member tries the template editor or its submit, then they are refused and nothing changes', async () => {
    expect(await ask(MEI, 'template')).toContain('只有本团队的领导');
    const res = await submitTemplate(MEI, json({ t: teamId }), REWEIGHTED, 'sneaky');
    expect(json(res.json())).toContain('只有本团队的领导');
    expect(await versions()).toHaveLength(1);
  });

  it('when the leader saves weights that do not add up to 100, a bad row or no note, then the modal says so by row and nothing is saved', async () => {
    const modal = await openModal(LEAD, 'template');
    expect(modal.callback_id).toBe('scorecard_template');
    expect(json(modal.blocks)).toContain(
      'satisfaction | Retail-customer satisfaction | result | 25 | 90 | % | higher | manual',
    );
    expect(json(modal.blocks)).toContain('takes effect from *2026-12*');

    const ninety = REWEIGHTED.replace('| 40 |', '| 30 |');
    const weights = await submitTemplate(LEAD, modal.private_metadata, ninety, 'Less on satisfaction');
    expect(weights.json()).toEqual({
      response_action: 'errors',
      errors: { metrics: 'The weights add up to 90; they must add up to exactly 100.' },
    });

    const badRow = REWEIGHTED.replace(
      'brand | Brand cultivation | result | 20 |',
      'brand | Brand cultivation | outcome | twenty |',
    );
    const rows = (await submitTemplate(LEAD, modal.private_metadata, badRow, '')).json<{
      errors: Record<string, string>;
    }>()!;
    expect(rows.errors.metrics).toContain('Row 2: kind must be “process” or “result” (you wrote “outcome”).');
    expect(rows.errors.metrics).toContain('Row 2: weight must be a whole number from 1 to 100 (you wrote “twenty”).');
    expect(rows.errors.note).toBe('Write a note: what changed, and why.');

    const longNote = (await submitTemplate(LEAD, modal.private_metadata, REWEIGHTED, 'x'.repeat(1001))).json<{
      errors: Record<string, string>;
    }>()!;
    expect(longNote.errors.note).toBe('The note is too long: 1000 characters at most (you wrote 1001).');
    expect(await versions()).toHaveLength(1);
  });

  it('when the leader enters values in the modal, then they are stored and the member’s card is scored on them', async () => {
    const modal = await openModal(LEAD, `enter <@${MEI}|mei>`);
    expect(modal.callback_id).toBe('scorecard_enter');
    expect(modal.blocks.filter((b) => b.type === 'input').map((b) => b.block_id)).toEqual([
      'm_satisfaction',
      'm_brand',
      'm_market',
      'm_visits',
      'm_complaints',
    ]);
    expect(JSON.parse(modal.private_metadata)).toMatchObject({ p: '2026-11' });

    const bad = await submitValues(LEAD, modal.private_metadata, { satisfaction: '81', brand: 'lots' });
    expect(bad.json()).toEqual({
      response_action: 'errors',
      errors: { m_brand: 'Write a number of 0 or more, e.g. 87.5 (you wrote “lots”).' },
    });
    expect(await db().scorecardValue.count({ where: { teamId } })).toBe(0);

    const good = await submitValues(LEAD, modal.private_metadata, {
      satisfaction: '81',
      brand: '100',
      market: '95',
      visits: '90',
      complaints: '12',
    });
    expect(good.json()).toMatchObject({ response_action: 'update' });
    expect(json(good.json())).toContain('Saved 5 value(s) for *mei* · 2026-11');
    const stored = await db().scorecardValue.findMany({
      where: { memberId: await memberId(MEI), period: '2026-11' },
      include: { metric: true },
    });
    expect(Object.fromEntries(stored.map((v) => [v.metric.key, v.value]))).toEqual({
      satisfaction: 81,
      brand: 100,
      market: 95,
      visits: 90,
      complaints: 12,
    });

    // 81/90 × 25 + 20 + 15 = 57.5 (results); 90/100 × 20 + capped 120 % × 20 = 42 (process).
    const card = await ask(MEI, '');
    expect(card).toContain('过程 *42* + 结果 *57.5* = *99.5* 分');
    expect(card).toContain('达成 90%');
  });

  it('when the leader changes the period kind while this period has values, then it is refused and nothing is remapped', async () => {
    const refused = await ask(LEAD, 'period quarter');
    expect(refused).toContain('stay per month: 2026-11 already has values');
    expect(refused).toContain('at the start of a period');
    expect((await db().team.findUnique({ where: { id: teamId } }))!.scorecardPeriod).toBe('month');
    expect(await ask(MEI, '2026-11')).toContain('*99.5* 分');
  });

  it('when the leader changes the weights, then a new version starts next period with its note, a second change updates it, and the current period keeps its weights', async () => {
    const modal = await openModal(LEAD, 'template');
    const saved = await submitTemplate(LEAD, modal.private_metadata, REWEIGHTED, 'More weight on satisfaction');
    expect(json(saved.json())).toContain('Saved as *v2*. It takes effect from *2026-12*');

    const pending = await openModal(LEAD, 'template');
    expect(json(pending.blocks)).toContain('You are editing v2');
    const rewritten = REWEIGHTED.replace('Brand cultivation', 'Brand <!channel> cultivation');
    const again = await submitTemplate(
      LEAD,
      pending.private_metadata,
      rewritten,
      'Satisfaction first <@UJOES> <https://evil.example|see>',
    );
    expect(json(again.json())).toContain('*v2* (from *2026-12*) is updated');

    const all = await versions();
    expect(all.map((v) => [v.version, v.effectiveFrom, v.note])).toEqual([
      [1, '2026-11', expect.stringContaining('Default template')],
      [2, '2026-12', 'Satisfaction first <@UJOES> <https://evil.example|see>'],
    ]);
    expect(all[1]!.metrics.map((m) => m.weight)).toEqual([40, 20, 10, 20, 10]);

    expect(await ask(MEI, '')).toContain('*99.5* 分'); // November is still scored on v1
    const history = await ask(JOE, 'history');
    expect(history).toContain('*v2* · from 2026-12 · starts next period · <@ULEADS>');
    expect(history).toContain('Brand &lt;!channel&gt; cultivation 20');
    expect(history).toContain('@UJOES &lt;https://evil.example|see&gt;');
    expect(history).not.toContain('<!channel>');
    expect(history).not.toContain('<@UJOES>');
  });

  it('when the next period comes, then its values are scored on the new version while the old period keeps the old one', async () => {
    h.clock.set('2026-12-03T02:00:00Z');
    const modal = await openModal(LEAD, `enter <@${MEI}|mei>`);
    expect(JSON.parse(modal.private_metadata)).toMatchObject({ p: '2026-12' });
    const saved = await submitValues(LEAD, modal.private_metadata, {
      satisfaction: '81',
      brand: '100',
      market: '95',
      visits: '90',
      complaints: '12',
    });
    expect(saved.json()).toMatchObject({ response_action: 'update' });

    // v2: 81/90 × 40 + 20 + 10 = 66 (results); 18 + capped 120 % × 10 = 30 (process).
    const december = await ask(MEI, '');
    expect(december).toContain('模板 v2');
    expect(december).toContain('过程 *30* + 结果 *66* = *96* 分');
    const november = await ask(MEI, '2026-11');
    expect(november).toContain('模板 v1');
    expect(november).toContain('*99.5* 分');
    expect(await ask(LEAD, `enter <@${MEI}|mei> 2027-01`)).toContain('2027-01 has not begun yet');
  });

  it('when the leader shares a CSV in the home channel, then it is never downloaded or imported and they are asked by DM to delete it and use a DM', async () => {
    h.slack.addFile('F0CHANCSV', {
      name: 'everyone.csv',
      filetype: 'csv',
      content: 'member,period,metric,value\nUJOES,2026-11,satisfaction,88\n',
    });
    await h.event({
      type: 'file_shared',
      file_id: 'F0CHANCSV',
      user_id: LEAD,
      channel_id: HOME,
      file: { id: 'F0CHANCSV' },
    });
    await h.drain();
    expect(h.slack.callsTo('file_download').some((c) => c.args.file_id === 'F0CHANCSV')).toBe(false);
    expect(await db().scorecardValue.count({ where: { memberId: await memberId(JOE) } })).toBe(0);
    const dm = h.slack
      .callsTo('chat.postMessage')
      .filter((c) => c.args.channel === LEAD)
      .at(-1)!;
    expect(String(dm.args.text)).toContain('*everyone.csv* was shared in a channel');
    expect(String(dm.args.text)).toContain('delete it from the channel and upload it here');
    expect(
      h.slack
        .callsTo('chat.postMessage')
        .some((c) => c.args.channel === HOME && JSON.stringify(c.args).includes('everyone.csv')),
    ).toBe(false);
  });

  it('when a CSV with a bad row is shared in a DM with Hexin, naming the team in its first column, then nothing is stored and the uploader is told the row by DM', async () => {
    const joe = await memberId(JOE);
    h.slack.addFile('F0BADCSV', {
      name: 'november.csv',
      filetype: 'csv',
      content: `team,member,period,metric,value\n<#${HOME}|north-route>,UJOES,2026-11,satisfaction,88\n<#${HOME}|north-route>,UJOES,2026-11,happiness,5\n<#${HOME}|north-route>,<@UJOES>,2026-11,brand,<!channel>\n`,
    });
    await h.event({
      type: 'file_shared',
      file_id: 'F0BADCSV',
      user_id: LEAD,
      channel_id: 'DLEADS',
      file: { id: 'F0BADCSV' },
    });
    await h.drain();
    const download = h.slack.callsTo('file_download').find((c) => c.args.file_id === 'F0BADCSV')!;
    expect(download).toMatchObject({ token: 'xoxb-test-token', answered: 'ok' });
    const dm = h.slack
      .callsTo('chat.postMessage')
      .filter((c) => c.args.channel === LEAD)
      .at(-1)!;
    const text = json(dm.args.blocks);
    expect(text).toContain('Nothing from *november.csv* was stored');
    expect(text).toContain('Row 3: no metric “happiness” in the template for 2026-11');
    expect(text).toContain('Row 4: value must be a number of 0 or more (you wrote “&lt;!channel&gt;”)');
    expect(text).not.toContain('Row 2');
    expect(await db().scorecardValue.count({ where: { memberId: joe } })).toBe(0);
  });

  it('when a good CSV is shared in a DM with Hexin, then all its rows are applied and the uploader is told', async () => {
    const joe = await memberId(JOE);
    h.slack.addFile('F0GOODCSV', {
      name: 'november-fixed.csv',
      content:
        '\uFEFFmember,period,metric,value\r\nUJOES,2026-11,satisfaction,88\r\n<@UJOES>,2026-11,brand,"100"\r\nUJOES,2026-12,visits,75\r\n',
    });
    await h.event({
      type: 'file_shared',
      file_id: 'F0GOODCSV',
      user_id: LEAD,
      channel_id: 'DLEADS',
      file: { id: 'F0GOODCSV' },
    });
    await h.drain();
    const dm = h.slack
      .callsTo('chat.postMessage')
      .filter((c) => c.args.channel === LEAD)
      .at(-1)!;
    expect(String(dm.args.text)).toContain(
      'Done: 3 value(s) from *november-fixed.csv* for 1 member(s) (2026-11, 2026-12)',
    );
    const stored = await db().scorecardValue.findMany({
      where: { memberId: joe },
      include: { metric: { include: { template: true } } },
      orderBy: { period: 'asc' },
    });
    expect(stored.map((v) => [v.period, v.metric.key, v.metric.template.version, v.value])).toEqual([
      ['2026-11', 'satisfaction', 1, 88],
      ['2026-11', 'brand', 1, 100],
      ['2026-12', 'visits', 2, 75],
    ]);
  });

  it('when a member shares a CSV in the home channel, then it is not even fetched', async () => {
    h.slack.addFile('F0MEMBERCSV', {
      name: 'mine.csv',
      content: 'member,period,metric,value\nUMEIS,2026-11,satisfaction,120\n',
    });
    await h.event({
      type: 'file_shared',
      file_id: 'F0MEMBERCSV',
      user_id: MEI,
      channel_id: HOME,
      file: { id: 'F0MEMBERCSV' },
    });
    await h.drain();
    expect(h.slack.callsTo('files.info').some((c) => c.args.file === 'F0MEMBERCSV')).toBe(false);
  });

  it('when a member asks for someone else’s scorecard or the team’s, then they are refused and never sent another member’s numbers', async () => {
    const before = h.slack.calls.length;
    const other = await ask(JOE, `<@${MEI}|mei>`);
    expect(other).toContain('other people’s are for their leader only');
    const team = await ask(JOE, 'team 2026-11');
    expect(team).toContain('for its leaders only');
    expect(await ask(MEI, 'team')).toContain('团队记分卡只有领导能看');
    const own = await ask(JOE, '2026-11');
    expect(own).toContain('Scorecard — joe');
    expect(own).toContain('88 of target 90 %');

    const sentSince = h.slack.calls.slice(before);
    const toJoe = sentSince.filter(
      (c) =>
        c.method === 'response_url' || c.args.channel === JOE || c.args.channel === 'DJOES' || c.args.user_id === JOE,
    );
    for (const call of toJoe) {
      const body = json(call.args);
      expect(body).not.toContain('mei');
      expect(body).not.toContain('99.5');
      expect(body).not.toContain('81 of target');
    }
  });

  it('when the leader asks, then they see one member’s card and the team’s, with the mean over members with values', async () => {
    const mei = await ask(LEAD, `<@${MEI}|mei> 2026-11`);
    expect(mei).toContain('Scorecard — mei');
    expect(mei).toContain('*99.5* points');
    const team = await ask(LEAD, 'team 2026-11');
    expect(team).toContain('Team scorecard — north-route');
    expect(team).toContain('mei: process 42 · result 57.5 · *total 99.5*');
    // Joe: satisfaction 88/90 × 25 = 24.4…, brand 20; three metrics not entered.
    expect(team).toContain('joe: process 0 · result 44.4 · *total 44.4* (3 not entered)');
    expect(team).toContain('Team mean over 2 member(s) with values: process 21 · result 51 · *total 72*');
    expect(team).not.toContain('lead:');
  });

  it('when a metric is linked to a key result or to check-ins, then its value comes from the latest update and the participation rate', async () => {
    const lead = await memberId(LEAD);
    const mei = await memberId(MEI);
    const goal = await db().goal.create({
      data: {
        teamId,
        title: 'Grow the north',
        why: 'Shops trust us',
        measure: 'cases',
        periodKind: 'quarter',
        startDate: '2027-01-01',
        endDate: '2027-03-31',
        createdById: lead,
        channelId: HOME,
      },
    });
    const kr = await db().keyResult.create({
      data: {
        goalId: goal.id,
        proposerId: mei,
        ownerId: mei,
        title: 'Cases sold',
        target: 500,
        unit: 'cases',
        status: 'accepted',
      },
    });
    await db().keyResult.create({
      data: {
        goalId: goal.id,
        proposerId: mei,
        ownerId: mei,
        title: 'Only proposed',
        target: 5,
        unit: 'x',
        status: 'proposed',
      },
    });
    const modal = await openModal(LEAD, 'template');
    expect(json(modal.blocks)).toContain(`\`key_result:${kr.id}\` — Cases sold`);
    expect(json(modal.blocks)).not.toContain('Only proposed');
    const unknown = await submitTemplate(
      LEAD,
      modal.private_metadata,
      'sales | Cases | result | 50 | 500 | cases | higher | key_result:nosuchkr\nrate | Check-ins | process | 50 | 90 | % | higher | checkin_rate',
      'Linked',
    );
    expect(json(unknown.json())).toContain('Row 1: no key result “nosuchkr” in this team’s goals.');
    const saved = await submitTemplate(
      LEAD,
      modal.private_metadata,
      `sales | Cases | result | 50 | 500 | cases | higher | key_result:${kr.id}\nrate | Check-ins | process | 50 | 90 | % | higher | checkin_rate`,
      'Linked to goals',
    );
    expect(json(saved.json())).toContain('*v3*');
    expect(json(saved.json())).toContain('*2027-01*');

    h.clock.set('2027-01-20T02:00:00Z');
    await db().keyResultUpdate.createMany({
      data: [
        {
          keyResultId: kr.id,
          memberId: mei,
          value: 200,
          confidence: 6,
          source: 'command',
          createdAt: new Date('2027-01-05T02:00:00Z'),
        },
        {
          keyResultId: kr.id,
          memberId: mei,
          value: 250,
          confidence: 7,
          source: 'command',
          createdAt: new Date('2027-01-15T02:00:00Z'),
        },
      ],
    });
    // Four prompts sent, three answered, one answer without a prompt (it does not count).
    for (const day of ['2027-01-04', '2027-01-05', '2027-01-06', '2027-01-07']) {
      await db().checkinPrompt.create({
        data: { memberId: mei, teamId, localDate: day, status: 'sent', sentAt: new Date(`${day}T01:00:00Z`) },
      });
    }
    for (const day of ['2027-01-04', '2027-01-05', '2027-01-07', '2027-01-09']) {
      await db().checkinAnswer.create({ data: { memberId: mei, teamId, localDate: day, answers: {} } });
    }
    const card = await ask(LEAD, `<@${MEI}|mei>`);
    expect(card).toContain('250 of target 500 cases');
    expect(card).toContain('75 of target 90 %');
    // 250/500 × 50 = 25; 75/90 × 50 = 41.7.
    expect(card).toContain('Process *41.7* + result *25* = *66.7* points');
    const form = await openModal(LEAD, `enter <@${MEI}|mei>`);
    expect(form.blocks.filter((b) => b.type === 'input')).toHaveLength(0);
    expect(json(form.blocks)).toContain('Cases: 250 cases — from a goal’s key result');

    // Joe does not own the key result: it is n/a on his card and check-ins weigh 100 for him.
    const joe = await memberId(JOE);
    for (const day of ['2027-01-04', '2027-01-05']) {
      await db().checkinPrompt.create({
        data: { memberId: joe, teamId, localDate: day, status: 'sent', sentAt: new Date(`${day}T01:00:00Z`) },
      });
    }
    await db().checkinAnswer.create({ data: { memberId: joe, teamId, localDate: '2027-01-04', answers: {} } });
    const joeCard = await ask(JOE, '');
    expect(joeCard).toContain('n/a — counts only on the card of the key result’s owner');
    expect(joeCard).not.toContain('250');
    // 50/90 × 100 = 55.6, out of 100 for Joe.
    expect(joeCard).toContain('weight 100');
    expect(joeCard).toContain('Process *55.6* + result *0* = *55.6* points');
    const team = await ask(LEAD, 'team');
    expect(team).toContain('mei: process 41.7 · result 25 · *total 66.7*');
    expect(team).toContain('joe: process 55.6 · result 0 · *total 55.6*');
  });

  it('when the leader changes the period kind at the start of a period with no values yet, then it applies from that period', async () => {
    h.clock.set('2027-04-02T02:00:00Z');
    const done = await ask(LEAD, 'period quarter');
    expect(done).toContain('now kept per quarter; this period is 2027-Q2');
    expect((await db().team.findUnique({ where: { id: teamId } }))!.scorecardPeriod).toBe('quarter');
    expect(await ask(LEAD, 'period quarter')).toContain('already kept per quarter');
  });
});
