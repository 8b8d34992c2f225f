import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeCheckinRef } from '../../src/slack/blocks/checkin.ts';
import { Harness, WORKSPACE } from '../support/harness.ts';

/**
 * A form whose save waits on a busy database past Slack's three seconds: the receiver answers
 * Slack in time (never Bolt's 404), the save still completes once, and the listener's late
 * ack() is dropped quietly rather than failing the work or answering twice.
 */

const HOME = 'CSLOWHOME';
const LEAD = 'USLOWLEAD';
const OUTSIDER = 'USLOWOUT';
const TODAY = '2026-11-30';
const HOLD_MS = 3_500;

const levelOf = (line: string) => (JSON.parse(line) as { level: number }).level;

describe('a form submission slowed past three seconds', () => {
  let h: Harness;
  let teamId: string;

  /** A long transaction that holds `table` (on PGlite, its one backend too) for HOLD_MS. */
  const hold = async (table: string) => {
    let held!: () => void;
    const locked = new Promise<void>((resolve) => (held = resolve));
    const holder = h.runtime.db.prisma.$transaction(
      async (tx) => {
        await tx.$executeRawUnsafe(`LOCK TABLE "${table}" IN ACCESS EXCLUSIVE MODE`);
        held();
        await new Promise((resolve) => setTimeout(resolve, HOLD_MS));
      },
      { maxWait: 5_000, timeout: 20_000 },
    );
    await locked;
    return { released: holder };
  };

  beforeAll(async () => {
    h = await Harness.start({ now: '2026-11-30T01:30:00Z' }); // Monday 09:30 in Shanghai
    h.slack.addUser({ id: LEAD, name: 'Lead', realName: 'Lead', tz: 'Asia/Shanghai', locale: 'en-US', isAdmin: true });
    h.slack.addUser({ id: OUTSIDER, name: 'Out', realName: 'Out', tz: 'Asia/Shanghai', locale: 'en-US' });
    h.slack.setChannelMembers(HOME, [LEAD]);
    await h.command('/hexin', 'setup', { user: LEAD, channel: HOME, channelName: 'slow' });
    await h.waitForReply((r) => String(r.text).includes('slow'));
    await h.drain();
    teamId = (await h.runtime.stores.teams.findTeamByChannel(WORKSPACE, HOME))!.id;
  });

  afterAll(async () => {
    await h?.close();
  });

  it('when the answers table is locked for longer than Slack waits, then Slack gets 200 in time, the answer is saved once, and no error is logged', async () => {
    const linesBefore = h.logLines.length;
    const { released } = await hold('CheckinAnswer');

    const started = Date.now();
    const answer = await h.submitView(
      LEAD,
      {
        callback_id: 'checkin_submit',
        private_metadata: encodeCheckinRef({ teamId, localDate: TODAY }),
        blocks: [{ type: 'input', block_id: 'yesterday' }],
      },
      {
        yesterday: { answer: { type: 'plain_text_input', value: 'Visited the north route' } },
        today: { answer: { type: 'plain_text_input', value: 'South route' } },
        blockers: { answer: { type: 'plain_text_input', value: '' } },
        mood: { answer: { type: 'static_select', selected_option: { value: '4' } } },
      },
    );
    const waited = Date.now() - started;
    await released;

    expect(answer.status).toBe(200);
    expect(answer.body).toBe('');
    expect(waited).toBeLessThan(3_000);

    const member = (await h.runtime.stores.teams.findMember(teamId, LEAD))!;
    const deadline = Date.now() + 10_000;
    let saved = 0;
    while (Date.now() < deadline) {
      saved = await h.runtime.db.prisma.checkinAnswer.count({ where: { memberId: member.id, localDate: TODAY } });
      if (saved > 0 && h.logLines.slice(linesBefore).some((l) => l.includes('acknowledged after Slack was answered')))
        break;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(saved).toBe(1);
    await h.drain();

    const lines = h.logLines.slice(linesBefore);
    expect(lines.filter((l) => levelOf(l) >= 50)).toEqual([]);
    expect(
      lines.filter((l) =>
        /ReceiverMultipleAckError|ERR_HTTP_HEADERS_SENT|listener failed|not acknowledged within/.test(l),
      ),
    ).toEqual([]);
    expect(lines.filter((l) => l.includes('Slack was answered empty'))).toHaveLength(1);
    expect(lines.filter((l) => l.includes('acknowledged after Slack was answered'))).toHaveLength(1);
  });

  it('when a slowed form is refused after Slack was answered, then the reason comes by DM, not in the closed form', async () => {
    const linesBefore = h.logLines.length;
    const { released } = await hold('Member');
    const answer = await h.submitView(
      OUTSIDER,
      {
        callback_id: 'checkin_submit',
        private_metadata: encodeCheckinRef({ teamId, localDate: TODAY }),
        blocks: [{ type: 'input', block_id: 'yesterday' }],
      },
      {
        yesterday: { answer: { type: 'plain_text_input', value: 'forged' } },
        today: { answer: { type: 'plain_text_input', value: 'forged' } },
      },
    );
    await released;
    expect(answer.status).toBe(200);
    expect(answer.body).toBe('');
    const refusal =
      'That belongs to a team you are not a member of, so Hexin left it as it was. Ask one of its leaders if you should be in it.';
    await h.slack.waitFor(() =>
      h.slack.callsTo('chat.postMessage').some((c) => c.args.channel === OUTSIDER && c.args.text === refusal),
    );
    const lines = h.logLines.slice(linesBefore);
    expect(lines.filter((l) => levelOf(l) >= 50)).toEqual([]);
    expect(
      lines.filter((l) => /ReceiverMultipleAckError|ERR_HTTP_HEADERS_SENT|could not answer the person/.test(l)),
    ).toEqual([]);
  });
});
