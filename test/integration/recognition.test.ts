import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordReaction } from '../../src/domain/recognition/service.ts';
import { Harness } from '../support/harness.ts';

const HOME = 'CKHOME';
const KUDOS_CHANNEL = 'CKUDOS';
const OTHER = 'CROUTES';
const LEAD = 'ULEAD';
const ANNA = 'UANNA';
const BO = 'UBO';
const MEI = 'UMEI';
const ROBOT = 'UROBOT';
const STRANGER = 'USTRANGER';

async function waitUntil<T>(
  probe: () => Promise<T | null | undefined | false>,
  what: string,
  timeoutMs = 5000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('peer recognition (kudos)', () => {
  let h: Harness;
  let teamId: string;
  const text = (r: Record<string, unknown>) => String(r.text);
  const kudos = () => h.runtime.db.prisma.kudos.findMany({ where: { teamId }, orderBy: { createdAt: 'asc' } });
  const postsIn = (channel: string) => h.slack.callsTo('chat.postMessage').filter((c) => c.args.channel === channel);
  const dmsTo = (user: string) => h.slack.callsTo('chat.postMessage').filter((c) => c.args.channel === user);
  const kudo = (user: string, body: string, channel = HOME) => h.command('/kudos', body, { user, channel });
  const reaction = (giver: string, receiver: string, reactionName: string, ts: string, eventId?: string) =>
    h.event(
      {
        type: 'reaction_added',
        user: giver,
        reaction: reactionName,
        item_user: receiver,
        item: { type: 'message', channel: OTHER, ts },
      },
      eventId,
    );
  const reactionLogs = (outcome: string) =>
    h.logLines.filter((l) => l.includes('"kudos reaction"') && l.includes(`"outcome":"${outcome}"`)).length;

  beforeAll(async () => {
    h = await Harness.start({ now: '2026-11-30T02:00:00Z' }); // Monday 10:00 in Shanghai
    h.slack.addUser({ id: LEAD, realName: 'Lead', tz: 'Asia/Shanghai', locale: 'en-US', isAdmin: true });
    h.slack.addUser({ id: ANNA, realName: 'Anna', tz: 'Asia/Shanghai', locale: 'en-US' });
    h.slack.addUser({ id: BO, realName: 'Bo', tz: 'Asia/Shanghai', locale: 'en-GB' });
    h.slack.addUser({ id: MEI, realName: 'Mei', tz: 'Asia/Shanghai', locale: 'zh-CN' });
    h.slack.addUser({ id: ROBOT, realName: 'Robot', tz: 'UTC', isBot: true });
    h.slack.addUser({ id: STRANGER, realName: 'Stranger', tz: 'Asia/Shanghai', locale: 'en-US' });
    h.slack.setChannelMembers(HOME, [LEAD, ANNA, BO, MEI, ROBOT]);
    await h.command('/hexin', 'setup', { user: LEAD, channel: HOME, channelName: 'south-route' });
    await h.waitForReply((r) => text(r).includes('south-route'));
    await h.drain();
    teamId = (await h.runtime.stores.teams.findTeamByChannel('T0TEST', HOME))!.id;
    expect((await h.runtime.stores.teams.activeMembers(teamId)).map((m) => m.slackUserId).sort()).toEqual([
      ANNA,
      BO,
      LEAD,
      MEI,
    ]);
  });
  afterAll(() => h.close());

  it('when a member gives kudos to two people, then it is posted once with the value and each recipient gets a DM in their language', async () => {
    h.slack.reset();
    await kudo(ANNA, `<@${BO}|bo> <@${MEI}|mei> #collaboration covered my north route on Friday`);
    const reply = await h.waitForReply((r) => text(r).startsWith('Thanks!'));
    expect(text(reply)).toContain(`<@${BO}> and <@${MEI}>`);
    expect(text(reply)).toContain('*Collaboration*');
    expect(text(reply)).toContain('You have 3 kudos left today');
    await h.drain();

    const posts = postsIn(HOME);
    expect(posts).toHaveLength(1);
    const post = JSON.stringify(posts[0]!.args);
    expect(post).toContain(`<@${ANNA}> recognised <@${BO}> and <@${MEI}> for *Collaboration*`);
    expect(post).toContain('covered my north route on Friday');
    expect(String(posts[0]!.args.text)).toContain('Collaboration');

    expect(dmsTo(BO)).toHaveLength(1);
    expect(JSON.stringify(dmsTo(BO)[0]!.args)).toContain(
      `<@${ANNA}> recognised you for *Collaboration* in *south-route*`,
    );
    expect(dmsTo(MEI)).toHaveLength(1);
    expect(JSON.stringify(dmsTo(MEI)[0]!.args)).toContain('认可了你：*协作*');
    expect(dmsTo(ANNA)).toHaveLength(0);

    const rows = await kudos();
    expect(rows).toHaveLength(2);
    expect(new Set(rows.map((r) => r.groupId)).size).toBe(1);
    expect(
      rows.every(
        (r) => r.valueKey === 'collaboration' && r.source === 'command' && r.postedChannelId === HOME && r.postedTs,
      ),
    ).toBe(true);
    const values = await h.runtime.stores.recognition.values(teamId);
    expect(values.map((v) => [v.key, v.labelZh])).toEqual([
      ['service', '全员服务'],
      ['oneheart', '合心'],
      ['collaboration', '协作'],
      ['ownership', '担当'],
      ['learning', '学习'],
    ]);
  });

  it('when the positions of giver and receiver are known, then the kudos records both for later signals', async () => {
    const db = h.runtime.db.prisma;
    const sales = await db.position.create({ data: { teamId, title: 'Customer manager' } });
    const support = await db.position.create({ data: { teamId, title: 'Logistics' } });
    const members = await h.runtime.stores.teams.activeMembers(teamId);
    const id = (slack: string) => members.find((m) => m.slackUserId === slack)!.id;
    await db.positionHolder.createMany({
      data: [
        { positionId: sales.id, memberId: id(LEAD) },
        { positionId: support.id, memberId: id(ANNA) },
      ],
    });
    await kudo(LEAD, `<@${ANNA}> #service handled the Friday delivery mix-up`);
    await h.waitForReply((r) => text(r).includes('*Service by everyone*'));
    const row = (await kudos()).find((k) => k.giverId === id(LEAD))!;
    expect(row).toMatchObject({ giverPositionId: sales.id, receiverPositionId: support.id });
    const window = await h.runtime.stores.recognition.inWindow(
      teamId,
      new Date('2026-11-29T00:00:00Z'),
      new Date('2026-12-01T00:00:00Z'),
    );
    expect(window.some((e) => e.giverPositionId === sales.id && e.receiverPositionId === support.id)).toBe(true);
  });

  it('when someone tries to recognise themselves, then it is refused and nothing is saved', async () => {
    const before = (await kudos()).length;
    await kudo(ANNA, `<@${ANNA}|anna> <@${BO}> #service I was great`);
    await h.waitForReply((r) => text(r).includes('you cannot recognise yourself'));
    expect(await kudos()).toHaveLength(before);
  });

  it('when the recipient is a bot, then it is refused and nothing is saved', async () => {
    const before = (await kudos()).length;
    await kudo(ANNA, `<@${ROBOT}|robot> #service thanks for the reminders`);
    await h.waitForReply((r) => text(r).includes(`<@${ROBOT}> is a bot`));
    await kudo(ANNA, `<@${STRANGER}> #service thanks`);
    await h.waitForReply((r) => text(r).includes(`<@${STRANGER}> is not in *south-route*`));
    expect(await kudos()).toHaveLength(before);
  });

  it('when the value is unknown or missing, then the valid ones are listed', async () => {
    await kudo(ANNA, `<@${BO}> #speed so fast`);
    const unknown = await h.waitForReply((r) => text(r).includes('“#speed” is not one of the team’s values'));
    for (const key of ['#service', '#oneheart', '#collaboration', '#ownership', '#learning', '合心'])
      expect(text(unknown)).toContain(key);
    await kudo(ANNA, `<@${BO}> thanks for everything`);
    await h.waitForReply((r) => text(r).startsWith('Which team value?') && text(r).includes('#learning'));
    await kudo(ANNA, `<@${BO}> #service`);
    await h.waitForReply((r) => text(r).startsWith('Say what they did'));
  });

  it('when the message holds mentions, links and <!channel>, then none of it reaches Slack raw', async () => {
    h.slack.reset();
    await kudo(BO, `<@${ANNA}> #service <!channel> see <http://evil.example|here> and <@${LEAD}|lead> &lt;!here&gt;`);
    await h.waitForReply((r) => text(r).startsWith('Thanks!'));
    await h.drain();
    const sent = h.slack.callsTo('chat.postMessage');
    expect(sent.length).toBe(2); // the channel post and Anna's DM
    for (const call of sent) {
      const raw = JSON.stringify(call.args);
      expect(raw).not.toContain('<!channel>');
      expect(raw).not.toContain('<!here>');
      expect(raw).not.toContain('<http://evil.example');
      expect(raw).not.toContain(`<@${LEAD}`);
      expect(raw).toContain('&lt;!channel&gt;');
    }
    const post = postsIn(HOME)[0]!;
    const message = (post.args.blocks as Array<{ text?: { verbatim?: boolean; text: string } }>).find((b) =>
      b.text?.text.includes('evil'),
    )!;
    expect(message.text!.verbatim).toBe(true);
  });

  it('when a giver reaches the daily cap, then they are told none are left and when it resets; the next local day they can give again', async () => {
    await h.command('/kudos', 'cap 2', { user: LEAD, channel: HOME });
    await h.waitForReply((r) => text(r).includes('up to 2 kudos a day'));
    // Bo gave one kudos already today; one more fits, the third does not.
    await kudo(BO, `<@${MEI}> #learning taught me the new ordering app`);
    await h.waitForReply((r) => text(r).includes('You have 0 kudos left today'));
    const before = (await kudos()).length;
    await kudo(BO, `<@${ANNA}> #ownership took the complaint to the end`);
    const capped = await h.waitForReply((r) => text(r).includes('today’s kudos limit'));
    expect(text(capped)).toContain('0 left of 2 a day');
    expect(text(capped)).toContain('resets at midnight your time (Asia/Shanghai), in 14 h 0 min');
    expect(await kudos()).toHaveLength(before);

    h.clock.set('2026-11-30T16:05:00Z'); // 00:05 on Tuesday in Shanghai
    await kudo(BO, `<@${ANNA}> #ownership took the complaint to the end, again`);
    await h.waitForReply((r) => text(r).includes('You have 1 kudos left today'));
    expect(await kudos()).toHaveLength(before + 1);
    await h.command('/kudos', 'cap 5', { user: LEAD, channel: HOME });
    await h.waitForReply((r) => text(r).includes('up to 5 kudos a day'));
    await h.drain();
  });

  it('when the kudos emoji is added to a teammate’s message, then kudos are given once, however often the event comes or the reaction is re-added', async () => {
    h.slack.reset();
    const before = (await kudos()).length;
    await reaction(MEI, BO, 'clap', '1764468000.000100', 'EvREACT1');
    await waitUntil(() => Promise.resolve(reactionLogs('created') >= 1), 'the first reaction');
    await reaction(MEI, BO, 'clap', '1764468000.000100', 'EvREACT1'); // Slack's retry of the same event
    await reaction(MEI, BO, 'clap', '1764468000.000100', 'EvREACT2'); // removed and added again
    await reaction(MEI, BO, 'thumbsup', '1764468000.000200', 'EvREACT3'); // not the kudos emoji
    await reaction(MEI, MEI, 'clap', '1764468000.000300', 'EvREACT4'); // own message
    await waitUntil(
      () => Promise.resolve(reactionLogs('duplicate') >= 1 && reactionLogs('ignored') >= 2),
      'the repeats',
    );
    await waitUntil(
      () =>
        Promise.resolve(
          h.logLines.some((l) => l.includes('EvREACT1') && l.includes('duplicate event delivery ignored')),
        ),
      'the event dedupe',
    );
    await h.drain();

    const rows = (await kudos()).slice(before);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      source: 'reaction',
      valueKey: 'service',
      sourceChannelId: OTHER,
      sourceTs: '1764468000.000100',
      message: '',
    });
    const posts = postsIn(HOME);
    expect(posts).toHaveLength(1);
    const post = JSON.stringify(posts[0]!.args);
    expect(post).toContain(`:clap: <@${MEI}> recognised <@${BO}> for *Service by everyone*`);
    expect(post).toContain(`https://test.slack.com/archives/${OTHER}/p1764468000000100`);
    expect(h.slack.callsTo('chat.getPermalink').length).toBeGreaterThanOrEqual(1);
    expect(dmsTo(BO)).toHaveLength(1);
  });

  it('when a member tries to change the values, then it is refused in their language; a leader changes values, emoji and channel', async () => {
    await h.command('/kudos', 'values add care Customer care | 客户关怀', { user: MEI, channel: HOME });
    await h.waitForReply((r) => text(r).includes('只有本团队的领导'));
    await h.command('/kudos', 'values remove service', { user: ANNA, channel: HOME });
    await h.waitForReply((r) => text(r).includes('Only a leader of this team'));
    expect((await h.runtime.stores.recognition.values(teamId)).filter((v) => v.active)).toHaveLength(5);

    await h.command('/kudos', 'values add care Customer care | 客户关怀', { user: LEAD, channel: HOME });
    await h.waitForReply((r) => text(r).includes('Added the value `#care`: Customer care / 客户关怀'));
    await h.command('/kudos', 'values', { user: ANNA, channel: HOME });
    await h.waitForReply((r) => text(r).includes('• `#care` — Customer care / 客户关怀'));
    await kudo(ANNA, `<@${MEI}> #客户关怀 calmed an angry shop owner`);
    await h.waitForReply((r) => text(r).includes('*Customer care*'));
    await h.command('/kudos', 'values remove care', { user: LEAD, channel: HOME });
    await h.waitForReply((r) => text(r).includes('Removed the value `#care`'));
    await kudo(ANNA, `<@${MEI}> #care again`);
    await h.waitForReply((r) => text(r).includes('“#care” is not one of the team’s values'));

    await h.command('/kudos', 'emoji :tada: #learning', { user: LEAD, channel: HOME });
    await h.waitForReply((r) => text(r).includes(':tada:') && text(r).includes('*Learning*'));
    await h.command('/kudos', `channel <#${KUDOS_CHANNEL}|kudos>`, { user: LEAD, channel: HOME });
    await h.waitForReply((r) => text(r).includes(`<#${KUDOS_CHANNEL}>`));
    await h.drain();
    h.slack.reset();
    await reaction(ANNA, LEAD, 'tada::skin-tone-3', '1764468100.000100', 'EvREACT5');
    await waitUntil(async () => (await kudos()).some((k) => k.sourceTs === '1764468100.000100'), 'the tada kudos');
    await h.drain();
    expect(postsIn(HOME)).toHaveLength(0);
    expect(JSON.stringify(postsIn(KUDOS_CHANNEL)[0]!.args)).toContain('for *Learning*');
  });

  it('when nobody turned the leaderboard on, then it is off; a member cannot turn it on, a leader can', async () => {
    await h.command('/kudos', 'leaderboard', { user: ANNA, channel: HOME });
    await h.waitForReply((r) => text(r).startsWith('The leaderboard is off'));
    await h.command('/kudos', 'leaderboard on', { user: ANNA, channel: HOME });
    await h.waitForReply((r) => text(r).includes('Only a leader of this team'));
    expect((await h.runtime.stores.recognition.settings(teamId)).leaderboardEnabled).toBe(false);
    await h.command('/kudos', 'leaderboard on', { user: LEAD, channel: HOME });
    await h.waitForReply((r) => text(r).startsWith('The leaderboard is on'));
    await h.command('/kudos', 'leaderboard', { user: ANNA, channel: HOME });
    const board = await h.waitForReply((r) => text(r).includes('Most recognised in south-route'));
    expect(text(board)).toMatch(/1\. <@U[A-Z]+> — \d+/);
  });

  it('when a zh-CN member uses /kudos, then the replies are in Chinese', async () => {
    await kudo(MEI, `<@${ANNA}> #合心 谢谢你帮我处理客户投诉`);
    const given = await h.waitForReply((r) => text(r).startsWith('谢谢！'));
    expect(text(given)).toContain('*合心*');
    await kudo(MEI, `<@${MEI}> #合心 我自己`);
    await h.waitForReply((r) => text(r).includes('不能认可自己'));
    await kudo(MEI, `<@${ANNA}> #速度 很快`);
    await h.waitForReply((r) => text(r).includes('“#速度” 不是本团队的价值观'));
    await h.command('/kudos', 'help', { user: MEI, channel: HOME });
    await h.waitForReply((r) => text(r).includes('你今天还可以认可'));
    await h.drain();
    expect((await kudos()).at(-1)).toMatchObject({ valueKey: 'oneheart', message: '谢谢你帮我处理客户投诉' });
  });

  it('when a reaction comes over the daily cap, then no kudos is saved and the giver is told once that day, in their language', async () => {
    await h.command('/kudos', 'cap 1', { user: LEAD, channel: HOME });
    await h.waitForReply((r) => text(r).includes('up to 1 kudos a day'));
    await h.drain();
    h.slack.reset();
    const before = (await kudos()).length;
    await reaction(MEI, BO, 'tada', '1764468200.000100', 'EvCAP1');
    await reaction(MEI, BO, 'tada', '1764468200.000200', 'EvCAP2');
    await waitUntil(() => Promise.resolve(reactionLogs('capped') >= 2), 'both capped reactions');
    await h.drain();
    expect(await kudos()).toHaveLength(before);
    expect(dmsTo(MEI)).toHaveLength(1);
    expect(String(dmsTo(MEI)[0]!.args.text)).toContain('没有计为认可');
    await h.command('/kudos', 'cap 5', { user: LEAD, channel: HOME });
    await h.waitForReply((r) => text(r).includes('up to 5 kudos a day'));
  });

  it('when the kudos emoji is added to a message in a DM or a private channel, then the team channel gets the kudos without a link to it', async () => {
    await h.drain();
    h.slack.reset();
    const reactIn = (channel: string, ts: string, eventId: string) =>
      h.event(
        {
          type: 'reaction_added',
          user: LEAD,
          reaction: 'tada',
          item_user: ANNA,
          item: { type: 'message', channel, ts },
        },
        eventId,
      );
    await reactIn('DANNALEAD', '1764468300.000100', 'EvPRIV1');
    await reactIn('GSECRET', '1764468300.000200', 'EvPRIV2');
    h.slack.markPrivate('CPRIVATE7'); // new private channels have C… ids too: Slack is asked
    await reactIn('CPRIVATE7', '1764468300.000300', 'EvPRIV3');
    await waitUntil(
      async () => (await kudos()).filter((k) => k.sourceTs?.startsWith('1764468300')).length === 3,
      'all three kudos',
    );
    await h.drain();
    const posts = postsIn(KUDOS_CHANNEL).map((c) => JSON.stringify(c.args));
    expect(posts).toHaveLength(3);
    for (const post of posts) {
      expect(post).toContain(`<@${LEAD}> recognised <@${ANNA}> for *Learning*`);
      expect(post).not.toContain('DANNALEAD');
      expect(post).not.toContain('GSECRET');
      expect(post).not.toContain('CPRIVATE7');
      expect(post).not.toContain('archives');
    }
    // Anna wrote the messages: her own DM may still point at them.
    expect(
      dmsTo(ANNA)
        .map((c) => JSON.stringify(c.args))
        .some((dm) => dm.includes('DANNALEAD')),
    ).toBe(true);
  });

  it('when several kudos reactions of one giver arrive at the same moment, then the daily cap still holds', async () => {
    await h.drain();
    const bo = (await h.runtime.stores.teams.findMember(teamId, BO))!;
    const from = new Date('2026-11-30T16:00:00Z'); // Tuesday 00:00 in Shanghai
    const used = await h.runtime.stores.recognition.countGiven(
      bo.id,
      from,
      new Date(from.getTime() + 24 * 3600 * 1000),
    );
    await h.command('/kudos', `cap ${used + 2}`, { user: LEAD, channel: HOME });
    await h.waitForReply((r) => text(r).includes(`up to ${used + 2} kudos a day`));
    const before = (await kudos()).length;
    const createdBefore = reactionLogs('created');
    const cappedBefore = reactionLogs('capped');
    const receivers = [ANNA, MEI, LEAD, ANNA, MEI, LEAD];
    await Promise.all(
      receivers.map((receiver, i) =>
        h.event(
          {
            type: 'reaction_added',
            user: BO,
            reaction: 'tada',
            item_user: receiver,
            item: { type: 'message', channel: OTHER, ts: `1764468400.00010${i}` },
          },
          `EvRACE${i}`,
        ),
      ),
    );
    await waitUntil(
      () =>
        Promise.resolve(
          reactionLogs('created') - createdBefore + reactionLogs('capped') - cappedBefore >= receivers.length,
        ),
      'every racing reaction',
    );
    await h.drain();
    expect(reactionLogs('created') - createdBefore).toBe(2);
    expect(reactionLogs('capped') - cappedBefore).toBe(receivers.length - 2);
    expect((await kudos()).slice(before).filter((k) => k.giverId === bo.id)).toHaveLength(2);

    // The same race without Slack's round trips in between: the use case called side by side.
    await h.command('/kudos', `cap ${used + 4}`, { user: LEAD, channel: HOME });
    await h.waitForReply((r) => text(r).includes(`up to ${used + 4} kudos a day`));
    const deps = {
      teams: h.runtime.stores.teams,
      recognition: h.runtime.stores.recognition,
      queue: h.runtime.enqueuer,
      defaultTimeZone: 'Asia/Shanghai',
    };
    const outcomes = await Promise.all(
      receivers.map((receiver, i) =>
        recordReaction(
          deps,
          { isBot: () => Promise.resolve(false) },
          {
            workspaceId: 'T0TEST',
            giverSlackId: BO,
            receiverSlackId: receiver,
            channelId: OTHER,
            ts: `1764468500.00010${i}`,
            reaction: 'tada',
            now: h.clock.now(),
          },
        ),
      ),
    );
    expect(outcomes.filter((o) => o === 'created')).toHaveLength(2);
    expect(outcomes.filter((o) => o === 'capped')).toHaveLength(receivers.length - 2);
    await h.drain();
    expect((await kudos()).slice(before).filter((k) => k.giverId === bo.id)).toHaveLength(4);
    await h.command('/kudos', 'cap 5', { user: LEAD, channel: HOME });
    await h.waitForReply((r) => text(r).includes('up to 5 kudos a day'));
  });

  it('when someone outside every team uses /kudos, then they are told how to join', async () => {
    await kudo(STRANGER, `<@${ANNA}> #service thanks`);
    await h.waitForReply((r) => text(r).includes('You are not in a Hexin team yet'));
  });
});
