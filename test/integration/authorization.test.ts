import { readFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import type { App } from '@slack/bolt';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { feedbackKeys } from '../../src/infra/crypto/feedback-keys.ts';
import { encodeCheckinRef } from '../../src/slack/blocks/checkin.ts';
import { t, type MessageKey } from '../../src/i18n/index.ts';
import { appDeps } from '../../src/main/runtime.ts';
import type { AppDeps } from '../../src/slack/deps.ts';
import type { RecordedCall } from '../fakes/fake-slack.ts';
import type { SlackPost } from '../support/signed-requests.ts';
import { Harness, WORKSPACE } from '../support/harness.ts';
import { capabilities } from '../../src/capabilities/index.ts';

/**
 * Every button, select and form of docs/authorization.md, pressed or submitted by people who
 * may not act on the record its value names: someone in no team, a leader of another team,
 * and the rightful person's own user id sent from another workspace. Each time the database
 * and the ballot box are unchanged, and Slack sees nothing but the private refusal.
 */

const EAST = 'CAZEAST';
const WEST = 'CAZWEST';
const LEAD = 'UAZLEAD';
const AMY = 'UAZAMY';
const BEN = 'UAZBEN';
const WEST_LEAD = 'UAZWLEAD';
const OUTSIDER = 'UAZOUT';
const OTHER_WORKSPACE = 'TAZOTHER';
const TODAY = '2026-11-30';

type Press = (user: string, workspace: string) => Promise<SlackPost>;
interface Row {
  /** The action id or view callback id, as registered. */
  id: string;
  /** Who may press it (their own request from this workspace is the one that would work). */
  rightful: string;
  /**
   * What each person refused is told (the table's last column): keyed by user id, with
   * `outsider` for someone in no team and `otherTeam` for the other team's leader. Those not
   * named get `common.error.not_your_team`. A request from another workspace is turned away
   * before any listener: told `common.error.other_workspace` where Slack gave a response_url.
   */
  told?: Partial<Record<string, MessageKey>>;
  press: Press;
}

const NOT_YOUR_TEAM: MessageKey = 'common.error.not_your_team';
/** The author's buttons and forms: the same words whoever asks, so a refusal tells nothing about who wrote it. */
const NOT_AUTHOR: Row['told'] = {
  outsider: 'feedback.error.not_yours',
  otherTeam: 'feedback.error.not_yours',
  [BEN]: 'feedback.error.not_yours',
  [LEAD]: 'feedback.error.not_yours',
};

const text = (value: string) => ({ input: { type: 'plain_text_input', value } });

/** Action and view ids every listener module registers, read by registering them on a recorder. */
function registeredIds(deps: AppDeps): { actions: string[]; views: string[] } {
  const actions: string[] = [];
  const views: string[] = [];
  const recorder = {
    action: (id: string) => void actions.push(id),
    view: (id: string) => void views.push(id),
    command: () => undefined,
    event: () => undefined,
    message: () => undefined,
    shortcut: () => undefined,
    options: () => undefined,
    use: () => undefined,
  };
  for (const module of capabilities.flatMap((c) => c.listeners)) module.register(recorder as unknown as App, deps);
  return { actions, views };
}

/** The first column of each row of the table in docs/authorization.md. */
function documentedIds(): string[] {
  const doc = readFileSync(new URL('../../docs/authorization.md', import.meta.url), 'utf8');
  return [...doc.matchAll(/^\| `([a-z_]+)` \|/gm)].map((m) => m[1]!);
}

describe('who may press it', () => {
  let h: Harness;
  let eastId: string;
  const ids: Record<string, string> = {};

  /** Every table of the database, and every Hexin key in Redis but the queue's and the send limiter's. */
  const everything = async () => {
    const tables = (
      await h.runtime.db.session.query<{ tablename: string }>(
        "SELECT tablename FROM pg_tables WHERE schemaname = current_schema() AND tablename NOT LIKE '\\_%'",
      )
    ).map((r) => r.tablename);
    const state: Record<string, string[]> = {};
    const compared = tables.filter((t) => t !== 'ProcessedEvent').sort();
    for (const table of compared) state[table] = [];
    // One round trip for every table: each row as its JSON text, tagged with its table.
    const rows = await h.runtime.db.session.query<{ t: string; row: string }>(
      compared
        .map((table) => `SELECT '${table}' AS t, row_to_json(x)::text AS row FROM "${table}" x`)
        .join(' UNION ALL '),
    );
    for (const { t: table, row } of rows) state[table]!.push(row);
    for (const table of compared) state[table]!.sort();
    const keys = (await h.runtime.redis.keys(`${h.config.QUEUE_PREFIX}:*`)).filter(
      (k) => !/^[^:]+:(hexin|slack-rate):/.test(k),
    );
    state.redis = [];
    for (const key of keys.sort()) state.redis.push(`${key}=${await h.runtime.redis.type(key)}`);
    return state;
  };

  const member = async (teamId: string, user: string) => (await h.runtime.stores.teams.findMember(teamId, user))!;

  const rows: Row[] = [
    {
      id: 'checkin_open',
      rightful: AMY,
      press: (u, w) =>
        h.button(u, 'checkin_open', encodeCheckinRef({ teamId: eastId, localDate: TODAY }), { workspace: w }),
    },
    {
      id: 'checkin_skip',
      rightful: AMY,
      press: (u, w) =>
        h.button(u, 'checkin_skip', encodeCheckinRef({ teamId: eastId, localDate: TODAY }), { workspace: w }),
    },
    {
      id: 'checkin_snooze',
      rightful: AMY,
      told: { [BEN]: 'checkin.error.not_your_prompt', [LEAD]: 'checkin.error.not_your_prompt' },
      press: (u, w) => h.button(u, 'checkin_snooze', ids.prompt!, { workspace: w }),
    },
    {
      id: 'blocker_help',
      rightful: LEAD,
      told: { [BEN]: 'checkin.blocker.not_helper', [AMY]: 'checkin.blocker.not_helper' },
      press: (u, w) => h.button(u, 'blocker_help', ids.blocker!, { workspace: w }),
    },
    {
      id: 'goal_new_open',
      rightful: AMY,
      press: (u, w) => h.button(u, 'goal_new_open', eastId, { workspace: w, surface: 'home' }),
    },
    {
      id: 'goal_kr_propose',
      rightful: AMY,
      press: (u, w) => h.button(u, 'goal_kr_propose', ids.goal!, { workspace: w }),
    },
    {
      id: 'goal_update_open',
      rightful: AMY,
      told: { outsider: 'common.error.not_in_team', otherTeam: 'goal.update.none' },
      press: (u, w) => h.button(u, 'goal_update_open', ids.goal!, { workspace: w, surface: 'home' }),
    },
    {
      id: 'goal_kr_accept',
      rightful: LEAD,
      told: { [AMY]: 'goal.error.not_leader' },
      press: (u, w) => h.button(u, 'goal_kr_accept', ids.proposed!, { workspace: w }),
    },
    {
      id: 'goal_kr_change',
      rightful: LEAD,
      told: { [AMY]: 'goal.error.not_leader' },
      press: (u, w) => h.button(u, 'goal_kr_change', ids.proposed!, { workspace: w }),
    },
    {
      id: 'goal_kr_decline',
      rightful: LEAD,
      told: { [AMY]: 'goal.error.not_leader' },
      press: (u, w) => h.button(u, 'goal_kr_decline', ids.proposed!, { workspace: w }),
    },
    {
      id: 'goal_kr_revise',
      rightful: AMY,
      told: { [BEN]: 'goal.error.not_proposer' },
      press: (u, w) => h.button(u, 'goal_kr_revise', ids.sentBack!, { workspace: w }),
    },
    { id: 'goal_next', rightful: AMY, press: (u, w) => h.button(u, 'goal_next', ids.goal!, { workspace: w }) },
    {
      id: 'feedback_reply',
      rightful: LEAD,
      told: { [BEN]: 'common.error.not_leader' },
      press: (u, w) => h.button(u, 'feedback_reply', ids.thread!, { workspace: w }),
    },
    {
      id: 'feedback_leader_close',
      rightful: LEAD,
      told: { [BEN]: 'common.error.not_leader' },
      press: (u, w) => h.button(u, 'feedback_leader_close', ids.thread!, { workspace: w }),
    },
    {
      id: 'feedback_answer',
      rightful: AMY,
      told: NOT_AUTHOR,
      press: (u, w) => h.button(u, 'feedback_answer', ids.thread!, { workspace: w }),
    },
    {
      id: 'feedback_author_close',
      rightful: AMY,
      told: NOT_AUTHOR,
      press: (u, w) => h.button(u, 'feedback_author_close', ids.thread!, { workspace: w }),
    },
    ...(['coffee_met', 'coffee_not_yet', 'coffee_cant'] as const).map(
      (id): Row => ({
        id,
        rightful: AMY,
        told: {
          outsider: 'informal.error.not_your_group',
          otherTeam: 'informal.error.not_your_group',
          [LEAD]: 'informal.error.not_your_group',
        },
        press: (u, w) => h.button(u, id, ids.coffeeGroup!, { workspace: w }),
      }),
    ),
    ...(['coffee_pause', 'coffee_stay'] as const).map(
      (id): Row => ({
        id,
        rightful: AMY,
        told: {
          outsider: 'informal.error.not_yours',
          otherTeam: 'informal.error.not_yours',
          [BEN]: 'informal.error.not_yours',
          [LEAD]: 'informal.error.not_yours',
        },
        press: (u, w) => h.button(u, id, ids.amy!, { workspace: w }),
      }),
    ),
    {
      id: 'digest_blocker_ask',
      rightful: LEAD,
      told: { [AMY]: 'common.error.not_leader', [BEN]: 'common.error.not_leader' },
      press: (u, w) => h.button(u, 'digest_blocker_ask', ids.waitingBlocker!, { workspace: w }),
    },
    {
      id: 'digest_history',
      rightful: LEAD,
      told: { [AMY]: 'digest.member' },
      press: (u, w) => h.button(u, 'digest_history', eastId, { workspace: w, surface: 'home' }),
    },
    {
      id: 'digest_thanks',
      rightful: LEAD,
      told: { [AMY]: 'common.error.not_leader' },
      press: (u, w) => h.button(u, 'digest_thanks', eastId, { workspace: w }),
    },
    {
      id: 'digest_thanks_submit',
      rightful: LEAD,
      press: (u, w) =>
        h.submitView(
          u,
          {
            callback_id: 'digest_thanks_submit',
            private_metadata: eastId,
            blocks: [{ type: 'input', block_id: 'thanks_people' }],
          },
          {
            thanks_people: { value: { type: 'multi_users_select', selected_users: [AMY] } },
            thanks_value: { value: { type: 'static_select', selected_option: { value: 'service' } } },
            thanks_message: { value: { type: 'plain_text_input', value: 'Thank you for shop 12' } },
          },
          { workspace: w },
        ),
    },
    { id: 'pulse_open', rightful: AMY, press: (u, w) => h.button(u, 'pulse_open', ids.round!, { workspace: w }) },
    {
      id: 'role_edit',
      rightful: LEAD,
      told: { [AMY]: 'common.error.not_leader' },
      press: (u, w) => h.button(u, 'role_edit', ids.position!, { workspace: w }),
    },
    {
      id: 'role_duty_same',
      rightful: LEAD,
      told: { [AMY]: 'common.error.not_leader' },
      press: (u, w) => h.button(u, 'role_duty_same', `${ids.dutyA}|${ids.dutyB}`, { workspace: w }),
    },
    {
      id: 'role_duty_different',
      rightful: LEAD,
      told: { [AMY]: 'common.error.not_leader' },
      press: (u, w) => h.button(u, 'role_duty_different', `${ids.dutyA}|${ids.dutyB}`, { workspace: w }),
    },
    {
      id: 'role_kr_duty',
      rightful: LEAD,
      told: { [AMY]: 'common.error.not_leader' },
      press: (u, w) =>
        h.button(u, 'role_kr_duty', `${ids.accepted}|${ids.dutyA}`, { workspace: w, element: 'static_select' }),
    },
    {
      id: 'role_duty_same_as',
      rightful: LEAD,
      told: { [AMY]: 'common.error.not_leader' },
      press: (u, w) =>
        h.button(u, 'role_duty_same_as', `${ids.dutyA}|${ids.dutyB}`, { workspace: w, element: 'static_select' }),
    },
    {
      id: 'checkin_submit',
      rightful: AMY,
      press: (u, w) =>
        h.submitView(
          u,
          {
            callback_id: 'checkin_submit',
            private_metadata: encodeCheckinRef({ teamId: eastId, localDate: TODAY }),
            blocks: [{ type: 'input', block_id: 'yesterday' }],
          },
          {
            yesterday: { answer: { type: 'plain_text_input', value: 'forged' } },
            today: { answer: { type: 'plain_text_input', value: 'forged' } },
            mood: { answer: { type: 'static_select', selected_option: { value: '4' } } },
          },
          { workspace: w },
        ),
    },
    {
      id: 'goal_create',
      rightful: AMY,
      press: (u, w) =>
        h.submitView(
          u,
          {
            callback_id: 'goal_create',
            private_metadata: JSON.stringify({ t: eastId }),
            blocks: [{ type: 'input', block_id: 'title' }],
          },
          {
            title: text('Forged goal'),
            why: text('Because'),
            measure: text('Shipped'),
            period: { input: { type: 'static_select', selected_option: { value: 'month' } } },
          },
          { workspace: w },
        ),
    },
    {
      id: 'goal_kr_submit',
      rightful: AMY,
      press: (u, w) =>
        h.submitView(
          u,
          {
            callback_id: 'goal_kr_submit',
            private_metadata: JSON.stringify({ g: ids.goal }),
            blocks: [{ type: 'input', block_id: 'title' }],
          },
          { title: text('Forged'), target: text('10'), unit: text('calls') },
          { workspace: w },
        ),
    },
    {
      id: 'goal_kr_change_submit',
      rightful: LEAD,
      told: { [AMY]: 'goal.error.not_leader' },
      press: (u, w) =>
        h.submitView(
          u,
          {
            callback_id: 'goal_kr_change_submit',
            private_metadata: JSON.stringify({ k: ids.proposed }),
            blocks: [{ type: 'input', block_id: 'comment' }],
          },
          { comment: text('Please change it') },
          { workspace: w },
        ),
    },
    {
      id: 'goal_update_submit',
      rightful: AMY,
      told: {
        outsider: 'common.error.not_in_team',
        otherTeam: 'goal.error.not_owner',
        [BEN]: 'goal.error.not_owner',
        [LEAD]: 'goal.error.not_owner',
      },
      press: (u, w) =>
        h.submitView(
          u,
          {
            callback_id: 'goal_update_submit',
            private_metadata: JSON.stringify({ s: 'button' }),
            blocks: [{ type: 'input', block_id: `kr_${ids.accepted}` }],
          },
          {
            [`kr_${ids.accepted}`]: text('7'),
            [`kr_${ids.accepted}_confidence`]: { input: { type: 'static_select', selected_option: { value: '7' } } },
          },
          { workspace: w },
        ),
    },
    {
      id: 'feedback_submit',
      rightful: AMY,
      told: { outsider: 'common.error.not_in_team', otherTeam: 'feedback.error.no_leader' },
      press: (u, w) =>
        h.submitView(
          u,
          {
            callback_id: 'feedback_submit',
            private_metadata: JSON.stringify({ t: [eastId] }),
            blocks: [{ type: 'input', block_id: 'feedback_text' }],
          },
          {
            feedback_category: { value: { type: 'static_select', selected_option: { value: 'goals' } } },
            feedback_text: { value: { type: 'plain_text_input', value: 'forged' } },
          },
          { workspace: w },
        ),
    },
    {
      id: 'feedback_reply_submit',
      rightful: LEAD,
      told: { [BEN]: 'common.error.not_leader' },
      press: (u, w) =>
        h.submitView(
          u,
          {
            callback_id: 'feedback_reply_submit',
            private_metadata: ids.thread!,
            blocks: [{ type: 'input', block_id: 'feedback_text' }],
          },
          { feedback_text: { value: { type: 'plain_text_input', value: 'forged' } } },
          { workspace: w },
        ),
    },
    {
      id: 'feedback_answer_submit',
      rightful: AMY,
      told: NOT_AUTHOR,
      press: (u, w) =>
        h.submitView(
          u,
          {
            callback_id: 'feedback_answer_submit',
            private_metadata: ids.thread!,
            blocks: [{ type: 'input', block_id: 'feedback_text' }],
          },
          { feedback_text: { value: { type: 'plain_text_input', value: 'forged' } } },
          { workspace: w },
        ),
    },
    {
      id: 'pulse_submit',
      rightful: AMY,
      press: (u, w) =>
        h.submitView(
          u,
          {
            callback_id: 'pulse_submit',
            private_metadata: ids.round!,
            blocks: [{ type: 'input', block_id: 'comment' }],
          },
          {},
          { workspace: w },
        ),
    },
    {
      id: 'role_submit',
      rightful: LEAD,
      told: { [AMY]: 'common.error.not_leader' },
      press: (u, w) =>
        h.submitView(
          u,
          {
            callback_id: 'role_submit',
            private_metadata: JSON.stringify({ t: eastId, p: ids.position }),
            blocks: [{ type: 'input', block_id: 'title' }],
          },
          {
            title: { value: { type: 'plain_text_input', value: 'Forged' } },
            duties: { value: { type: 'plain_text_input', value: 'forge' } },
          },
          { workspace: w },
        ),
    },
    {
      id: 'scorecard_template',
      rightful: LEAD,
      told: { [AMY]: 'common.error.not_leader' },
      press: (u, w) =>
        h.submitView(
          u,
          {
            callback_id: 'scorecard_template',
            private_metadata: JSON.stringify({ t: eastId }),
            blocks: [{ type: 'input', block_id: 'metrics' }],
          },
          {
            // A template that would be saved: what is refused is the person, not the text.
            metrics: {
              input: {
                type: 'plain_text_input',
                value: 'calls | Calls | process | 100 | 10 | calls | higher | manual',
              },
            },
            note: { input: { type: 'plain_text_input', value: 'forged' } },
          },
          { workspace: w },
        ),
    },
    {
      id: 'scorecard_enter',
      rightful: LEAD,
      told: { [AMY]: 'common.error.not_leader' },
      press: (u, w) =>
        h.submitView(
          u,
          {
            callback_id: 'scorecard_enter',
            private_metadata: JSON.stringify({ t: eastId, m: ids.amy, p: '2026-11' }),
            blocks: [{ type: 'input', block_id: 'm_value' }],
          },
          { m_value: { value: { type: 'plain_text_input', value: '5' } } },
          { workspace: w },
        ),
    },
  ];

  beforeAll(async () => {
    h = await Harness.start({ now: '2026-11-30T01:30:00Z' }); // Monday 09:30 in Shanghai
    for (const [id, isAdmin] of [
      [LEAD, true],
      [WEST_LEAD, true],
      [AMY, false],
      [BEN, false],
      [OUTSIDER, false],
    ] as const) {
      h.slack.addUser({ id, name: id, realName: id, tz: 'Asia/Shanghai', locale: 'en-US', isAdmin });
    }
    h.slack.setChannelMembers(EAST, [LEAD, AMY, BEN]);
    h.slack.setChannelMembers(WEST, [WEST_LEAD]);
    await h.command('/hexin', 'setup', { user: LEAD, channel: EAST, channelName: 'east' });
    await h.waitForReply((r) => String(r.text).includes('east'));
    await h.command('/hexin', 'setup', { user: WEST_LEAD, channel: WEST, channelName: 'west' });
    await h.waitForReply((r) => String(r.text).includes('west'));
    await h.drain();
    const team = await h.runtime.stores.teams.findTeamByChannel(WORKSPACE, EAST);
    eastId = team!.id;
    const [lead, amy, ben] = [await member(eastId, LEAD), await member(eastId, AMY), await member(eastId, BEN)];
    ids.amy = amy.id;
    const stores = h.runtime.stores;

    // Amy's prompt, and her answer of the day with a blocker the leader was told of.
    const { prompt } = await stores.checkins.claimPrompt(amy.id, eastId, TODAY);
    await stores.checkins.markPromptSent(prompt.id, { channelId: `D${AMY.slice(1)}`, ts: '1764466200.000100' });
    ids.prompt = prompt.id;
    const answer = await stores.checkins.saveAnswer({
      memberId: amy.id,
      teamId: eastId,
      localDate: TODAY,
      answers: { yesterday: 'a', today: 'b', blockers: 'waiting on the API key' },
      mood: null,
      late: false,
      at: h.clock.now(),
    });
    const { blocker } = await stores.checkins.upsertBlocker(answer, 'waiting on the API key', h.clock.now());
    await stores.checkins.recordNotice(blocker.id, lead.id, {
      channelId: `D${LEAD.slice(1)}`,
      ts: '1764466200.000200',
    });
    ids.blocker = blocker.id;
    // Ben's blocker nobody has stepped in on: what a digest's "Ask how it is going" names.
    const bens = await stores.checkins.saveAnswer({
      memberId: ben.id,
      teamId: eastId,
      localDate: TODAY,
      answers: { yesterday: 'a', today: 'b', blockers: 'no price list' },
      mood: null,
      late: false,
      at: h.clock.now(),
    });
    ids.waitingBlocker = (await stores.checkins.upsertBlocker(bens, 'no price list', h.clock.now())).blocker.id;

    // A goal with one proposal waiting, one sent back to Amy, and one accepted that Amy owns.
    const goal = await stores.goals.createGoal({
      title: 'Ship',
      why: 'Because',
      measure: 'Shipped',
      periodKind: 'month',
      startDate: '2026-11-01',
      endDate: '2026-12-31',
      teamId: eastId,
      createdById: lead.id,
      channelId: EAST,
    });
    ids.goal = goal.id;
    const draft = { title: 'Calls', target: 10, unit: 'calls', dueDate: null };
    const propose = () =>
      stores.goals.proposeKeyResult({ goalId: goal.id, proposerId: amy.id, ownerId: amy.id, draft });
    ids.proposed = (await propose()).id;
    ids.sentBack = (await propose()).id;
    await stores.goals.reviewKeyResult(ids.sentBack, 'proposed', {
      status: 'changes_requested',
      reviewedById: lead.id,
      reviewComment: 'More',
      at: h.clock.now(),
    });
    ids.accepted = (await propose()).id;
    await stores.goals.reviewKeyResult(ids.accepted, 'proposed', {
      status: 'accepted',
      reviewedById: lead.id,
      reviewComment: null,
      at: h.clock.now(),
    });

    // Anonymous feedback Amy wrote: the route to her is sealed, never stored in clear.
    const threadId = randomUUID();
    await stores.feedback.createThread({
      id: threadId,
      teamId: eastId,
      category: 'goals',
      signedBy: null,
      route: feedbackKeys(h.runtime.config).seal(AMY, `route:${threadId}`),
      routeExpiresAt: new Date(h.clock.now().getTime() + 86_400_000),
      createdDay: TODAY,
      text: 'Please plan earlier',
      deliverAfter: h.clock.now(),
    });
    ids.thread = threadId;

    // A pulse round Amy is invited to.
    const { round } = await stores.pulse.claimRound({
      teamId: eastId,
      period: '2026-W49',
      questionIds: ['goals_1'],
      openedAt: h.clock.now(),
      closesAt: new Date(h.clock.now().getTime() + 3 * 86_400_000),
    });
    await stores.pulse.invite(round.id, [amy.id, ben.id]);
    ids.round = round.id;

    // A coffee group of Amy and Ben, introduced in its group DM.
    const coffee = await stores.informal.claimRound({
      teamId: eastId,
      period: '2026-W49',
      channelId: EAST,
      startsAt: h.clock.now(),
      midAt: new Date(h.clock.now().getTime() + 7 * 86_400_000),
      lastAt: new Date(h.clock.now().getTime() + 11 * 86_400_000),
      endsAt: new Date(h.clock.now().getTime() + 14 * 86_400_000),
    });
    const [group] = (await stores.informal.saveGroups(
      coffee.id,
      2,
      [{ memberIds: [amy.id, ben.id], relaxed: [] }],
      h.clock.now(),
    ))!;
    await stores.informal.setGroupRef(group!.id, 'channelId', 'GAZAMYBEN');
    ids.coffeeGroup = group!.id;

    // Two role cards with a duty each.
    const card = (title: string, duty: string) =>
      stores.roles.createPosition(eastId, {
        title,
        purpose: '',
        authority: '',
        guidelines: '',
        duties: [{ text: duty, normalized: duty }],
        handoffs: [],
        holderMemberIds: [amy.id],
      });
    const first = (await card('Seller', 'call customers'))!;
    const second = (await card('Helper', 'phone clients'))!;
    ids.position = first.id;
    ids.dutyA = first.duties[0]!.id;
    ids.dutyB = second.duties[0]!.id;
    await h.drain();
  });

  afterAll(async () => {
    await h?.close();
  });

  it('when a button or form is registered, then docs/authorization.md has its row and this file tests it', () => {
    const { actions, views } = registeredIds(appDeps(h.runtime));
    const registered = [...actions, ...views].sort();
    expect(documentedIds().sort()).toEqual(registered);
    expect(rows.map((r) => r.id).sort()).toEqual(registered);
  });

  /** Everything the person could have been told after `callsBefore`: the answer to a submission, ephemeral replies and modals. */
  const toldSince = (answer: SlackPost, callsBefore: number): string =>
    JSON.stringify([
      answer.body.startsWith('{') ? JSON.parse(answer.body) : answer.body,
      ...h.slack.calls
        .slice(callsBefore)
        .filter((c) =>
          ['response_url', 'views.open', 'views.update', 'views.push', 'chat.postEphemeral'].includes(c.method),
        )
        .map((c) => c.args),
    ]);
  /** A catalog message as it appears inside toldSince's JSON. */
  const quoted = (key: MessageKey) => JSON.stringify(t('en', key)).slice(1, -1);
  /** Every refusal key the table's last column names for an id, following "as `other_id`". */
  const documentedRefusals = (id: string): Set<string> => {
    const doc = readFileSync(new URL('../../docs/authorization.md', import.meta.url), 'utf8');
    const column = doc.match(new RegExp(`^\\| \`${id}\` \\|.*\\| ([^|]*) \\|$`, 'm'))?.[1] ?? '';
    const keys = new Set([...column.matchAll(/`([a-z]+\.[a-z_.]+)`/g)].map((m) => m[1]!));
    for (const [, other] of column.matchAll(/as `([a-z_]+)`/g))
      for (const key of documentedRefusals(other!)) keys.add(key);
    return keys;
  };

  for (const row of rows) {
    const told = (who: string): MessageKey | null => (who === 'elsewhere' ? null : (row.told?.[who] ?? NOT_YOUR_TEAM));
    const attackers: Array<{ who: string; user: string; workspace: string }> = [
      { who: 'outsider', user: OUTSIDER, workspace: WORKSPACE },
      { who: 'otherTeam', user: WEST_LEAD, workspace: WORKSPACE },
      ...Object.keys(row.told ?? {})
        .filter((who) => /^U/.test(who))
        .map((user) => ({ who: user, user, workspace: WORKSPACE })),
      // The rightful person's own id, from another workspace: the workspace is checked, not only the id.
      { who: 'elsewhere', user: row.rightful, workspace: OTHER_WORKSPACE },
    ];

    it(`when the table's row for ${row.id} is read, then it names what each person refused is told`, () => {
      const documented = documentedRefusals(row.id);
      for (const { who } of attackers) {
        const key = told(who);
        if (key) expect({ who, key, documented: documented.has(key) }).toEqual({ who, key, documented: true });
      }
    });

    it(`when someone in no team, a leader of another team or a user of another workspace sends ${row.id}, then nothing changes and Slack only carries the refusal the table gives`, async () => {
      for (const attacker of attackers) {
        const before = await everything();
        const callsBefore = h.slack.calls.length;
        const answer = await row.press(attacker.user, attacker.workspace);
        expect(answer.status).toBeLessThan(500);
        // users.info only reads the person's language; a refusal is an ephemeral reply or a notice modal with no form.
        const isRefusal = (c: RecordedCall) =>
          c.method === 'users.info' ||
          (c.method === 'response_url' && c.args.response_type === 'ephemeral' && c.args.replace_original === false) ||
          (c.method === 'views.open' &&
            !JSON.stringify((c.args.view as { blocks?: unknown }).blocks).includes('"type":"input"'));
        const key = told(attacker.who);
        const expected = key ? quoted(key) : null;
        // A button is answered after its ack: wait for the refusal. From another workspace the
        // receiver answers before any listener could run, then posts its notice if it has a
        // response_url: wait for that notice, or a moment for one that should not come.
        const heardYet = () =>
          toldSince(answer, callsBefore).includes(expected ?? quoted('common.error.other_workspace'));
        const deadline = Date.now() + (expected ? 5000 : 250);
        while (!heardYet() && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
        await h.drain();
        const effects = h.slack.calls.slice(callsBefore).filter((c) => !isRefusal(c));
        expect({ who: attacker.who, effects: effects.map((c) => c.method) }).toEqual({
          who: attacker.who,
          effects: [],
        });
        expect(await everything()).toEqual(before);
        // Told, privately, in the table's words: by an ephemeral reply or a notice for a button, in the form for a submission.
        // From another workspace: the receiver's notice where the request carried a response_url, else nothing.
        const heard = toldSince(answer, callsBefore);
        if (expected)
          expect({ who: attacker.who, told: heard }).toEqual({
            who: attacker.who,
            told: expect.stringContaining(expected),
          });
        else {
          const [body, ...notices] = JSON.parse(heard) as [unknown, ...Array<{ text?: string }>];
          expect({ who: attacker.who, body, notices: notices.map((n) => n.text) }).toEqual({
            who: attacker.who,
            body: '',
            notices: notices.length ? [t('en', 'common.error.other_workspace')] : [],
          });
        }
      }
    });
  }

  /**
   * After every refusal, the rightful person's own press is served: no refusal words at all, and
   * something happens (a form opens or moves on, a record or a job is written, a message is
   * posted). Rows are pressed in table order on the same records, so a row whose record an
   * earlier row has already moved on (the day already answered before it is skipped, the
   * proposal accepted before a change is asked or it is declined, the conversation closed by
   * its leader before its author answers or closes it, the round answered) is left to its own
   * suite.
   */
  const servedElsewhere = new Set([
    'checkin_skip',
    'goal_kr_change',
    'goal_kr_decline',
    'feedback_answer',
    'goal_kr_change_submit',
    'feedback_author_close',
    'feedback_answer_submit',
    'feedback_reply_submit',
    'pulse_submit',
  ]);
  const refusalWords = (Object.values(rows).flatMap((row) => Object.values(row.told ?? {})) as MessageKey[])
    .concat([NOT_YOUR_TEAM, 'common.error.unexpected', 'common.error.not_in_team'])
    .map(quoted);
  for (const row of rows.filter((r) => !servedElsewhere.has(r.id))) {
    it(`when the rightful person sends ${row.id} after those attempts, then it is served, not refused`, async () => {
      const before = await everything();
      const callsBefore = h.slack.calls.length;
      const answer = await row.press(row.rightful, WORKSPACE);
      expect(answer.status).toBe(200);
      const acted = async () =>
        /"response_action":"(update|push|clear)"/.test(answer.body) ||
        h.slack.calls
          .slice(callsBefore)
          .some(
            (c) => c.method !== 'users.info' && !(c.method === 'response_url' && c.args.response_type === 'ephemeral'),
          ) ||
        JSON.stringify(await everything()) !== JSON.stringify(before);
      const deadline = Date.now() + 5000;
      while (!(await acted()) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 20));
      await h.drain();
      const said = toldSince(answer, callsBefore);
      expect({ id: row.id, refused: refusalWords.filter((words) => said.includes(words)) }).toEqual({
        id: row.id,
        refused: [],
      });
      expect({ id: row.id, acted: await acted(), said }).toEqual({ id: row.id, acted: true, said });
    });
  }

  it("when someone in no team presses a goal or key result button naming a record that does not exist, then they hear what another team's record gets", async () => {
    const missing = 'cnothere0000000000000001';
    for (const action of ['goal_kr_propose', 'goal_next', 'goal_kr_accept', 'goal_kr_revise']) {
      const callsBefore = h.slack.calls.length;
      const answer = await h.button(OUTSIDER, action, missing);
      const deadline = Date.now() + 5000;
      while (!toldSince(answer, callsBefore).includes(quoted(NOT_YOUR_TEAM)) && Date.now() < deadline)
        await new Promise((resolve) => setTimeout(resolve, 20));
      expect({ action, told: toldSince(answer, callsBefore) }).toEqual({
        action,
        told: expect.stringContaining(quoted(NOT_YOUR_TEAM)),
      });
    }
  });

  it('when a leader has pressed "I\'ll help" after those attempts, then the claim is theirs', async () => {
    expect((await h.runtime.stores.checkins.findBlocker(ids.blocker!))?.helperUserId).toBe(LEAD);
  });
});
