import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeCheckinRef } from '../../src/slack/blocks/checkin.ts';
import { Harness, WORKSPACE } from '../support/harness.ts';

/**
 * Every error path answers through the surface the request came from, and never throws a
 * second time: an App Home button has no response_url, a form is answered in its ack.
 */

const HOME = 'CESHOME';
const LEAD = 'UESLEAD';
const AMY = 'UESAMY';
const OUTSIDER = 'UESOUT';
const TODAY = '2026-11-30';

type View = { type?: string; blocks?: Array<{ type: string; text?: { text?: string } }> };

describe('answering on the surface a request came from', () => {
  let h: Harness;
  let teamId: string;

  const noticeTexts = (from: number) =>
    h.slack
      .callsTo('views.open')
      .slice(from)
      .map((c) => c.args.view as View)
      .filter((v) => !v.blocks?.some((b) => b.type === 'input'))
      .map((v) => v.blocks?.map((b) => b.text?.text ?? '').join(' ') ?? '');
  /** Log lines that would say an answer was attempted the wrong way or a bad id reached the database. */
  const brokenLines = () =>
    h.logLines.filter((line) => /is not a function|PrismaClientValidationError|ReceiverMultipleAckError/.test(line));

  beforeAll(async () => {
    h = await Harness.start({ now: '2026-11-30T01:30:00Z' }); // Monday 09:30 in Shanghai
    h.slack.addUser({ id: LEAD, name: 'Lead', realName: 'Lead', tz: 'Asia/Shanghai', locale: 'en-US', isAdmin: true });
    h.slack.addUser({ id: AMY, name: 'Amy', realName: 'Amy', tz: 'Asia/Shanghai', locale: 'en-US' });
    h.slack.addUser({ id: OUTSIDER, name: 'Out', realName: 'Out', tz: 'Asia/Shanghai', locale: 'zh-CN' });
    h.slack.setChannelMembers(HOME, [LEAD, AMY]);
    await h.command('/hexin', 'setup', { user: LEAD, channel: HOME, channelName: 'home' });
    await h.waitForReply((r) => String(r.text).includes('home'));
    await h.drain();
    teamId = (await h.runtime.stores.teams.findTeamByChannel(WORKSPACE, HOME))!.id;
  });

  afterAll(async () => {
    await h?.close();
  });

  it('when a button on the App Home is refused, then the person gets a small notice modal in their language', async () => {
    const before = h.slack.callsTo('views.open').length;
    const answer = await h.button(OUTSIDER, 'checkin_open', encodeCheckinRef({ teamId, localDate: TODAY }), {
      surface: 'home',
    });
    expect(answer.status).toBe(200);
    await h.slack.waitFor(() => h.slack.callsTo('views.open').length > before);
    expect(noticeTexts(before)).toEqual([
      '这属于一个你不在其中的团队，合心没有做任何改动。如果你应该在这个团队里，请联系它的领导。',
    ]);
    expect(brokenLines()).toEqual([]);
  });

  it("when an App Home button's modal cannot be opened, then the apology is shown instead; when that fails too, it comes by DM; a failure to explain is logged once, not thrown", async () => {
    const before = h.slack.callsTo('views.open').length;
    h.slack.failNext('views.open', { error: 'internal_error' });
    await h.button(AMY, 'checkin_open', encodeCheckinRef({ teamId, localDate: TODAY }), { surface: 'home' });
    await h.slack.waitFor(() => h.slack.callsTo('views.open').length >= before + 2);
    expect(noticeTexts(before + 1)).toEqual([
      'Something went wrong on our side. Nothing was lost; please try again in a minute.',
    ]);

    const warnsBefore = h.logLines.filter((l) => l.includes('could not answer the person')).length;
    const dmsBefore = h.slack.callsTo('chat.postMessage').filter((c) => c.args.channel === AMY).length;
    h.slack.failNext('views.open', { error: 'expired_trigger_id' }, 2);
    await h.button(AMY, 'checkin_open', encodeCheckinRef({ teamId, localDate: TODAY }), { surface: 'home' });
    await h.slack.waitFor(
      () => h.slack.callsTo('chat.postMessage').filter((c) => c.args.channel === AMY).length > dmsBefore,
    );
    const dm = h.slack
      .callsTo('chat.postMessage')
      .filter((c) => c.args.channel === AMY)
      .at(-1)!;
    expect(dm.args.text).toBe('Something went wrong on our side. Nothing was lost; please try again in a minute.');
    expect(h.logLines.filter((l) => l.includes('could not answer the person')).length).toBe(warnsBefore);

    h.slack.failNext('views.open', { error: 'expired_trigger_id' }, 2);
    h.slack.failNext('chat.postMessage', { error: 'internal_error' });
    await h.button(AMY, 'checkin_open', encodeCheckinRef({ teamId, localDate: TODAY }), { surface: 'home' });
    await h.slack.waitFor(() => h.slack.callsTo('views.open').length >= before + 6);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(h.logLines.filter((l) => l.includes('could not answer the person')).length).toBe(warnsBefore + 1);
    expect(brokenLines()).toEqual([]);
  });

  it('when Slack does not know the person running a command, then they are told nothing was done, at warn, not as an error', async () => {
    const start = h.logLines.length;
    await h.command('/hexin', 'join', { user: 'UESNOBODY', channel: HOME });
    await h.waitForReply(
      (r) =>
        r.text ===
        'Slack could not tell Hexin who you are just now, so nothing was done. Please try again in a minute.',
    );
    expect(h.logLines.slice(start).filter((line) => (JSON.parse(line) as { level: number }).level >= 50)).toEqual([]);
    expect(await h.runtime.stores.teams.findMember(teamId, 'UESNOBODY')).toBeNull();
  });

  it('when a button comes with no workspace, then the envelope check refuses it before any listener and nothing reaches the database', async () => {
    const before = h.slack.callsTo('views.open').length;
    const answer = await h.button(AMY, 'goal_new_open', teamId, { surface: 'home', workspace: '' });
    expect(answer.status).toBe(400);
    expect(h.slack.callsTo('views.open').length).toBe(before);
    expect(brokenLines()).toEqual([]);
  });

  it('when a form submission is refused, then the reason is shown in the form, next to its first field (in the default language: Slack is not asked before ack)', async () => {
    const answer = await h.submitView(
      OUTSIDER,
      {
        callback_id: 'checkin_submit',
        private_metadata: encodeCheckinRef({ teamId, localDate: TODAY }),
        blocks: [{ type: 'input', block_id: 'yesterday' }],
      },
      { yesterday: { answer: { type: 'plain_text_input', value: 'x' } } },
    );
    expect(answer.status).toBe(200);
    expect(answer.json()).toEqual({
      response_action: 'errors',
      errors: {
        yesterday:
          'That belongs to a team you are not a member of, so Hexin left it as it was. Ask one of its leaders if you should be in it.',
      },
    });
    expect(brokenLines()).toEqual([]);
  });

  it('when a form with no field of its own fails, then a notice replaces it; with no workspace, the envelope check refuses it', async () => {
    const answer = await h.submitView(
      AMY,
      { callback_id: 'goal_update_submit', private_metadata: 'not json', blocks: [] },
      {},
    );
    expect(answer.status).toBe(200);
    const body = answer.json<{ response_action: string; view: View }>()!;
    expect(body.response_action).toBe('update');
    expect(JSON.stringify(body.view.blocks)).toContain('Something went wrong on our side.');
    const refused = await h.submitView(
      AMY,
      { callback_id: 'goal_update_submit', private_metadata: 'not json', blocks: [] },
      {},
      { workspace: '' },
    );
    expect(refused.status).toBe(400);
    expect(brokenLines()).toEqual([]);
  });
});
