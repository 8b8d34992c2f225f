import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { ANSWER_MAX_LENGTH, QUESTION_IDS } from '../../src/domain/checkins/questions.ts';
import { CATEGORIES, FEEDBACK_MAX_LENGTH } from '../../src/domain/feedback/model.ts';
import type { Goal, GoalSnapshot, KeyResult, KeyResultUpdate } from '../../src/domain/goals/model.ts';
import { PERIOD_KINDS } from '../../src/domain/goals/model.ts';
import { GOAL_LIMITS } from '../../src/domain/goals/rules.ts';
import { COMMENT_MAX_LENGTH } from '../../src/domain/pulse/answers.ts';
import { PULSE_BANK } from '../../src/domain/pulse/bank.ts';
import type { PulseTeam, Round } from '../../src/domain/pulse/model.ts';
import { TRAITS } from '../../src/domain/pulse/traits.ts';
import { MESSAGE_MAX } from '../../src/domain/recognition/service.ts';
import { VALUE_LABEL_MAX } from '../../src/domain/recognition/values.ts';
import type { Position, RoleFinding } from '../../src/domain/roles/model.ts';
import { ROLE_LIMITS } from '../../src/domain/roles/text.ts';
import { CSV_LIMITS } from '../../src/domain/scorecards/csv.ts';
import type { Metric, TemplateVersion } from '../../src/domain/scorecards/model.ts';
import { scoreCard, teamScore } from '../../src/domain/scorecards/scoring.ts';
import { TEMPLATE_LIMITS } from '../../src/domain/scorecards/template.ts';
import type { CoffeeGroup, InformalTeam } from '../../src/domain/informal/model.ts';
import type { CoffeeStatus } from '../../src/domain/informal/service.ts';
import type { Member, Team } from '../../src/domain/teams/model.ts';
import { LOCALES, type Locale } from '../../src/i18n/index.ts';
import { computeSignals } from '../../src/domain/digest/signals.ts';
import { suggest } from '../../src/domain/digest/suggestions.ts';
import { weekWindow } from '../../src/domain/digest/window.ts';
import { emptyFacts } from '../fixtures/digest-facts.ts';
import * as checkin from '../../src/slack/blocks/checkin.ts';
import * as dates from '../../src/slack/blocks/dates.ts';
import * as digest from '../../src/slack/blocks/digest.ts';
import * as feedback from '../../src/slack/blocks/feedback.ts';
import * as goals from '../../src/slack/blocks/goals.ts';
import * as home from '../../src/slack/blocks/home.ts';
import * as informal from '../../src/slack/blocks/informal.ts';
import * as limits from '../../src/slack/blocks/limits.ts';
import * as notice from '../../src/slack/blocks/notice.ts';
import * as pulse from '../../src/slack/blocks/pulse.ts';
import * as recognition from '../../src/slack/blocks/recognition.ts';
import * as roles from '../../src/slack/blocks/roles.ts';
import * as schema from '../../src/slack/blocks/schema.ts';
import * as scorecards from '../../src/slack/blocks/scorecards.ts';

// ------------------------------------------------------------------------------------------
// Worst-case inputs: the longest text each field allows, full of what mrkdwn and Slack treat
// specially (escapes that grow three- and four-fold, mentions, formatting, emoji, Chinese).

const HOSTILE = '<!channel> & <@U1> *b* _i_ ~s~ `c` > 😀 合心团队 <http://x.example|y> ';
const hostile = (length: number) => {
  const chars = Array.from(HOSTILE);
  return Array.from({ length }, (_, i) => chars[i % chars.length]).join('');
};
/** What a multi-line box allows: the same, with a line break every few characters (each one quoted, so it grows). */
const typed = (length: number) =>
  Array.from(hostile(length))
    .map((c, i) => (i % 3 === 2 ? '\n' : c))
    .join('');
const lines = (count: number, length: number) =>
  Array.from({ length: count }, (_, i) => `${i} ${hostile(length - String(i).length - 1)}`.replace(/\n/g, ' '));
/** Slack channel and display names are at most 80 characters. */
const NAME = 80;

const team: Team = {
  id: 'cteam000000000000000001',
  workspaceId: 'T0TEST',
  name: hostile(NAME),
  homeChannelId: 'C1',
  informalChannelId: null,
  defaultLocale: 'en',
  timeZone: 'Asia/Shanghai',
  checkinDays: [1, 2, 3, 4, 5],
  checkinMinute: 540,
  reminderMinute: 960,
  checkinQuestions: [...QUESTION_IDS],
};
const member = (i: number, role = 'member'): Member => ({
  id: `cmember${String(i).padStart(16, '0')}`,
  teamId: team.id,
  slackUserId: `U${String(i).padStart(10, '0')}`,
  displayName: hostile(NAME),
  timeZone: 'Asia/Shanghai',
  locale: null,
  role,
  active: true,
  checkinOptOut: false,
});
const members = Array.from({ length: 200 }, (_, i) => member(i, i < 3 ? 'leader' : 'member'));
const leader = members[0]!;
const someone = members[5]!;

// --- informal channels

const informalTeam: InformalTeam = {
  id: team.id,
  workspaceId: team.workspaceId,
  name: hostile(NAME),
  defaultLocale: 'en',
  timeZone: 'Asia/Shanghai',
  informalChannelId: 'C2',
  createdAt: new Date(0),
  coffeeEnabled: true,
  coffeeEveryWeeks: 4,
  coffeeWeekday: 7,
  coffeeMinute: 1439,
  coffeeGroupSize: 3,
  coffeeRepeatWeeks: 52,
  icebreakerEnabled: true,
  icebreakerWeekday: 3,
  icebreakerMinute: 900,
};
const coffeeGroup: CoffeeGroup = {
  id: 'cgroup0000000000000000001',
  roundId: 'cround0000000000000000001',
  teamId: team.id,
  memberIds: members.slice(0, 4).map((m) => m.id),
  relaxed: [],
  channelId: 'G1',
  introTs: '1.1',
  midTs: null,
  lastTs: null,
  outcome: null,
  answeredAt: null,
};
const coffeeStatus: CoffeeStatus = {
  choice: { optedOut: false, pausedUntil: null, silentRounds: 0 },
  round: null,
  partners: members.slice(1, 4),
  next: new Date(0),
  included: 20000,
};

// --- goals

const goal = (status = 'open'): Goal => ({
  id: 'cgoal000000000000000001',
  teamId: team.id,
  title: hostile(GOAL_LIMITS.title),
  why: typed(GOAL_LIMITS.why),
  measure: typed(GOAL_LIMITS.measure),
  periodKind: 'custom',
  startDate: '2026-11-30',
  endDate: '2027-02-28',
  createdById: leader.id,
  status,
  channelId: 'C1',
  headTs: '1.1',
  createdAt: new Date(0),
  closedAt: null,
});
const makeKeyResult = (i: number): KeyResult => ({
  id: `ckr${String(i).padStart(20, '0')}`,
  goalId: goal().id,
  proposerId: members[i % 200]!.id,
  ownerId: members[(i + 1) % 200]!.id,
  title: hostile(GOAL_LIMITS.krTitle),
  target: 999_999_999.5,
  unit: hostile(GOAL_LIMITS.unit),
  dueDate: '2027-01-31',
  status: 'accepted',
  reviewComment: typed(GOAL_LIMITS.comment),
  reviewedById: leader.id,
  proposalTs: '2.2',
  dutyId: null,
  createdAt: new Date(0),
  acceptedAt: new Date(0),
});
const KEY_RESULTS = 200;
const keyResults = Array.from({ length: KEY_RESULTS }, (_, i) => makeKeyResult(i));
const keyResult = (i: number) => keyResults[i % KEY_RESULTS]!;
const update = (i: number, value: number, confidence: number): KeyResultUpdate => ({
  id: `cupd${i}-${value}`,
  keyResultId: keyResult(i).id,
  memberId: someone.id,
  value,
  confidence,
  note: typed(GOAL_LIMITS.note),
  source: 'command',
  createdAt: new Date(0),
});
const people = new Map(members.map((m) => [m.id, { slackUserId: m.slackUserId, displayName: m.displayName }]));
const progress = keyResults.map((kr, i) => ({
  keyResult: kr,
  latest: update(i, 123_456_789.25, 10),
  previous: update(i, 1.5, 1),
}));
const snapshot = (status = 'open'): GoalSnapshot => ({
  goal: goal(status),
  keyResults: progress,
  pending: 150,
  people,
});
const participants = members.map((m, i) => ({
  slackUserId: m.slackUserId,
  displayName: m.displayName,
  count: i + 1000,
}));
const progressItems = Array.from({ length: KEY_RESULTS }, (_, i) => ({
  keyResult: keyResult(i),
  goal: goal(),
  latest: update(i, 42.5, 7),
}));

// --- roles

/** As many duties as allowed, as long as the duties field (one line each) allows. */
const DUTY_LENGTH = Math.floor(ROLE_LIMITS.dutiesField / ROLE_LIMITS.duties) - 1;
const duties = (positionId: string) =>
  Array.from({ length: ROLE_LIMITS.duties }, (_, i) => ({
    id: `cduty${positionId.slice(-4)}${String(i).padStart(12, '0')}`,
    positionId,
    text: hostile(DUTY_LENGTH),
    normalized: `d${i}`,
  }));
/**
 * Hand-off lines as long as the field allowed when typed with one-letter titles; the titles
 * were renamed to the longest since, so the lines no longer fit the box together.
 */
const HANDOFF_WHAT = Math.floor(ROLE_LIMITS.handoffsField / ROLE_LIMITS.handoffs) - 4;
const position = (i: number): Position => {
  const id = `cpos${String(i).padStart(20, '0')}`;
  return {
    id,
    teamId: team.id,
    starterKey: null,
    title: hostile(ROLE_LIMITS.title),
    purpose: typed(ROLE_LIMITS.purpose),
    authority: typed(ROLE_LIMITS.authority),
    guidelines: typed(ROLE_LIMITS.guidelines),
    duties: duties(id),
    handoffsOut: Array.from({ length: ROLE_LIMITS.handoffs }, (_, h) => ({
      id: `ho${i}-${h}`,
      fromId: id,
      fromTitle: hostile(ROLE_LIMITS.title),
      toId: `cpos-other-${h}`,
      toTitle: hostile(ROLE_LIMITS.title),
      what: hostile(HANDOFF_WHAT),
    })),
    handoffsIn: Array.from({ length: ROLE_LIMITS.handoffs }, (_, h) => ({
      id: `hi${i}-${h}`,
      fromId: `cpos-other-${h}`,
      fromTitle: hostile(ROLE_LIMITS.title),
      toId: id,
      toTitle: hostile(ROLE_LIMITS.title),
      what: hostile(HANDOFF_WHAT),
    })),
    holders: members.slice(0, ROLE_LIMITS.holders),
  };
};
const positions = Array.from({ length: 40 }, (_, i) => position(i));
const dutyRef = (p: Position, d: number) => ({
  id: p.duties[d]!.id,
  text: p.duties[d]!.text,
  positionId: p.id,
  positionTitle: p.title,
});
const findings: RoleFinding[] = [
  // Every pair of duties at most once, as the analysis finds them.
  ...positions.slice(0, 30).flatMap((p, i) => [
    {
      kind: 'overlap' as const,
      subject: { dutyA: dutyRef(p, 0), dutyB: dutyRef(positions[i + 1]!, 1), confirmed: i % 2 === 0 },
    },
    {
      kind: 'overlap' as const,
      subject: { dutyA: dutyRef(p, 2), dutyB: dutyRef(positions[i + 1]!, 3), confirmed: false },
    },
  ]),
  ...positions.map((p) => ({
    kind: 'position_without_holder' as const,
    subject: { positionId: p.id, title: p.title },
  })),
  ...members.map((m) => ({
    kind: 'member_without_position' as const,
    subject: { memberId: m.id, slackUserId: m.slackUserId, name: m.displayName },
  })),
  ...Array.from({ length: KEY_RESULTS }, (_, i) => ({
    kind: 'key_result_without_duty' as const,
    subject: {
      keyResultId: keyResult(i).id,
      goalId: goal().id,
      title: hostile(GOAL_LIMITS.krTitle),
      ownerId: someone.id,
      ownerName: someone.displayName,
      positions: positions.map((p) => ({ id: p.id, title: p.title })),
    },
  })),
] as RoleFinding[];

// --- scorecards

const metrics: Metric[] = Array.from({ length: TEMPLATE_LIMITS.metrics }, (_, i) => ({
  id: `cmetric${i}`,
  templateId: 'ctpl1',
  position: i,
  key: `k${String(i).padStart(TEMPLATE_LIMITS.key - 1, 'x')}`.slice(0, TEMPLATE_LIMITS.key),
  name: hostile(TEMPLATE_LIMITS.name),
  kind: i % 2 ? 'process' : 'result',
  weight: 5,
  target: 999_999_999.25,
  unit: hostile(TEMPLATE_LIMITS.unit),
  direction: i % 3 ? 'higher' : 'lower',
  source: i % 4 === 0 ? 'key_result' : i % 4 === 1 ? 'checkin_rate' : 'manual',
  keyResultId: null,
}));
const template = (version: number): TemplateVersion => ({
  id: `ctpl${version}`,
  teamId: team.id,
  version,
  effectiveFrom: '2026-11',
  note: typed(TEMPLATE_LIMITS.note),
  createdById: leader.id,
  createdAt: new Date(0),
  metrics,
});
const versions = Array.from({ length: 60 }, (_, i) => template(i + 1));
const cards = members.map((m, i) => ({
  member: m,
  score: scoreCard(metrics, (metric) => (i % 5 === 0 ? null : metric.position * 1_000_000.125)),
}));
const problems = (count: number) =>
  Array.from({ length: count }, (_, i) => ({
    row: i + 2,
    messageKey: 'scorecard.csv.error.not_member' as const,
    params: { value: hostile(CSV_LIMITS.field), row: i + 2 },
  }));

// --- pulse, recognition, feedback

const pulseTeam: PulseTeam = {
  id: team.id,
  workspaceId: 'T0TEST',
  name: hostile(NAME),
  defaultLocale: 'zh-CN',
  timeZone: 'Asia/Shanghai',
  checkinMinute: 540,
  pulseEnabled: true,
  pulseEveryWeeks: 1,
  pulseWeekday: 5,
  createdAt: new Date(0),
};
const round: Round = {
  id: 'cround0000000000000001',
  teamId: team.id,
  period: '2026-W49',
  questionIds: PULSE_BANK.map((q) => q.id),
  openedAt: new Date(0),
  closesAt: new Date('2026-12-04T10:00:00Z'),
  closedAt: null,
  respondents: 150,
  invited: 200,
};
const shownRound = (i: number) => ({
  period: `2026-W${String(i).padStart(2, '0')}`,
  state: 'shown' as const,
  respondents: 150,
  invited: 200,
  overall: 3.25,
  traits: TRAITS.map((trait) => ({ trait, average: 4.75 })),
});
const pulseResults = {
  minGroup: 5,
  rounds: [
    { period: '2026-W50', state: 'open' as const, closesAt: new Date(0) },
    { period: '2026-W49', state: 'hidden' as const },
    ...Array.from({ length: 52 }, (_, i) => shownRound(i + 1)),
  ],
  traits: TRAITS.map((trait) => ({
    trait,
    latest: { period: '2026-W48', average: 4.5 },
    previous: { period: '2026-W47', average: 1.25 },
    change: 3.25,
  })),
  overall: Array.from({ length: 52 }, (_, i) => ({ period: `2026-W${i + 1}`, average: 3.5 })),
  overallChange: 1.5,
  comments: Array.from({ length: 200 }, () => typed(COMMENT_MAX_LENGTH)),
  commentsPeriod: '2026-W48',
};
const teamValue = (i: number) => ({
  id: `cval${i}`,
  teamId: team.id,
  key: `value_${i}_${'k'.repeat(20)}`,
  labelEn: hostile(VALUE_LABEL_MAX),
  labelZh: '合'.repeat(VALUE_LABEL_MAX),
  position: i,
  active: true,
});
const values = Array.from({ length: 20 }, (_, i) => teamValue(i));
const settings = {
  teamId: team.id,
  kudosChannelId: null,
  kudosEmoji: 'a'.repeat(100),
  kudosDailyCap: 100,
  leaderboardEnabled: true,
};
const capStatus = {
  cap: 100,
  used: 100,
  left: 0,
  window: { localDate: '2026-12-01', from: new Date(0), to: new Date(0) },
  timeZone: 'Asia/Shanghai',
  minutesToReset: 1439,
};
const kudos = (source: 'command' | 'reaction') => ({
  giverSlackId: leader.slackUserId,
  recipientSlackIds: members.slice(0, 50).map((m) => m.slackUserId),
  value: values[0]!,
  message: typed(MESSAGE_MAX),
  source,
  emoji: settings.kudosEmoji,
  link: source === 'reaction' ? 'https://test.slack.com/archives/C1/p1700000000000100' : null,
});
const thread = {
  id: 'cthread000000000000001',
  teamId: team.id,
  category: CATEGORIES[0],
  signedBy: null,
  route: 'r',
  routeExpiresAt: null,
  status: 'open',
  closedAt: null,
  createdDay: '2026-12-01',
  closeNoticeSent: false,
};
const feedbackMessage = {
  id: 'cfbm1',
  threadId: thread.id,
  direction: 'author',
  text: typed(FEEDBACK_MAX_LENGTH),
  fromLeaderId: null,
  deliverAfter: new Date(0),
  deliveredAt: null,
};
/** Database ids are cuids: 25 characters. */
const cuid = (prefix: string, i: number) => `c${prefix}${String(i).padStart(24 - prefix.length, '0')}`;
const choice = (i: number) => ({
  team: { ...team, id: cuid('team', i) },
  member: someone,
  size: 200,
  small: i % 2 === 0,
  leaders: members.slice(0, 20),
  batchMinutes: 1440,
  nextDelivery: new Date('2026-12-02T10:00:00Z'),
});
const closedNotes = [{ by: 'leader' as const, leader }, { by: 'author' as const }, { by: 'expired' as const }];

// ------------------------------------------------------------------------------------------
// What each exported function of src/slack/blocks is checked as.

type Surface = 'message' | 'response' | 'modal' | 'home' | 'errors';
type Output = { surface: Surface; value: unknown; label: string };
/** A builder: outputs to check in one language. A helper: why it builds nothing Slack sees by itself. */
type Coverage = { build: (locale: Locale) => Output[] } | { helper: string };

const out = (surface: Surface, label: string, value: unknown): Output => ({ surface, label, value });
const withText = (text: string): Output => out('response', 'text reply', { response_type: 'ephemeral', text });
const asMessage = (blocks: unknown[]) => ({ text: 'fallback', blocks });

const leaderHomeOf = () => {
  const window = weekWindow('2026-W49', 'Asia/Shanghai');
  const signals = computeSignals(emptyFacts(200), window, new Date('2026-12-07T00:30:00Z'), 5);
  const last = {
    id: 's',
    teamId: 't',
    week: '2026-W49',
    version: 1,
    signals,
    suggestions: suggest(signals, window),
    builtAt: new Date(0),
  };
  return { team: digestTeam, signals, last, earlier: 12 };
};

const digestTeam = {
  id: 'cteam',
  workspaceId: 'T1',
  name: hostile(200),
  defaultLocale: 'en',
  timeZone: 'Asia/Shanghai',
  createdAt: new Date(0),
  digestEnabled: true,
  digestWeekday: 1,
  digestMinute: 510,
};

const COVERAGE: Record<string, Record<string, Coverage>> = {
  checkin: {
    encodeCheckinRef: { helper: 'private_metadata and button value; checked inside the modals and prompts' },
    promptMessage: {
      build: (l) => [out('message', 'prompt', checkin.promptMessage(l, team, '2026-12-01', 'cprompt0000000000000001'))],
    },
    reminderMessage: {
      build: (l) => [
        out(
          'message',
          'reminder',
          checkin.reminderMessage(l, team, '2026-12-01', { teamId: team.id, localDate: '2026-12-01' }),
        ),
      ],
    },
    settledPromptMessage: {
      build: (l) =>
        (['answered', 'skipped', 'snoozed'] as const).map((state) =>
          out('message', state, checkin.settledPromptMessage(l, team, '2026-12-01', state, '23:59')),
        ),
    },
    checkinModal: {
      build: (l) => [
        out(
          'modal',
          'empty, late',
          checkin.checkinModal(l, { team, localDate: '2026-12-01', questions: QUESTION_IDS, late: true }),
        ),
        out(
          'modal',
          'prefilled',
          checkin.checkinModal(l, {
            team,
            localDate: '2026-12-01',
            questions: QUESTION_IDS,
            late: false,
            existing: {
              yesterday: typed(ANSWER_MAX_LENGTH),
              today: typed(ANSWER_MAX_LENGTH),
              blockers: typed(ANSWER_MAX_LENGTH),
              mood: 5,
              shops: 999999,
              issues: typed(ANSWER_MAX_LENGTH),
            },
          }),
        ),
      ],
    },
    threadHead: { build: (l) => [out('message', 'head', checkin.threadHead(l, '2026-12-01'))] },
    answerReply: {
      build: (l) => [
        out(
          'message',
          'every answer at its longest',
          checkin.answerReply(
            l,
            someone,
            {
              id: 'ca1',
              memberId: someone.id,
              teamId: team.id,
              localDate: '2026-12-01',
              late: true,
              editedAt: new Date(0),
              replyTs: null,
              revision: 3,
              answers: {
                yesterday: typed(ANSWER_MAX_LENGTH),
                today: typed(ANSWER_MAX_LENGTH),
                blockers: typed(ANSWER_MAX_LENGTH),
                mood: 1,
                shops: 999999,
                issues: typed(ANSWER_MAX_LENGTH),
              },
            },
            QUESTION_IDS,
          ),
        ),
      ],
    },
    blockerNotice: {
      build: (l) => {
        const blocker = {
          id: 'cblocker00000000000001',
          answerId: 'ca1',
          teamId: team.id,
          text: typed(ANSWER_MAX_LENGTH),
          raisedAt: new Date(0),
          helperUserId: null,
          helpedAt: null,
        };
        return [
          out('message', 'waiting', checkin.blockerNotice(l, team, someone, blocker, '2026-12-01')),
          out(
            'message',
            'helped',
            checkin.blockerNotice(l, team, someone, blocker, '2026-12-01', {
              helperUserId: leader.slackUserId,
              at: new Date(0),
            }),
          ),
        ];
      },
    },
  },
  dates: { formatDate: { helper: 'a date inside texts' }, formatMoment: { helper: 'a moment inside texts' } },
  feedback: {
    aboutTime: { helper: 'a time inside texts' },
    feedbackModal: {
      build: (l) => [
        out(
          'modal',
          'one team',
          feedback.feedbackModal(l, { choices: [choice(0)], minGroup: 5, now: new Date('2026-12-01T00:00:00Z') }),
        ),
        out(
          'modal',
          'every team of a person in 120',
          feedback.feedbackModal(l, {
            choices: Array.from({ length: 120 }, (_, i) => choice(i)),
            minGroup: 5,
            now: new Date('2026-12-01T00:00:00Z'),
          }),
        ),
      ],
    },
    doneView: { build: (l) => [out('modal', 'done', feedback.doneView(l, 'feedback.sent.title', hostile(3000)))] },
    leaderMessage: {
      build: (l) =>
        [null, ...closedNotes].flatMap((closed) =>
          [true, false].map((first) =>
            out(
              'message',
              `first ${first}, closed ${closed?.by ?? 'no'}`,
              feedback.leaderMessage(
                l,
                { team, thread, message: feedbackMessage, first, signer: first ? someone : null },
                closed ?? undefined,
              ),
            ),
          ),
        ),
    },
    replyModal: {
      build: (l) => [
        out('modal', 'reply', feedback.replyModal(l, { thread, team, last: feedbackMessage })),
        out('modal', 'reply, nothing yet', feedback.replyModal(l, { thread, team, last: null })),
      ],
    },
    authorMessage: {
      build: (l) =>
        [null, ...closedNotes].map((closed) =>
          out(
            'message',
            `closed ${closed?.by ?? 'no'}`,
            feedback.authorMessage(l, { team, thread, message: feedbackMessage, leader }, closed ?? undefined),
          ),
        ),
    },
    closedNotice: {
      build: (l) =>
        closedNotes.map((closed) => out('message', closed.by, feedback.closedNotice(l, team, thread, closed))),
    },
    answerModal: { build: (l) => [out('modal', 'answer', feedback.answerModal(l, { thread, team }))] },
  },
  goals: {
    periodText: { helper: 'a period inside texts' },
    progressLine: { helper: 'a line inside sections' },
    progressBlockId: { helper: 'a block id inside the progress forms' },
    progressFromState: { helper: 'reads a submitted progress form; builds nothing' },
    goalHead: {
      build: (l) => [
        out('message', 'open, 200 key results', goals.goalHead(l, snapshot())),
        out('message', 'closed', goals.goalHead(l, snapshot('closed'))),
      ],
    },
    proposalMessage: {
      build: (l) => {
        const states = [
          { kind: 'open' as const },
          { kind: 'accepted' as const, by: leader, owner: someone },
          { kind: 'changes_requested' as const, by: leader, comment: typed(GOAL_LIMITS.comment) },
          { kind: 'declined' as const, by: leader },
          { kind: 'superseded' as const },
          { kind: 'goal_closed' as const },
        ];
        return states.map((state) =>
          out('message', state.kind, goals.proposalMessage(l, keyResult(1), someone, leader, state)),
        );
      },
    },
    proposerNotice: {
      build: (l) =>
        [
          { kind: 'changes_requested' as const, by: leader, comment: typed(GOAL_LIMITS.comment) },
          { kind: 'declined' as const, by: leader },
          { kind: 'accepted' as const, by: leader },
        ].map((outcome) => out('message', outcome.kind, goals.proposerNotice(l, goal(), keyResult(1), outcome))),
    },
    reviewMessage: {
      build: (l) => [
        out(
          'message',
          'review of 200 key results and 200 people',
          goals.reviewMessage(l, {
            snapshot: snapshot('closed'),
            participation: { proposers: participants, commenters: participants, updaters: participants },
          }),
        ),
      ],
    },
    encodeGoalFormRef: { helper: 'private_metadata; checked inside newGoalModal' },
    newGoalModal: {
      build: (l) => [
        out(
          'modal',
          'new, prefilled, 120 teams',
          goals.newGoalModal(l, {
            team,
            teamChoices: Array.from({ length: 120 }, (_, i) => ({ ...team, id: `cteam${i}`, name: hostile(NAME) })),
            prefill: {
              title: hostile(GOAL_LIMITS.title),
              why: typed(GOAL_LIMITS.why),
              measure: typed(GOAL_LIMITS.measure),
              periodKind: 'custom',
              startDate: '2026-12-01',
              endDate: '2027-03-01',
            },
          }),
        ),
        ...PERIOD_KINDS.map((kind) =>
          out('modal', `period ${kind}`, goals.newGoalModal(l, { team, prefill: { periodKind: kind } })),
        ),
      ],
    },
    encodeProposalRef: { helper: 'private_metadata; checked inside proposeModal' },
    proposeModal: {
      build: (l) => [
        out('modal', 'propose', goals.proposeModal(l, { goal: goal() })),
        out(
          'modal',
          'revise',
          goals.proposeModal(l, { goal: goal(), existing: keyResult(1), ownerSlackUserId: someone.slackUserId }),
        ),
      ],
    },
    changeModal: {
      build: (l) => [out('modal', 'change', goals.changeModal(l, { goal: goal(), keyResult: keyResult(1) }))],
    },
    updateModal: {
      build: (l) => [
        out('modal', '200 key results', goals.updateModal(l, progressItems, 'home')),
        out(
          'modal',
          'first update',
          goals.updateModal(
            l,
            progressItems.slice(0, 1).map((p) => ({ ...p, latest: null })),
            'command',
          ),
        ),
      ],
    },
    checkinProgressBlocks: {
      build: (l) => {
        const modal = checkin.checkinModal(l, { team, localDate: '2026-12-01', questions: QUESTION_IDS, late: true });
        return [
          out('modal', 'the check-in with 200 key results', {
            ...modal,
            blocks: [...modal.blocks, ...goals.checkinProgressBlocks(l, progressItems)],
          }),
        ];
      },
    },
    problemText: { helper: 'a modal error; checked through progressErrors' },
    progressErrors: {
      build: (l) => [
        out('errors', 'every problem', {
          response_action: 'errors',
          errors: goals.progressErrors(
            l,
            progressItems.slice(0, 40).flatMap((p) => [
              {
                keyResultId: p.keyResult.id,
                field: 'value',
                problem: 'too_long' as const,
                max: 999999,
                length: 9999999,
              },
              { keyResultId: p.keyResult.id, field: 'confidence', problem: 'confidence' as const },
              { keyResultId: p.keyResult.id, field: 'note', problem: 'required' as const },
            ]),
          ),
        }),
      ],
    },
    goalListText: {
      build: (l) => [
        withText(
          goals.goalListText(
            l,
            Array.from({ length: 10 }, () => ({
              team,
              goals: Array.from({ length: 30 }, () => ({
                snapshot: snapshot(),
                mine: Array.from({ length: 40 }, (_, i) => keyResult(i)),
              })),
            })),
          ),
        ),
      ],
    },
    homeGoalBlocks: {
      build: (l) => [
        out('home', 'goals on the home', {
          type: 'home',
          blocks: goals.homeGoalBlocks(l, team, {
            goals: Array.from({ length: 50 }, () => ({ goal: goal(), percent: 100 })),
            mine: progressItems,
          }),
        }),
      ],
    },
  },
  informal: {
    questionText: { helper: 'a question inside introMessage and icebreakerMessage' },
    pauseAnsweredText: {
      build: (l) => [
        withText(
          informal.pauseAnsweredText(l, informalTeam, { optedOut: false, pausedUntil: new Date(0), silentRounds: 0 }),
        ),
        withText(informal.pauseAnsweredText(l, informalTeam, { optedOut: false, pausedUntil: null, silentRounds: 0 })),
      ],
    },
    introMessage: {
      build: (l) => [
        out(
          'message',
          'a group of four in both languages, with hostile positions',
          informal.introMessage({
            team: informalTeam,
            group: coffeeGroup,
            people: members
              .slice(0, 4)
              .map((m) => ({ member: m, position: hostile(200), timeZone: 'Asia/Shanghai', locale: l })),
            locales: ['en', 'zh-CN'],
            question: { kind: 'bank', id: 'personal_9' },
            askAt: new Date(0),
            now: new Date(0),
          }),
        ),
        out(
          'message',
          'a pair, a bank question',
          informal.introMessage({
            team: informalTeam,
            group: coffeeGroup,
            people: members
              .slice(0, 2)
              .map((m) => ({ member: m, position: null, timeZone: 'America/New_York', locale: l })),
            locales: [l],
            question: { kind: 'bank', id: 'customers_1' },
            askAt: new Date(0),
            now: new Date(0),
          }),
        ),
      ],
    },
    followupMessage: {
      build: (l) => [
        out(
          'message',
          'halfway, both languages',
          informal.followupMessage({ locales: [l, 'zh-CN'], groupId: coffeeGroup.id, stage: 'mid' }),
        ),
        out(
          'message',
          'near the end',
          informal.followupMessage({ locales: [l], groupId: coffeeGroup.id, stage: 'last' }),
        ),
      ],
    },
    answeredMessage: {
      build: (l) =>
        (['met', 'not_yet', 'cant'] as const).map((outcome) =>
          out('response', outcome, {
            replace_original: true,
            ...informal.answeredMessage({ locales: [l, 'en'], groupId: coffeeGroup.id, by: someone, outcome }),
          }),
        ),
    },
    pauseAskMessage: {
      build: (l) => [out('message', 'pause?', informal.pauseAskMessage(l, informalTeam, someone.id))],
    },
    leftOutMessage: {
      build: (l) => [
        out('message', 'left out, next round known', informal.leftOutMessage(l, informalTeam, new Date(0))),
        out('message', 'left out, no next round', informal.leftOutMessage(l, informalTeam, null)),
      ],
    },
    channelProblemMessage: {
      build: (l) =>
        (['not_in_channel', 'channel_not_found', 'is_archived'] as const).map((problem) =>
          out('message', problem, informal.channelProblemMessage(l, 'C0INFORMAL', problem)),
        ),
    },
    icebreakerMessage: {
      build: (l) => [
        out(
          'message',
          'a team question in both languages',
          informal.icebreakerMessage({
            team: informalTeam,
            locales: [l, 'zh-CN'],
            question: { kind: 'custom', id: 'c' },
            custom: hostile(300),
          }),
        ),
      ],
    },
    settingsText: {
      build: (l) => [
        withText(informal.settingsText(l, informalTeam)),
        withText(
          informal.settingsText(l, {
            ...informalTeam,
            coffeeEnabled: false,
            icebreakerEnabled: false,
            informalChannelId: null,
          }),
        ),
      ],
    },
    statusText: { build: (l) => [withText(informal.statusText(l, informalTeam, coffeeStatus, new Date(0)))] },
    homeCoffeeBlocks: {
      build: (l) => [
        out('home', 'coffee on the home', {
          type: 'home',
          blocks: informal.homeCoffeeBlocks(l, informalTeam, coffeeStatus, new Date(0)),
        }),
      ],
    },
  },
  digest: {
    homeLeaderBlocks: {
      build: (l) => {
        const signals = computeSignals(
          emptyFacts(200),
          weekWindow('2026-W49', 'Asia/Shanghai'),
          new Date('2026-12-07T00:30:00Z'),
          5,
        );
        const last = {
          id: 's',
          teamId: 't',
          week: '2026-W49',
          version: 1,
          signals,
          suggestions: [],
          builtAt: new Date(0),
        };
        const home = { team: digestTeam, signals, last, earlier: 12 };
        return [
          out('home', 'a leader with twelve earlier digests', {
            type: 'home',
            blocks: digest.homeLeaderBlocks(l, home, { pulse: new Date(0), coffee: null }),
          }),
          out('home', 'a leader before the first digest', {
            type: 'home',
            blocks: digest.homeLeaderBlocks(l, { ...home, last: null, earlier: 0 }, { pulse: null, coffee: null }),
          }),
        ];
      },
    },
    historyModal: {
      build: (l) => {
        const window = weekWindow('2026-W49', 'Asia/Shanghai');
        const signals = computeSignals(emptyFacts(20), window, new Date('2026-12-07T00:30:00Z'), 5);
        const earlier = Array.from({ length: 12 }, (_, i) => ({
          id: `s${i}`,
          teamId: 't',
          week: `2026-W${String(48 - i).padStart(2, '0')}`,
          version: 1,
          signals,
          suggestions: suggest(signals, window),
          builtAt: new Date(0),
        }));
        return [out('modal', 'twelve earlier digests', digest.historyModal(l, digestTeam, earlier))];
      },
    },
    thanksModal: {
      build: (l) => [
        out(
          'modal',
          'twenty values, ten to thank',
          digest.thanksModal(l, { teamId: 'cteam', values, recipients: members.slice(0, 40) }),
        ),
        out(
          'modal',
          'nobody to thank',
          digest.thanksModal(l, { teamId: 'cteam', values: values.slice(0, 1), recipients: [] }),
        ),
      ],
    },
    blockerAskMessage: {
      build: (l) => [
        out(
          'message',
          'a hostile blocker',
          digest.blockerAskMessage(l, { displayName: hostile(300) }, { text: hostile(3000) }),
        ),
      ],
    },
    digestMessage: {
      build: (l) => {
        const window = weekWindow('2026-W49', 'Asia/Shanghai');
        const at = new Date('2026-12-07T00:30:00Z');
        // 200 people, every one silent with a long name, a hostile blocker each, and stale goals.
        const facts = emptyFacts(200);
        const crowded = {
          ...facts,
          members: facts.members.map((m) => ({ ...m, displayName: hostile(300), lastVoiceAt: null })),
          blockers: facts.members.map((m, i) => ({
            id: `b${i}`,
            memberId: m.id,
            text: hostile(3000),
            raisedAt: new Date('2026-11-20T00:00:00Z'),
            helpedAt: null,
          })),
          goals: Array.from({ length: 30 }, (_, i) => ({
            id: `g${i}`,
            title: hostile(300),
            startDate: '2026-11-01',
            endDate: '2026-12-31',
            channelId: 'C1',
            headTs: '1.1',
            createdAt: new Date('2026-11-01T00:00:00Z'),
            lastActivityAt: new Date('2026-11-01T00:00:00Z'),
            keyResults: Array.from({ length: 5 }, (_, k) => ({
              id: `k${i}-${k}`,
              title: hostile(300),
              target: 10,
              ownerId: `m${k + 1}`,
              updates: [],
            })),
          })),
        };
        const signals = computeSignals(crowded, window, at, 5);
        const snapshot = {
          id: 's',
          teamId: 't',
          week: '2026-W49',
          version: 1,
          signals,
          suggestions: suggest(signals, window),
          builtAt: at,
        };
        const quiet = computeSignals(emptyFacts(3), window, at, 5);
        return [
          out(
            'message',
            'a crowded week, with its chart and a goal link',
            digest.digestMessage(
              l,
              digestTeam,
              snapshot,
              { fileId: 'F0CHART1' },
              { 'C1:1.1': 'https://test.slack.com/archives/C1/p11' },
            ),
          ),
          out(
            'message',
            'a crowded week whose chart failed',
            digest.digestMessage(l, digestTeam, snapshot, { failed: true }),
          ),
          out(
            'message',
            'a quiet week so far',
            digest.digestMessage(l, digestTeam, {
              ...snapshot,
              signals: { ...quiet, complete: false },
              suggestions: [],
            }),
          ),
        ];
      },
    },
  },
  notice: {
    noticeModal: { build: (l) => [out('modal', 'notice', notice.noticeModal(l, hostile(3000)))] },
  },
  home: {
    homeView: {
      build: (l) => [
        out('home', 'no team', home.homeView(l, [])),
        out(
          'home',
          '60 teams with goals',
          home.homeView(
            l,
            Array.from({ length: 60 }, (_, i) => ({
              team: { ...team, id: `cteam${i}` },
              member: i % 2 ? leader : someone,
              localDate: '2026-12-01',
              state: (['open', 'done', 'skipped', 'none'] as const)[i % 4]!,
              goals: { goals: Array.from({ length: 20 }, () => ({ goal: goal(), percent: 55 })), mine: progressItems },
            })),
          ),
        ),
        out(
          'home',
          '60 teams, led, with every part',
          home.homeView(
            l,
            Array.from({ length: 60 }, (_, i) => ({
              team: { ...team, id: `cteam${i}` },
              member: leader,
              localDate: '2026-12-01',
              state: 'open' as const,
              leader: { home: leaderHomeOf(), nextPulse: new Date(0), nextCoffee: null },
              kudos: values.map((value, k) => ({ value, valueKey: value.key, count: k + 1 })),
              positions,
              scorecard: { period: '2026-11', card: cards[1]! },
            })),
          ),
        ),
      ],
    },
  },
  limits: {
    capBlocks: {
      build: () => [
        out(
          'message',
          '200 sections capped',
          asMessage(
            limits.capBlocks(
              Array.from({ length: 200 }, () => limits.section(hostile(5000))),
              limits.LIMITS.messageBlocks,
              (n) => `…${n}`,
            ),
          ),
        ),
      ],
    },
    section: { build: () => [out('message', 'a 9000-character section', asMessage([limits.section(hostile(9000))]))] },
    linesToSections: { build: () => [out('message', '400 lines', asMessage(limits.linesToSections(lines(40, 290))))] },
    textSize: { helper: 'a measure of blocks' },
    withinBudget: { helper: 'a choice of blocks; checked through goalHead and reviewMessage' },
    plain: {
      build: () => [
        out('message', 'a cut label', asMessage([{ type: 'header', text: limits.plain(hostile(400), 150) }])),
      ],
    },
  },
  pulse: {
    closingDate: { helper: 'a date inside texts' },
    heldNoticeMessage: {
      build: (l) => [
        out(
          'message',
          'held, with the next try',
          pulse.heldNoticeMessage(l, pulseTeam, {
            due: new Date('2026-12-04T01:00:00Z'),
            next: new Date('2026-12-11T01:00:00Z'),
            asked: 4,
            needed: 5,
          }),
        ),
        out(
          'message',
          'held, no next try',
          pulse.heldNoticeMessage(l, pulseTeam, {
            due: new Date('2026-12-04T01:00:00Z'),
            next: null,
            asked: 0,
            needed: 5,
          }),
        ),
      ],
    },
    inviteMessage: { build: (l) => [out('message', 'invite', pulse.inviteMessage(l, pulseTeam, round))] },
    closedInviteMessage: { build: (l) => [out('message', 'closed invite', pulse.closedInviteMessage(l, pulseTeam))] },
    pulseModal: {
      build: (l) => [
        out(
          'modal',
          'every question of the bank',
          pulse.pulseModal(l, { team: pulseTeam, round, questions: PULSE_BANK }),
        ),
      ],
    },
    thanksView: { build: (l) => [out('modal', 'thanks', pulse.thanksView(l))] },
    resultsMessage: {
      build: (l) => [
        out('message', '54 rounds and 200 comments', pulse.resultsMessage(l, pulseTeam, pulseResults)),
        out(
          'message',
          'nothing yet',
          pulse.resultsMessage(l, pulseTeam, {
            ...pulseResults,
            rounds: [],
            traits: [],
            overall: [],
            comments: [],
            commentsPeriod: null,
          }),
        ),
      ],
    },
  },
  recognition: {
    joinList: { helper: 'a list inside texts' },
    homeKudosBlocks: {
      build: (l) => [
        out('home', 'kudos by 20 values', {
          type: 'home',
          blocks: recognition.homeKudosBlocks(
            l,
            values.map((value, i) => ({ value, valueKey: value.key, count: i + 1 })),
          ),
        }),
        out('home', 'no kudos, an old value', {
          type: 'home',
          blocks: [
            ...recognition.homeKudosBlocks(l, []),
            ...recognition.homeKudosBlocks(l, [{ value: null, valueKey: 'gone', count: 2 }]),
          ],
        }),
      ],
    },
    kudosPost: {
      build: (l) => [
        out('message', 'command', recognition.kudosPost(l, kudos('command'))),
        out('message', 'reaction', recognition.kudosPost(l, { ...kudos('reaction'), message: '' })),
      ],
    },
    kudosDm: {
      build: (l) => [
        out('message', 'command', recognition.kudosDm(l, team, kudos('command'), members[1]!.slackUserId, 'C1')),
        out(
          'message',
          'reaction',
          recognition.kudosDm(l, team, { ...kudos('reaction'), message: '' }, members[1]!.slackUserId, null),
        ),
      ],
    },
    capNotice: { build: (l) => [out('message', 'cap', recognition.capNotice(l, capStatus, settings.kudosEmoji))] },
    valueLines: { helper: 'lines inside valuesText' },
    valuesText: { build: (l) => [withText(recognition.valuesText(l, team, values, settings))] },
    helpText: { build: (l) => [withText(recognition.helpText(l, values, settings, capStatus))] },
    leaderboardText: {
      build: (l) => [
        withText(
          recognition.leaderboardText(
            l,
            team,
            members.map((m, i) => ({ slackUserId: m.slackUserId, count: 100_000 - i })),
          ),
        ),
        withText(recognition.leaderboardText(l, team, [])),
      ],
    },
  },
  roles: {
    encodeRoleRef: { helper: 'private_metadata; checked inside positionModal' },
    homeRoleBlocks: {
      build: (l) => [
        out('home', 'forty positions held', { type: 'home', blocks: roles.homeRoleBlocks(l, positions) }),
        out('home', 'none held', { type: 'home', blocks: roles.homeRoleBlocks(l, []) }),
      ],
    },
    cardBlocks: {
      build: (l) => [
        out(
          'message',
          'one full card, editable',
          asMessage(roles.cardBlocks(l, positions[0]!, { editable: true, others: positions })),
        ),
      ],
    },
    sameAsOptions: {
      build: () => [
        out(
          'message',
          'every pairing in a select',
          asMessage([
            {
              type: 'actions',
              elements: [
                { type: 'static_select', action_id: 's', options: roles.sameAsOptions(positions[0]!, positions) },
              ],
            },
          ]),
        ),
      ],
    },
    cardsMessage: {
      build: (l) => [
        out('message', '40 full cards', roles.cardsMessage(l, positions, { editable: true, others: positions })),
        out(
          'message',
          'empty card',
          roles.cardsMessage(
            l,
            [
              {
                ...positions[0]!,
                purpose: '',
                authority: '',
                guidelines: '',
                duties: [],
                handoffsIn: [],
                handoffsOut: [],
                holders: [],
              },
            ],
            { editable: false },
          ),
        ),
      ],
    },
    listMessage: {
      build: (l) => [
        out('message', '40 positions', roles.listMessage(l, team, positions)),
        out('message', 'none', roles.listMessage(l, team, [])),
      ],
    },
    positionModal: {
      build: (l) => [
        out('modal', 'new', roles.positionModal(l, { team, position: null, positions: [] })),
        out('modal', 'edit a full card among 40', roles.positionModal(l, { team, position: positions[0]!, positions })),
      ],
    },
    savedModal: {
      build: (l) => [
        out('modal', 'saved', roles.savedModal(l, positions[0]!, true)),
        out('modal', 'updated', roles.savedModal(l, positions[1]!, false)),
      ],
    },
    problemText: { helper: 'a modal error; checked through problemErrors' },
    problemErrors: {
      build: (l) => [
        out('errors', 'every problem', {
          response_action: 'errors',
          errors: roles.problemErrors(l, [
            { field: 'title', problem: 'required' },
            { field: 'title', problem: 'title_taken' },
            { field: 'purpose', problem: 'too_long', max: 1000, length: 3000 },
            ...Array.from({ length: 30 }, (_, i) => ({
              field: 'duties' as const,
              problem: 'line_too_long' as const,
              line: i,
              max: 200,
              length: 3000,
            })),
            { field: 'duties', problem: 'too_many', max: 30, count: 300 },
            ...Array.from({ length: 20 }, (_, i) => ({
              field: 'handoffs' as const,
              problem: 'handoff_unknown' as const,
              line: i,
              title: hostile(300),
              available: positions.map((p) => p.title),
            })),
            { field: 'handoffs', problem: 'handoff_format', line: 3 },
            { field: 'handoffs', problem: 'handoff_self', line: 4 },
            { field: 'holders', problem: 'holder_not_member', slackUserIds: members.map((m) => m.slackUserId) },
          ]),
        }),
      ],
    },
    findingsMessage: {
      build: (l) => [
        out(
          'message',
          'every kind of finding, many of each',
          roles.findingsMessage(l, { team, findings, positions }, hostile(3000)),
        ),
        out('message', 'nothing found', roles.findingsMessage(l, { team, findings: [], positions })),
      ],
    },
  },
  scorecards: {
    problemText: { helper: 'a problem inside texts' },
    modalErrorText: {
      build: (l) => [
        out('errors', 'many problems', {
          response_action: 'errors',
          errors: { metrics: scorecards.modalErrorText(l, problems(200)) },
        }),
      ],
    },
    homeScorecardBlocks: {
      build: (l) => [
        out('home', 'a card', { type: 'home', blocks: scorecards.homeScorecardBlocks(l, '2026-11', cards[1]!) }),
        out('home', 'no card', { type: 'home', blocks: scorecards.homeScorecardBlocks(l, '2026-Q4', null) }),
      ],
    },
    memberCardMessage: {
      build: (l) => [
        out(
          'message',
          'card of 20 metrics',
          scorecards.memberCardMessage(l, { period: '2026-11', template: template(99) }, cards[1]!),
        ),
      ],
    },
    teamMessage: {
      build: (l) => [
        out(
          'message',
          '200 members',
          scorecards.teamMessage(l, {
            team,
            period: '2026-11',
            current: '2026-11',
            template: template(99),
            cards,
            summary: teamScore(cards.map((c) => c.score)),
          }),
        ),
        out(
          'message',
          'no members',
          scorecards.teamMessage(l, {
            team,
            period: '2026-11',
            current: '2026-11',
            template: template(99),
            cards: [],
            summary: teamScore([]),
          }),
        ),
      ],
    },
    historyMessage: {
      build: (l) => [
        out(
          'message',
          '60 versions',
          scorecards.historyMessage(l, {
            team,
            current: '2026-11',
            versions,
            inEffect: versions[58]!,
            pending: versions[59]!,
            authors: new Map([[leader.id, leader.slackUserId]]),
          }),
        ),
      ],
    },
    parseTemplateRef: { helper: 'reads private_metadata back' },
    parseEnterRef: { helper: 'reads private_metadata back' },
    fittedText: { helper: 'the template box text; checked inside templateModal' },
    templateModal: {
      build: (l) => {
        const editor = {
          team,
          locale: l,
          base: template(2),
          pending: true,
          effectiveFrom: '2026-12',
          current: '2026-11',
          inEffect: template(1),
          keyResults: Array.from({ length: KEY_RESULTS }, (_, i) => ({
            id: keyResult(i).id,
            title: hostile(GOAL_LIMITS.krTitle),
          })),
        };
        return [
          out(
            'modal',
            'text that fits',
            scorecards.templateModal(l, { ...editor, text: hostile(TEMPLATE_LIMITS.text) }),
          ),
          out(
            'modal',
            'text that does not fit',
            scorecards.templateModal(l, { ...editor, text: lines(60, 200).join('\n') }),
          ),
          out(
            'modal',
            'no key results',
            scorecards.templateModal(l, { ...editor, pending: false, keyResults: [], text: '' }),
          ),
        ];
      },
    },
    doneModal: {
      build: (l) => [out('modal', 'done', scorecards.doneModal(l, 'scorecard.template.modal.title', hostile(3000)))],
    },
    enterModal: {
      build: (l) => [
        out(
          'modal',
          '20 metrics',
          scorecards.enterModal(l, {
            team,
            member: someone,
            period: '2026-11',
            template: template(3),
            card: cards[1]!.score,
          }),
        ),
        out(
          'modal',
          'nothing to type',
          scorecards.enterModal(l, {
            team,
            member: someone,
            period: '2026-11',
            template: template(3),
            card: scoreCard(
              metrics.filter((m) => m.source !== 'manual'),
              () => null,
            ),
          }),
        ),
      ],
    },
    csvReportMessage: {
      build: (l) =>
        [
          {
            kind: 'applied' as const,
            fileName: hostile(255),
            count: 5000,
            members: 200,
            periods: Array.from({ length: 100 }, (_, i) => `20${String(i).padStart(2, '0')}-Q1`),
            team: hostile(NAME),
          },
          {
            kind: 'rejected' as const,
            fileName: hostile(255),
            problems: problems(CSV_LIMITS.rows),
            team: hostile(NAME),
          },
          { kind: 'not_csv' as const, fileName: hostile(255) },
          { kind: 'too_large' as const, fileName: hostile(255), maxKb: 512 },
          { kind: 'team_rejected' as const, fileName: hostile(255), problems: problems(500) },
          { kind: 'in_channel' as const, fileName: hostile(255) },
          { kind: 'not_leader' as const },
          { kind: 'several_teams' as const, teams: Array.from({ length: 100 }, () => hostile(NAME)) },
        ].map((report) => out('message', report.kind, scorecards.csvReportMessage(l, report))),
    },
    teamName: { helper: 'a name inside texts' },
  },
};

const MODULES: Record<string, Record<string, unknown>> = {
  checkin,
  dates,
  digest,
  feedback,
  goals,
  home,
  informal,
  limits,
  notice,
  pulse,
  recognition,
  roles,
  scorecards,
};
const SCHEMAS: Record<Surface, z.ZodType> = {
  message: schema.message,
  response: schema.responseUrlMessage,
  modal: schema.modalView,
  home: schema.homeView,
  errors: schema.viewSubmissionAck,
};

const problemsOf = (surface: Surface, value: unknown): string[] => {
  const parsed = SCHEMAS[surface].safeParse(value);
  return parsed.success ? [] : schema.slackProblems(parsed.error);
};

describe('every Block Kit builder against Slack’s limits', () => {
  it('when a module is added to src/slack/blocks, then this test covers it', () => {
    const folder = fileURLToPath(new URL('../../src/slack/blocks/', import.meta.url));
    const files = readdirSync(folder)
      .filter((f) => f.endsWith('.ts') && f !== 'schema.ts')
      .map((f) => f.replace(/\.ts$/, ''));
    expect(files.sort()).toEqual(Object.keys(MODULES).sort());
  });

  it('when a function is exported from a builder module, then it is listed as a builder with worst-case inputs or as a helper', () => {
    for (const [name, module] of Object.entries(MODULES)) {
      const functions = Object.entries(module)
        .filter(([, value]) => typeof value === 'function')
        .map(([key]) => key)
        .sort();
      expect({ module: name, functions }).toEqual({
        module: name,
        functions: Object.keys(COVERAGE[name] ?? {}).sort(),
      });
    }
  });

  const builders = Object.entries(COVERAGE).flatMap(([module, entries]) =>
    Object.entries(entries).flatMap(([name, coverage]) =>
      'build' in coverage ? [{ module, name, build: coverage.build }] : [],
    ),
  );

  for (const { module, name, build } of builders) {
    for (const locale of LOCALES) {
      it(`when ${module}.${name} is built in ${locale} from the longest hostile inputs, then Slack would accept every output`, () => {
        const outputs = build(locale);
        expect(outputs.length).toBeGreaterThan(0);
        for (const output of outputs) {
          expect({ output: output.label, problems: problemsOf(output.surface, output.value) }).toEqual({
            output: output.label,
            problems: [],
          });
        }
      });
    }
  }

  it('when a person is in 120 teams, then the feedback form keeps all its inputs and names only the teams it offers', () => {
    const modal = feedback.feedbackModal('en', {
      choices: Array.from({ length: 120 }, (_, i) => choice(i)),
      minGroup: 5,
      now: new Date(0),
    });
    const inputs = modal.blocks.filter((b) => b.type === 'input').map((b) => b.block_id);
    expect(inputs).toEqual(Object.values(feedback.FeedbackIds.blocks));
    const offered = (JSON.parse(modal.private_metadata ?? '') as { t: string[] }).t;
    expect(offered).toHaveLength(100);
    expect(offered).toEqual(Array.from({ length: 100 }, (_, i) => choice(i).team.id));
  });

  it('when the schemas meet one broken output, then they name its path, so the checks above can fail', () => {
    const broken = { ...checkin.promptMessage('en', team, '2026-12-01', 'p'), text: '' };
    expect(problemsOf('message', broken)).toEqual(['must provide a text fallback with blocks [json-pointer:/text]']);
    const modal = { ...pulse.thanksView('zh-CN'), title: { type: 'plain_text', text: hostile(25) } };
    expect(problemsOf('modal', modal)).toEqual(['must be less than 25 characters [json-pointer:/title/text]']);
  });
});
