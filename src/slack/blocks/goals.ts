import type { KnownBlock, PlainTextOption, View } from '@slack/types';
import type {
  Goal,
  GoalSnapshot,
  KeyResult,
  KeyResultProgress,
  KeyResultUpdate,
  PeriodKind,
} from '../../domain/goals/model.ts';
import { PERIOD_KINDS } from '../../domain/goals/model.ts';
import type { GoalReview, ProposalState } from '../../domain/goals/ports.ts';
import {
  achieved,
  formatNumber,
  GOAL_LIMITS,
  goalPercent,
  meanConfidence,
  percentOf,
  TREND_ARROW,
  trendOf,
  type FieldProblem,
} from '../../domain/goals/rules.ts';
import type { ProgressEntries, ProgressField, ProgressProblem } from '../../domain/goals/service.ts';
import { readModalInputs } from '../modal-state.ts';
import type { Member, Team } from '../../domain/teams/model.ts';
import { t, type Locale } from '../../i18n/index.ts';
import { inert } from '../../shared/text.ts';
import type { SlackMessage } from './checkin.ts';
import { formatDate } from './dates.ts';
import { capBlocks, LIMITS, linesToSections, plain, section, withinBudget } from './limits.ts';

/** Goal ids: the command, buttons and modals of this capability (kept here, beside their builders). */
export const GOAL_COMMAND = '/goal';

export const GoalActions = {
  /** App Home: open the new-goal form for a team (value: team id). */
  newOpen: 'goal_new_open',
  /** Goal head: propose a key result (value: goal id). */
  propose: 'goal_kr_propose',
  /** Goal head and App Home: open my progress form (value: goal id or team id). */
  updateOpen: 'goal_update_open',
  accept: 'goal_kr_accept',
  change: 'goal_kr_change',
  decline: 'goal_kr_decline',
  /** Proposer's DM and the thread: revise a proposal sent back (value: key result id). */
  revise: 'goal_kr_revise',
  /** The review: set the next period's goal together (value: the closed goal's id). */
  next: 'goal_next',
} as const;

export const GoalViews = {
  create: 'goal_create',
  propose: 'goal_kr_submit',
  change: 'goal_kr_change_submit',
  update: 'goal_update_submit',
} as const;

/** Every modal input's action id (block ids name the field). */
export const GOAL_INPUT = 'input';

/**
 * Block ids of the progress inputs, in /goal update and in the check-in: `kr_<id>` (value),
 * `kr_<id>_confidence` and `kr_<id>_note`. Key result ids are cuids (letters and digits).
 */
const PROGRESS_BLOCK = /^kr_([A-Za-z0-9]{1,64})(_confidence|_note)?$/;
const PROGRESS_SUFFIX: Record<ProgressField, string> = { value: '', confidence: '_confidence', note: '_note' };

/** The block id of one progress field of a key result. */
export const progressBlockId = (keyResultId: string, field: ProgressField): string =>
  `kr_${keyResultId}${PROGRESS_SUFFIX[field]}`;

/** The `kr_…` blocks of a submitted form (any other block is ignored) as raw entries per key result. */
export function progressFromState(values: unknown): ProgressEntries {
  const entries: ProgressEntries = {};
  for (const [blockId, input] of Object.entries(readModalInputs(values))) {
    const match = PROGRESS_BLOCK.exec(blockId);
    if (!match?.[1]) continue;
    const field: ProgressField = match[2] === '_confidence' ? 'confidence' : match[2] === '_note' ? 'note' : 'value';
    entries[match[1]] = { ...entries[match[1]], [field]: input.text };
  }
  return entries;
}

/** Key results shown at most: in the head message, the progress modal and the check-in. */
export const MAX_HEAD_KEY_RESULTS = 40;
/** Text left for key results in a head or review, so the whole message stays under Slack's ~12,000 characters. */
const KEY_RESULTS_TEXT_BUDGET = 9000;
export const MAX_UPDATE_KEY_RESULTS = 20;
export const MAX_CHECKIN_KEY_RESULTS = 10;

type Person = { slackUserId: string; displayName: string };

const who = (person: Person | null | undefined) => (person ? inert(person.displayName || person.slackUserId, 80) : '—');
const userText = (text: string, max = 2800) => inert(text, max);

export function periodText(locale: Locale, goal: Pick<Goal, 'periodKind' | 'startDate' | 'endDate'>): string {
  const kind = (PERIOD_KINDS as readonly string[]).includes(goal.periodKind)
    ? (goal.periodKind as PeriodKind)
    : 'custom';
  return t(locale, 'goal.period.range', {
    kind: t(locale, `goal.period.${kind}`),
    start: formatDate(goal.startDate, locale),
    end: formatDate(goal.endDate, locale),
  });
}

/** "30 / 100 shops (30%) ↑ · confidence 7/10 ↓", or "no update yet". */
export function progressLine(
  locale: Locale,
  keyResult: Pick<KeyResult, 'target' | 'unit'>,
  latest: KeyResultUpdate | null,
  previous: KeyResultUpdate | null,
): string {
  if (!latest)
    return t(locale, 'goal.progress.none', {
      target: formatNumber(keyResult.target),
      unit: userText(keyResult.unit, 60),
    });
  const trend = trendOf(latest, previous);
  const confidenceTrend = previous
    ? latest.confidence > previous.confidence
      ? 'up'
      : latest.confidence < previous.confidence
        ? 'down'
        : 'flat'
    : null;
  return t(locale, 'goal.progress.line', {
    value: formatNumber(latest.value),
    target: formatNumber(keyResult.target),
    unit: userText(keyResult.unit, 60),
    percent: percentOf(latest.value, keyResult.target),
    trend: trend ? ` ${TREND_ARROW[trend]}` : '',
    confidence: latest.confidence,
    confidenceTrend: confidenceTrend ? ` ${TREND_ARROW[confidenceTrend]}` : '',
  });
}

function keyResultBlock(locale: Locale, item: KeyResultProgress, people: GoalSnapshot['people']): KnownBlock {
  const { keyResult, latest, previous } = item;
  const owner = who(people.get(keyResult.ownerId ?? keyResult.proposerId));
  const due = keyResult.dueDate
    ? ` · ${t(locale, 'goal.kr.due', { date: formatDate(keyResult.dueDate, locale) })}`
    : '';
  const note = latest?.note ? `\n_${userText(latest.note, 300)}_` : '';
  return section(
    `• *${userText(keyResult.title, 300)}* — ${owner}${due}\n${progressLine(locale, keyResult, latest, previous)}${note}`,
  );
}

/**
 * The goal thread's head: the goal, why it matters, its key results with owners, progress
 * and confidence (with the trend against the previous update), and the buttons. Kept
 * current with chat.update; written in the team's language.
 */
export function goalHead(locale: Locale, snapshot: GoalSnapshot): SlackMessage {
  const { goal, keyResults, people, pending } = snapshot;
  const closed = goal.status === 'closed';
  const title = t(locale, closed ? 'goal.head.title_closed' : 'goal.head.title', { title: userText(goal.title, 300) });
  const blocks: KnownBlock[] = [
    section(title),
    section(`*${t(locale, 'goal.head.why')}*\n${userText(goal.why)}`),
    section(
      `*${t(locale, 'goal.head.measure')}*\n${userText(goal.measure, 1000)}\n*${t(locale, 'goal.head.period')}* ${periodText(locale, goal)}`,
    ),
    { type: 'divider' },
  ];
  if (keyResults.length === 0) {
    blocks.push(section(t(locale, closed ? 'goal.head.no_krs_closed' : 'goal.head.no_krs')));
  } else {
    blocks.push(section(t(locale, 'goal.head.krs', { count: keyResults.length })));
    // At most MAX_HEAD_KEY_RESULTS, and no more than leaves the whole head within Slack's size.
    const candidates = keyResults.slice(0, MAX_HEAD_KEY_RESULTS).map((item) => keyResultBlock(locale, item, people));
    const { kept } = withinBudget(candidates, KEY_RESULTS_TEXT_BUDGET);
    blocks.push(...kept);
    if (keyResults.length > kept.length)
      blocks.push({
        type: 'context',
        elements: [{ type: 'mrkdwn', text: t(locale, 'goal.more', { count: keyResults.length - kept.length }) }],
      });
  }
  const percent = goalPercent(keyResults.map((k) => ({ value: k.latest?.value ?? null, target: k.keyResult.target })));
  const confidence = meanConfidence(keyResults.flatMap((k) => (k.latest ? [k.latest.confidence] : [])));
  const facts = [
    percent !== null ? t(locale, 'goal.head.overall', { percent }) : '',
    confidence !== null ? t(locale, 'goal.head.confidence', { confidence }) : '',
    pending > 0 && !closed ? t(locale, 'goal.head.pending', { count: pending }) : '',
    t(locale, 'goal.head.opened_by', { name: who(people.get(goal.createdById)) }),
    closed ? t(locale, 'goal.head.closed', { date: formatDate(goal.endDate, locale) }) : '',
  ].filter(Boolean);
  blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: facts.join(' · '), verbatim: true }] });
  if (!closed) {
    blocks.push({
      type: 'actions',
      elements: [
        {
          type: 'button',
          style: 'primary',
          action_id: GoalActions.propose,
          value: goal.id,
          text: plain(t(locale, 'goal.button.propose'), LIMITS.buttonText),
        },
        {
          type: 'button',
          action_id: GoalActions.updateOpen,
          value: goal.id,
          text: plain(t(locale, 'goal.button.update'), LIMITS.buttonText),
        },
      ],
    });
  }
  const text = `${title} — ${userText(goal.why, 500)}`;
  return { text, blocks: capBlocks(blocks, LIMITS.messageBlocks, (n) => t(locale, 'goal.more', { count: n })) };
}

function proposalBody(locale: Locale, keyResult: KeyResult, proposer: Member, owner: Member | null): string {
  const due = keyResult.dueDate
    ? ` · ${t(locale, 'goal.kr.due', { date: formatDate(keyResult.dueDate, locale) })}`
    : '';
  const target = t(locale, 'goal.kr.target', {
    target: formatNumber(keyResult.target),
    unit: userText(keyResult.unit, 60),
  });
  const ownerText = owner && owner.id !== proposer.id ? ` · ${t(locale, 'goal.kr.owner', { name: who(owner) })}` : '';
  return `>*${userText(keyResult.title, 300)}*\n>${target}${due}${ownerText}`;
}

/** A key result proposal in the goal's thread, with the leader's buttons while it waits. */
export function proposalMessage(
  locale: Locale,
  keyResult: KeyResult,
  proposer: Member,
  owner: Member | null,
  state: ProposalState,
): SlackMessage {
  if (state.kind === 'superseded') {
    // The earlier text is not kept: showing the revised numbers here would misquote what was discussed.
    const text = `${t(locale, 'goal.proposal.earlier', { name: who(proposer) })} ${t(locale, 'goal.proposal.superseded')}`;
    return { text, blocks: [section(text)] };
  }
  const head = t(
    locale,
    keyResult.reviewComment && state.kind === 'open' ? 'goal.proposal.revised' : 'goal.proposal.head',
    { name: who(proposer) },
  );
  const body = proposalBody(locale, keyResult, proposer, owner);
  const blocks: KnownBlock[] = [section(`${head}\n${body}`)];
  let status = '';
  switch (state.kind) {
    case 'open':
      blocks.push(
        { type: 'context', elements: [{ type: 'mrkdwn', text: t(locale, 'goal.proposal.discuss') }] },
        {
          type: 'actions',
          elements: [
            {
              type: 'button',
              style: 'primary',
              action_id: GoalActions.accept,
              value: keyResult.id,
              text: plain(t(locale, 'goal.button.accept'), LIMITS.buttonText),
            },
            {
              type: 'button',
              action_id: GoalActions.change,
              value: keyResult.id,
              text: plain(t(locale, 'goal.button.change'), LIMITS.buttonText),
            },
            {
              type: 'button',
              style: 'danger',
              action_id: GoalActions.decline,
              value: keyResult.id,
              text: plain(t(locale, 'goal.button.decline'), LIMITS.buttonText),
              confirm: {
                title: plain(t(locale, 'goal.decline.confirm_title'), 100),
                text: plain(t(locale, 'goal.decline.confirm_text'), 300),
                confirm: plain(t(locale, 'goal.button.decline'), 30),
                deny: plain(t(locale, 'common.cancel'), 30),
              },
            },
          ],
        },
      );
      break;
    case 'accepted':
      status = t(locale, 'goal.proposal.accepted', { leader: who(state.by), owner: who(state.owner) });
      break;
    case 'changes_requested':
      status = `${t(locale, 'goal.proposal.changes', { leader: who(state.by) })}\n>${userText(state.comment, 1500).replace(/\n/g, '\n>')}`;
      break;
    case 'declined':
      status = t(locale, 'goal.proposal.declined', { leader: who(state.by) });
      break;
    case 'goal_closed':
      status = t(locale, 'goal.proposal.goal_closed');
      break;
  }
  if (status) blocks.push(section(status));
  if (state.kind === 'changes_requested') {
    blocks.push({
      type: 'actions',
      elements: [
        {
          type: 'button',
          action_id: GoalActions.revise,
          value: keyResult.id,
          text: plain(t(locale, 'goal.button.revise'), LIMITS.buttonText),
        },
      ],
    });
  }
  return { text: [head, body, status].filter(Boolean).join('\n'), blocks };
}

/** The DM a proposer gets when a leader answers their proposal. */
export function proposerNotice(
  locale: Locale,
  goal: Goal,
  keyResult: KeyResult,
  outcome:
    | { kind: 'changes_requested'; by: Member; comment: string }
    | { kind: 'declined'; by: Member }
    | { kind: 'accepted'; by: Member },
): SlackMessage {
  // The leader is a Slack user id Slack gave us, not typed text: mentioning them in a DM is safe.
  const params = {
    leader: `<@${outcome.by.slackUserId}>`,
    kr: userText(keyResult.title, 300),
    goal: userText(goal.title, 300),
  };
  const text = t(locale, `goal.dm.${outcome.kind}`, params);
  const blocks: KnownBlock[] = [section(text)];
  if (outcome.kind === 'changes_requested') {
    blocks.push(section(`>${userText(outcome.comment, 1500).replace(/\n/g, '\n>')}`));
    blocks.push({
      type: 'actions',
      elements: [
        {
          type: 'button',
          style: 'primary',
          action_id: GoalActions.revise,
          value: keyResult.id,
          text: plain(t(locale, 'goal.button.revise'), LIMITS.buttonText),
        },
      ],
    });
  }
  return { text: outcome.kind === 'changes_requested' ? `${text}\n${userText(outcome.comment, 1500)}` : text, blocks };
}

function peopleLine(
  locale: Locale,
  people: Array<{ slackUserId: string; displayName: string; count: number }>,
): string {
  if (people.length === 0) return t(locale, 'goal.review.nobody');
  return people.map((p) => `${who(p)} (${p.count})`).join(t(locale, 'goal.list_separator'));
}

/** The period's review, posted in the goal's thread when it closes. */
export function reviewMessage(locale: Locale, review: GoalReview): SlackMessage {
  const { goal, keyResults, people } = review.snapshot;
  const done = keyResults.filter((k) => achieved(k.latest?.value ?? null, k.keyResult.target)).length;
  const percent =
    goalPercent(keyResults.map((k) => ({ value: k.latest?.value ?? null, target: k.keyResult.target }))) ?? 0;
  const head = t(locale, 'goal.review.head', { title: userText(goal.title, 300), period: periodText(locale, goal) });
  const summary = keyResults.length
    ? t(locale, 'goal.review.summary', { achieved: done, total: keyResults.length, percent })
    : t(locale, 'goal.review.no_krs');
  const blocks: KnownBlock[] = [section(`${head}\n${summary}`)];
  const lines = keyResults.slice(0, MAX_HEAD_KEY_RESULTS).map(({ keyResult, latest }) => {
    const met = achieved(latest?.value ?? null, keyResult.target);
    const value = latest ? formatNumber(latest.value) : '—';
    return t(locale, met ? 'goal.review.kr_achieved' : 'goal.review.kr_missed', {
      kr: userText(keyResult.title.replace(/\s+/g, ' '), 200),
      owner: who(people.get(keyResult.ownerId ?? keyResult.proposerId)),
      value,
      target: formatNumber(keyResult.target),
      unit: userText(keyResult.unit, 60),
    });
  });
  // Key results packed into sections of at most 3000 characters, the whole within Slack's size.
  const { kept } = withinBudget(linesToSections(lines), KEY_RESULTS_TEXT_BUDGET);
  blocks.push(...kept);
  // Each key result is one line (titles and units are escaped, so they hold no newline).
  const listed = kept.reduce(
    (sum, block) => sum + ((block as { text?: { text?: string } }).text?.text?.split('\n').length ?? 0),
    0,
  );
  if (keyResults.length > listed)
    blocks.push({
      type: 'context',
      elements: [{ type: 'mrkdwn', text: t(locale, 'goal.more', { count: keyResults.length - listed }) }],
    });
  const { proposers, commenters, updaters } = review.participation;
  blocks.push(
    section(
      [
        `*${t(locale, 'goal.review.participation')}*`,
        `${t(locale, 'goal.review.proposed')} ${peopleLine(locale, proposers)}`,
        `${t(locale, 'goal.review.commented')} ${peopleLine(locale, commenters)}`,
        `${t(locale, 'goal.review.updated')} ${peopleLine(locale, updaters)}`,
      ].join('\n'),
    ),
    section(t(locale, 'goal.review.next')),
    {
      type: 'actions',
      elements: [
        {
          type: 'button',
          style: 'primary',
          action_id: GoalActions.next,
          value: goal.id,
          text: plain(t(locale, 'goal.button.next'), LIMITS.buttonText),
        },
      ],
    },
  );
  return {
    text: `${head}\n${summary}`,
    blocks: capBlocks(blocks, LIMITS.messageBlocks, (n) => t(locale, 'goal.more', { count: n })),
  };
}

// ------------------------------------------------------------------------------------------
// Modals

const textInput = (
  blockId: string,
  label: string,
  max: number,
  options: {
    multiline?: boolean;
    optional?: boolean;
    initial?: string | null;
    placeholder?: string;
    hint?: string;
  } = {},
): KnownBlock => ({
  type: 'input',
  block_id: blockId,
  label: plain(label),
  optional: options.optional ?? false,
  ...(options.hint && { hint: plain(options.hint) }),
  element: {
    type: 'plain_text_input',
    action_id: GOAL_INPUT,
    max_length: max,
    multiline: options.multiline ?? false,
    ...(options.placeholder && { placeholder: plain(options.placeholder, 150) }),
    ...(options.initial && { initial_value: Array.from(options.initial).slice(0, max).join('') }),
  },
});

const dateInput = (blockId: string, label: string, initial: string | null, hint?: string): KnownBlock => ({
  type: 'input',
  block_id: blockId,
  label: plain(label),
  optional: true,
  ...(hint && { hint: plain(hint) }),
  element: { type: 'datepicker', action_id: GOAL_INPUT, ...(initial && { initial_date: initial }) },
});

export interface GoalFormPrefill {
  title?: string;
  why?: string;
  measure?: string;
  periodKind?: PeriodKind;
  startDate?: string | null;
  endDate?: string | null;
}

/** The team (and, when opened from a previous goal, that goal) a new-goal form belongs to. */
export const encodeGoalFormRef = (ref: { teamId: string }) => JSON.stringify({ t: ref.teamId });

/** `/goal new`: title, why it matters, period (week, month, quarter, custom dates), measure. */
export function newGoalModal(
  locale: Locale,
  input: { team: Team; prefill?: GoalFormPrefill; teamChoices?: Team[] },
): View {
  const prefill = input.prefill ?? {};
  const periodOptions: PlainTextOption[] = PERIOD_KINDS.map((kind) => ({
    text: plain(t(locale, `goal.period.${kind}`), 75),
    value: kind,
  }));
  const initialPeriod = periodOptions.find((o) => o.value === (prefill.periodKind ?? 'month'));
  const blocks: KnownBlock[] = [
    {
      type: 'context',
      elements: [
        {
          type: 'mrkdwn',
          text: t(locale, 'goal.modal.new.context', { team: inert(input.team.name, 80) }),
          verbatim: true,
        },
      ],
    },
  ];
  if (input.teamChoices && input.teamChoices.length > 1) {
    const options: PlainTextOption[] = input.teamChoices
      .slice(0, 100)
      .map((team) => ({ text: plain(team.name, 75), value: team.id }));
    blocks.push({
      type: 'input',
      block_id: 'team',
      label: plain(t(locale, 'goal.modal.team')),
      element: {
        type: 'static_select',
        action_id: GOAL_INPUT,
        options,
        initial_option: options.find((o) => o.value === input.team.id) ?? options[0]!,
      },
    });
  }
  blocks.push(
    textInput('title', t(locale, 'goal.modal.title_label'), GOAL_LIMITS.title, {
      initial: prefill.title ?? null,
      placeholder: t(locale, 'goal.modal.title_placeholder'),
    }),
    textInput('why', t(locale, 'goal.modal.why_label'), GOAL_LIMITS.why, {
      multiline: true,
      initial: prefill.why ?? null,
      placeholder: t(locale, 'goal.modal.why_placeholder'),
    }),
    textInput('measure', t(locale, 'goal.modal.measure_label'), GOAL_LIMITS.measure, {
      multiline: true,
      initial: prefill.measure ?? null,
      placeholder: t(locale, 'goal.modal.measure_placeholder'),
    }),
    {
      type: 'input',
      block_id: 'period',
      label: plain(t(locale, 'goal.modal.period_label')),
      element: {
        type: 'static_select',
        action_id: GOAL_INPUT,
        options: periodOptions,
        ...(initialPeriod && { initial_option: initialPeriod }),
      },
    },
    dateInput(
      'start',
      t(locale, 'goal.modal.start_label'),
      prefill.startDate ?? null,
      t(locale, 'goal.modal.start_hint'),
    ),
    dateInput(
      'end',
      t(locale, 'goal.modal.end_label'),
      prefill.periodKind === 'custom' ? (prefill.endDate ?? null) : null,
      t(locale, 'goal.modal.end_hint'),
    ),
  );
  return {
    type: 'modal',
    callback_id: GoalViews.create,
    private_metadata: encodeGoalFormRef({ teamId: input.team.id }),
    title: plain(t(locale, 'goal.modal.new.title'), LIMITS.modalTitle),
    submit: plain(t(locale, 'goal.modal.new.submit'), LIMITS.modalTitle),
    close: plain(t(locale, 'common.cancel'), LIMITS.modalTitle),
    blocks,
  };
}

export const encodeProposalRef = (ref: { goalId: string; keyResultId?: string | null }) =>
  JSON.stringify({ g: ref.goalId, ...(ref.keyResultId && { k: ref.keyResultId }) });

/** Propose a key result (button on the head), or revise one a leader sent back. */
export function proposeModal(
  locale: Locale,
  input: { goal: Goal; existing?: KeyResult | null; ownerSlackUserId?: string | null },
): View {
  const existing = input.existing ?? null;
  const blocks: KnownBlock[] = [
    {
      type: 'context',
      elements: [
        {
          type: 'mrkdwn',
          text: t(locale, 'goal.modal.propose.context', {
            goal: userText(input.goal.title, 300),
            period: periodText(locale, input.goal),
          }),
          verbatim: true,
        },
      ],
    },
  ];
  if (existing?.reviewComment) {
    blocks.push(
      section(
        `${t(locale, 'goal.modal.propose.comment')}\n>${userText(existing.reviewComment, 1500).replace(/\n/g, '\n>')}`,
      ),
    );
  }
  blocks.push(
    textInput('title', t(locale, 'goal.modal.kr_title_label'), GOAL_LIMITS.krTitle, {
      initial: existing?.title ?? null,
      placeholder: t(locale, 'goal.modal.kr_title_placeholder'),
    }),
    {
      type: 'input',
      block_id: 'target',
      label: plain(t(locale, 'goal.modal.target_label')),
      element: {
        type: 'number_input',
        action_id: GOAL_INPUT,
        is_decimal_allowed: true,
        min_value: '0.0001',
        max_value: '1000000000',
        ...(existing && { initial_value: formatNumber(existing.target) }),
      },
    },
    textInput('unit', t(locale, 'goal.modal.unit_label'), GOAL_LIMITS.unit, {
      initial: existing?.unit ?? null,
      placeholder: t(locale, 'goal.modal.unit_placeholder'),
    }),
    dateInput('due', t(locale, 'goal.modal.due_label'), existing?.dueDate ?? null),
    {
      type: 'input',
      block_id: 'owner',
      optional: true,
      label: plain(t(locale, 'goal.modal.owner_label')),
      hint: plain(t(locale, 'goal.modal.owner_hint')),
      element: {
        type: 'users_select',
        action_id: GOAL_INPUT,
        ...(input.ownerSlackUserId && { initial_user: input.ownerSlackUserId }),
      },
    },
  );
  return {
    type: 'modal',
    callback_id: GoalViews.propose,
    private_metadata: encodeProposalRef({ goalId: input.goal.id, keyResultId: existing?.id ?? null }),
    title: plain(t(locale, existing ? 'goal.modal.revise.title' : 'goal.modal.propose.title'), LIMITS.modalTitle),
    submit: plain(t(locale, 'goal.modal.propose.submit'), LIMITS.modalTitle),
    close: plain(t(locale, 'common.cancel'), LIMITS.modalTitle),
    blocks,
  };
}

/** A leader's "ask for a change": the comment reaches the proposer by DM. */
export function changeModal(locale: Locale, input: { goal: Goal; keyResult: KeyResult }): View {
  return {
    type: 'modal',
    callback_id: GoalViews.change,
    private_metadata: JSON.stringify({ k: input.keyResult.id }),
    title: plain(t(locale, 'goal.modal.change.title'), LIMITS.modalTitle),
    submit: plain(t(locale, 'goal.modal.change.submit'), LIMITS.modalTitle),
    close: plain(t(locale, 'common.cancel'), LIMITS.modalTitle),
    blocks: [
      section(
        `${t(locale, 'goal.modal.change.context', { goal: userText(input.goal.title, 300) })}\n>*${userText(input.keyResult.title, 300)}*\n>${t(locale, 'goal.kr.target', { target: formatNumber(input.keyResult.target), unit: userText(input.keyResult.unit, 60) })}`,
      ),
      textInput('comment', t(locale, 'goal.modal.change.label'), GOAL_LIMITS.comment, {
        multiline: true,
        placeholder: t(locale, 'goal.modal.change.placeholder'),
      }),
    ],
  };
}

const confidenceOptions = (locale: Locale): PlainTextOption[] =>
  Array.from({ length: 10 }, (_, i) => {
    const n = i + 1;
    const label = n === 1 ? t(locale, 'goal.confidence.low') : n === 10 ? t(locale, 'goal.confidence.high') : String(n);
    return { text: plain(label, 75), value: String(n) };
  });

export interface ProgressItem {
  keyResult: KeyResult;
  goal: Goal;
  latest: KeyResultUpdate | null;
}

/** Where a progress form was opened from: recorded with each update. */
export type ProgressSource = 'command' | 'button' | 'home';

/** `/goal update`: for each of my accepted key results, value now + confidence 1–10 + a note. */
export function updateModal(locale: Locale, items: ProgressItem[], source: ProgressSource): View {
  const blocks: KnownBlock[] = [
    { type: 'context', elements: [{ type: 'mrkdwn', text: t(locale, 'goal.modal.update.context') }] },
  ];
  const options = confidenceOptions(locale);
  for (const { keyResult, goal, latest } of items.slice(0, MAX_UPDATE_KEY_RESULTS)) {
    blocks.push(
      section(
        `*${userText(keyResult.title, 300)}* — ${userText(goal.title, 200)}\n${progressLine(locale, keyResult, latest, null)}`,
      ),
      {
        type: 'input',
        block_id: progressBlockId(keyResult.id, 'value'),
        optional: true,
        label: plain(t(locale, 'goal.modal.update.value', { unit: truncateLabel(keyResult.unit) })),
        element: {
          type: 'number_input',
          action_id: GOAL_INPUT,
          is_decimal_allowed: true,
          ...(latest && { initial_value: formatNumber(latest.value) }),
        },
      },
      {
        type: 'input',
        block_id: progressBlockId(keyResult.id, 'confidence'),
        optional: true,
        label: plain(t(locale, 'goal.modal.update.confidence')),
        element: {
          type: 'static_select',
          action_id: GOAL_INPUT,
          options,
          ...(latest && { initial_option: options[latest.confidence - 1]! }),
        },
      },
      textInput(progressBlockId(keyResult.id, 'note'), t(locale, 'goal.modal.update.note'), GOAL_LIMITS.note, {
        optional: true,
        multiline: true,
      }),
    );
  }
  if (items.length > MAX_UPDATE_KEY_RESULTS)
    blocks.push({
      type: 'context',
      elements: [{ type: 'mrkdwn', text: t(locale, 'goal.more', { count: items.length - MAX_UPDATE_KEY_RESULTS }) }],
    });
  return {
    type: 'modal',
    callback_id: GoalViews.update,
    private_metadata: JSON.stringify({ s: source }),
    title: plain(t(locale, 'goal.modal.update.title'), LIMITS.modalTitle),
    submit: plain(t(locale, 'common.save'), LIMITS.modalTitle),
    close: plain(t(locale, 'common.cancel'), LIMITS.modalTitle),
    blocks,
  };
}

const truncateLabel = (unit: string) => Array.from(unit).slice(0, GOAL_LIMITS.unit).join('');

/**
 * The daily check-in's optional key-result question: extra input blocks to append to the
 * check-in modal, one value (`kr_<id>`) and one confidence (`kr_<id>_confidence`) per
 * accepted key result the member owns. Empty when they own none. Read back with
 * recordProgressFromCheckin (src/domain/goals/service.ts).
 */
export function checkinProgressBlocks(locale: Locale, items: ProgressItem[]): KnownBlock[] {
  if (items.length === 0) return [];
  const options = confidenceOptions(locale);
  const blocks: KnownBlock[] = [
    { type: 'context', elements: [{ type: 'mrkdwn', text: t(locale, 'goal.checkin.context') }] },
  ];
  for (const { keyResult, latest } of items.slice(0, MAX_CHECKIN_KEY_RESULTS)) {
    const last = latest
      ? t(locale, 'goal.checkin.last', {
          value: formatNumber(latest.value),
          target: formatNumber(keyResult.target),
          confidence: latest.confidence,
        })
      : t(locale, 'goal.checkin.first', { target: formatNumber(keyResult.target) });
    blocks.push(
      {
        type: 'input',
        block_id: progressBlockId(keyResult.id, 'value'),
        optional: true,
        label: plain(
          t(locale, 'goal.checkin.value', {
            kr: Array.from(keyResult.title).slice(0, 150).join(''),
            unit: truncateLabel(keyResult.unit),
          }),
        ),
        hint: plain(last),
        element: { type: 'number_input', action_id: GOAL_INPUT, is_decimal_allowed: true },
      },
      {
        type: 'input',
        block_id: progressBlockId(keyResult.id, 'confidence'),
        optional: true,
        label: plain(t(locale, 'goal.modal.update.confidence')),
        element: { type: 'static_select', action_id: GOAL_INPUT, options },
      },
    );
  }
  return blocks;
}

// ------------------------------------------------------------------------------------------
// Problems, lists and the App Home

/** A form problem in the person's language, shown next to its field. */
export function problemText(locale: Locale, problem: FieldProblem): string {
  switch (problem.problem) {
    case 'too_long':
      return t(locale, 'common.error.text_too_long', { max: problem.max, length: problem.length });
    default:
      return t(locale, `goal.error.${problem.problem}`);
  }
}

/** Progress problems (from /goal update or the check-in) as `response_action: errors`, next to each `kr_…` field. */
export function progressErrors(locale: Locale, problems: ProgressProblem[]): Record<string, string> {
  const field = (name: string) => (name === 'confidence' || name === 'note' ? name : 'value');
  return Object.fromEntries(
    problems.map((p) => [progressBlockId(p.keyResultId, field(p.field)), problemText(locale, p)]),
  );
}

export interface ListedGoal {
  snapshot: GoalSnapshot;
  mine: KeyResult[];
}

/** `/goal list`: the team's open goals with their progress, and the person's own key results in each. */
export function goalListText(locale: Locale, teams: Array<{ team: Team; goals: ListedGoal[] }>): string {
  const lines: string[] = [];
  for (const { team, goals } of teams) {
    lines.push(t(locale, 'goal.list.team', { team: inert(team.name, 80), count: goals.length }));
    if (goals.length === 0) lines.push(t(locale, 'goal.list.none'));
    for (const { snapshot, mine } of goals.slice(0, 20)) {
      const { goal, keyResults } = snapshot;
      const percent = goalPercent(
        keyResults.map((k) => ({ value: k.latest?.value ?? null, target: k.keyResult.target })),
      );
      lines.push(
        t(locale, 'goal.list.goal', {
          title: userText(goal.title, 200),
          period: periodText(locale, goal),
          krs: keyResults.length,
          percent: percent ?? 0,
        }),
      );
      const byId = new Map(keyResults.map((k) => [k.keyResult.id, k]));
      for (const keyResult of mine) {
        const progress = byId.get(keyResult.id);
        const state =
          keyResult.status === 'accepted'
            ? progressLine(locale, keyResult, progress?.latest ?? null, progress?.previous ?? null)
            : t(locale, `goal.status.${keyResult.status as 'proposed' | 'changes_requested'}`);
        lines.push(`    ${t(locale, 'goal.list.mine', { kr: userText(keyResult.title, 200), state })}`);
      }
    }
  }
  return joinWithin(lines, 3900, (hidden) => t(locale, 'goal.more', { count: hidden }));
}

/** Whole lines up to `max` characters, then a note: never a line (or an escape like &amp;) cut in half. */
function joinWithin(lines: string[], max: number, more: (hidden: number) => string): string {
  const kept: string[] = [];
  let size = 0;
  for (const line of lines) {
    if (size + line.length + 1 > max) return [...kept, more(lines.length - kept.length)].join('\n');
    kept.push(line);
    size += line.length + 1;
  }
  return kept.join('\n');
}

export interface HomeGoalData {
  /** Open goals of the team: titles and overall progress. */
  goals: Array<{ goal: Goal; percent: number | null }>;
  /** The member's own accepted key results in those goals. */
  mine: ProgressItem[];
}

/**
 * The goals part of a team card on the App Home: a "New goal" button always, and when the
 * home listener passes goal data, the team's open goals and the member's key results with
 * an "Update my progress" button.
 */
export function homeGoalBlocks(locale: Locale, team: Team, data?: HomeGoalData): KnownBlock[] {
  const blocks: KnownBlock[] = [];
  if (data) {
    const lines = [`*${t(locale, 'goal.home.title')}*`];
    if (data.goals.length === 0) lines.push(t(locale, 'goal.home.none'));
    for (const { goal, percent } of data.goals.slice(0, 10))
      lines.push(
        `• ${userText(goal.title, 150)} — ${periodText(locale, goal)}${percent !== null ? ` · ${percent}%` : ''}`,
      );
    if (data.mine.length) {
      lines.push(`*${t(locale, 'goal.home.mine')}*`);
      for (const item of data.mine.slice(0, 10))
        lines.push(
          `• ${userText(item.keyResult.title, 150)}: ${progressLine(locale, item.keyResult, item.latest, null)}`,
        );
    }
    blocks.push(section(lines.join('\n')));
  }
  const elements: Array<{ type: 'button'; action_id: string; value: string; text: ReturnType<typeof plain> }> = [
    {
      type: 'button',
      action_id: GoalActions.newOpen,
      value: team.id,
      text: plain(t(locale, 'goal.button.new'), LIMITS.buttonText),
    },
  ];
  if (data?.mine.length)
    elements.push({
      type: 'button',
      action_id: GoalActions.updateOpen,
      value: team.id,
      text: plain(t(locale, 'goal.button.update'), LIMITS.buttonText),
    });
  blocks.push({ type: 'actions', elements });
  return blocks;
}
