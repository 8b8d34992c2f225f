import type { Button, KnownBlock, ModalView } from '@slack/types';
import type { Evidence } from '../../domain/digest/model.ts';
import type { DigestSnapshot, DigestTeam } from '../../domain/digest/ports.ts';
import type { DigestSignals } from '../../domain/digest/signals.ts';
import type { Suggestion } from '../../domain/digest/suggestions.ts';
import type { ChartOutcome, LeaderHome } from '../../domain/digest/service.ts';
import { DateTime } from 'luxon';
import { t, type Locale, type MessageKey } from '../../i18n/index.ts';
import { inert } from '../../shared/text.ts';
import type { SlackMessage } from './checkin.ts';
import { MAX_RECIPIENTS, MESSAGE_MAX } from '../../domain/recognition/service.ts';
import type { TeamValue } from '../../domain/recognition/model.ts';
import { labelOf } from '../../domain/recognition/values.ts';
import { formatDate, formatMoment } from './dates.ts';
import { FeedbackIds } from './feedback.ts';
import { capBlocks, LIMITS, linesToSections, plain, section, withinBudget } from './limits.ts';

/**
 * The leader's digest as a Slack message: the coaching suggestions first, each with the
 * evidence that prompted it, then participation, trust, goals and risks. Names and titles
 * were typed by people: each is rendered inert, so it can neither ping, link nor format.
 */

/** The digest's own action ids; "Reply to the feedback" is feedback's own Reply button. */
export const DigestIds = {
  command: '/digest',
  /** Value: the blocker's id. */
  askBlocker: 'digest_blocker_ask',
  /** Value: the team's id; opens the last twelve digests (App Home). */
  history: 'digest_history',
  /** Value: the team's id; opens a kudos form filled with whoever nobody recognised lately. */
  thanks: 'digest_thanks',
  /** The kudos form's submission; private_metadata is the team's id. */
  thanksSubmit: 'digest_thanks_submit',
  /** The form's inputs (block ids; each input's action id is `value`). */
  thanksPeople: 'thanks_people',
  thanksValue: 'thanks_value',
  thanksMessage: 'thanks_message',
} as const;

const NAME_MAX = 80;
const TITLE_MAX = 120;
const BLOCKER_MAX = 200;
/** Risks of each kind listed before "…and N more". */
const MAX_RISKS = 8;

const percent = (share: number | null) => (share === null ? '–' : `${Math.round(share * 100)}%`);
const score = (value: number) => value.toFixed(1);
const arrow = (change: number | null) =>
  change === null ? '' : `(${change > 0 ? '↑' : change < 0 ? '↓' : '→'} ${Math.abs(change).toFixed(1)})`;

function weekStart(week: string, locale: Locale): string {
  return formatDate(DateTime.fromISO(`${week}-1`).toISODate() ?? week, locale);
}

const nameOf = (signals: DigestSignals, memberId: string) => inert(signals.names[memberId] ?? '?', NAME_MAX);

function windowText(locale: Locale, window: Evidence['window']): string {
  return window.from === window.to
    ? t(locale, 'digest.evidence.window_one', { week: window.from })
    : t(locale, 'digest.evidence.window_span', { from: window.from, to: window.to });
}

function evidenceValue(evidence: Evidence): string {
  switch (evidence.unit) {
    case 'share':
      return evidence.signal === 'kudos_received_gini' ? evidence.value.toFixed(2) : percent(evidence.value);
    case 'score':
      return `${score(evidence.value)} / 5`;
    default:
      return String(evidence.value);
  }
}

function signalName(locale: Locale, signal: string): string {
  if (signal.startsWith('pulse_'))
    return t(locale, 'digest.signal.pulse_trait', {
      trait: t(locale, `pulse.trait.${signal.slice('pulse_'.length)}` as MessageKey),
    });
  return t(locale, `digest.signal.${signal}` as MessageKey);
}

/** A suggestion's text, with its params made safe and its trait and remedy in the leader's words. */
function suggestionText(locale: Locale, suggestion: Suggestion): string {
  const params: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(suggestion.params))
    params[key] = typeof value === 'number' ? value : inert(value, key === 'blocker' ? BLOCKER_MAX : TITLE_MAX);
  if (suggestion.rule === 'pulse_trait_low') {
    params.trait = t(locale, `pulse.trait.${suggestion.params.trait}` as MessageKey);
    params.remedy = t(locale, `digest.remedy.${suggestion.params.remedy}` as MessageKey);
  }
  if (typeof params.average === 'number') params.average = score(params.average);
  const why = suggestion.evidence.map((e) =>
    t(locale, 'digest.evidence', {
      signal: signalName(locale, e.signal),
      value: evidenceValue(e),
      window: windowText(locale, e.window),
      people: e.people,
    }),
  );
  return [t(locale, `digest.suggestion.${suggestion.rule}` as MessageKey, params), ...why.map((w) => `_${w}_`)].join(
    '\n',
  );
}

function participationLines(locale: Locale, s: DigestSignals): string[] {
  const { checkin, voices, kudos, coffee } = s.participation;
  return [
    checkin.expected === 0 && checkin.skipped === 0
      ? t(locale, 'digest.checkin.none')
      : t(locale, 'digest.checkin', {
          answered: checkin.answered,
          expected: checkin.expected,
          rate: percent(checkin.rate),
          skipped: checkin.skipped,
          away: checkin.vacationDays,
        }),
    t(locale, 'digest.voices', { ...voices, total: s.people }),
    t(locale, 'digest.kudos', {
      given: kudos.given,
      givers: kudos.givers,
      receivers: kudos.receivers,
      gini: kudos.receivedGini === null ? '–' : kudos.receivedGini.toFixed(2),
    }),
    t(locale, 'digest.kudos.trust', { reciprocity: percent(kudos.reciprocity), cross: percent(kudos.crossPosition) }),
    t(locale, 'digest.coffee', {
      groups: coffee.groups,
      met: coffee.meetingsHeld,
      replies: coffee.icebreakerReplies,
      people: coffee.membersTakingPart,
    }),
  ];
}

function trustLines(locale: Locale, s: DigestSignals): string[] {
  const { pulse, feedback, blockers } = s.trust;
  const lines: string[] = [];
  if (pulse.state === 'shown') {
    lines.push(
      t(locale, 'digest.pulse.shown', {
        period: pulse.period,
        overall: score(pulse.overall),
        change: arrow(pulse.overallChange),
        respondents: pulse.respondents,
        invited: pulse.invited,
      }),
    );
    for (const trait of pulse.traits)
      lines.push(
        `• ${t(locale, 'digest.pulse.trait', {
          trait: t(locale, `pulse.trait.${trait.trait}` as MessageKey),
          average: score(trait.average),
          change: arrow(trait.change),
        })}`,
      );
  } else {
    lines.push(t(locale, `digest.pulse.hidden.${pulse.reason}`, { period: pulse.period ?? '', min: pulse.minGroup }));
  }
  if (feedback.state === 'hidden') {
    lines.push(t(locale, 'digest.feedback.hidden', { people: feedback.people, min: feedback.minGroup }));
  } else {
    const window = windowText(locale, { from: feedback.weeks.first, to: feedback.weeks.last });
    lines.push(
      feedback.total === 0
        ? t(locale, 'digest.feedback.none', { window })
        : t(locale, 'digest.feedback.shown', {
            window,
            total: feedback.total,
            waiting: feedback.waiting,
            categories: feedback.byCategory
              .map((c) => `${t(locale, `feedback.category.${c.category}`)} ${c.count}`)
              .join(', '),
          }),
    );
  }
  lines.push(
    blockers.medianHoursToHelp === null
      ? t(locale, 'digest.blockers.no_median', {
          raised: blockers.raised,
          helped: blockers.helped,
          open: blockers.open,
        })
      : t(locale, 'digest.blockers', {
          raised: blockers.raised,
          helped: blockers.helped,
          open: blockers.open,
          hours: blockers.medianHoursToHelp,
        }),
  );
  return lines;
}

function goalLines(locale: Locale, s: DigestSignals): string[] {
  const lines = s.goals.keyResults.map((kr) =>
    t(locale, kr.onTrack ? 'digest.kr.on' : 'digest.kr.off', {
      title: inert(kr.title, TITLE_MAX),
      progress: percent(kr.progress),
      elapsed: percent(kr.elapsed),
    }),
  );
  if (lines.length === 0) lines.push(t(locale, 'digest.kr.none'));
  const roles = s.goals.roles;
  lines.push(t(locale, 'digest.roles', { overlaps: roles.overlaps, gaps: roles.gaps, without: roles.withoutHolder }));
  const card = s.goals.scorecard;
  if (card?.total !== null && card?.total !== undefined) {
    const points = (n: number) => String(Math.round(n * 10) / 10);
    lines.push(
      card.previousTotal === null
        ? t(locale, 'digest.scorecard.first', { period: card.period, total: points(card.total) })
        : t(locale, 'digest.scorecard', {
            period: card.period,
            total: points(card.total),
            change: arrow(Math.round((card.total - card.previousTotal) * 10) / 10),
            previous: card.previousPeriod,
          }),
    );
  }
  return lines;
}

function more<T>(items: readonly T[], render: (item: T) => string, locale: Locale): string[] {
  const shown = items.slice(0, MAX_RISKS).map(render);
  if (items.length > MAX_RISKS) shown.push(t(locale, 'digest.more', { count: items.length - MAX_RISKS }));
  return shown;
}

function riskLines(locale: Locale, s: DigestSignals): string[] {
  const r = s.risks;
  const lines = [
    ...more(
      r.blockersOpen,
      (b) =>
        t(locale, 'digest.risk.blocker', {
          member: nameOf(s, b.memberId),
          days: b.days,
          blocker: inert(b.text, BLOCKER_MAX),
        }),
      locale,
    ),
    ...more(
      r.silent,
      (m) =>
        m.days === null
          ? t(locale, 'digest.risk.silent_long', { member: nameOf(s, m.memberId) })
          : t(locale, 'digest.risk.silent', { member: nameOf(s, m.memberId), days: m.days }),
      locale,
    ),
    ...(r.unrecognised.length > 0 ? [t(locale, 'digest.risk.unrecognised', { count: r.unrecognised.length })] : []),
    ...more(
      r.staleGoals,
      (g) => t(locale, 'digest.risk.stale_goal', { goal: inert(g.title, TITLE_MAX), days: g.days }),
      locale,
    ),
  ];
  return lines.length > 0 ? lines : [t(locale, 'digest.risk.none')];
}

const header = (text: string): KnownBlock => ({ type: 'header', text: plain(text, 150) });

/** "Open the goal thread": a link to the permalink Slack gave, labelled by Hexin (nothing typed by a person). */
function goalLink(locale: Locale, suggestion: Suggestion, links: Readonly<Record<string, string>>): string | null {
  if (suggestion.action?.kind !== 'open_goal') return null;
  const url = links[`${suggestion.action.channelId}:${suggestion.action.ts}`];
  return url && /^https:\/\/[^\s<>|]+$/.test(url) ? `<${url}|${t(locale, 'digest.action.open_goal')}>` : null;
}

/** The button that takes a suggestion's step, where Slack can take it. */
function actionButton(locale: Locale, suggestion: Suggestion, teamId: string): Button | null {
  const action = suggestion.action;
  if (!action) return null;
  switch (action.kind) {
    case 'ask_blocker':
      return {
        type: 'button',
        action_id: DigestIds.askBlocker,
        value: action.blockerId,
        text: plain(t(locale, 'digest.action.ask_blocker'), LIMITS.buttonText),
      };
    case 'reply_feedback':
      return {
        type: 'button',
        action_id: FeedbackIds.actions.reply,
        value: action.threadId,
        text: plain(t(locale, 'digest.action.reply_feedback'), LIMITS.buttonText),
      };
    case 'open_goal':
      // A link in the suggestion's text (goalLink): it needs no press, so no listener.
      return null;
    case 'send_thanks':
      return {
        type: 'button',
        action_id: DigestIds.thanks,
        value: teamId,
        text: plain(t(locale, 'digest.action.send_thanks'), LIMITS.buttonText),
      };
  }
}

/** The DM a member gets when their leader asks about a blocker from the digest. */
export function blockerAskMessage(
  locale: Locale,
  leader: { displayName: string },
  blocker: { text: string },
): SlackMessage {
  const text = t(locale, 'digest.blocker.ask', {
    leader: inert(leader.displayName, NAME_MAX),
    blocker: inert(blocker.text, BLOCKER_MAX),
  });
  return { text, blocks: [section(text)] };
}

/** The digest a leader reads, weekly or so far; within Slack's 50 blocks and its advised 12,000 characters. */
export function digestMessage(
  locale: Locale,
  team: DigestTeam,
  snapshot: DigestSnapshot,
  chart: ChartOutcome = null,
  /** Goal-thread links by "channel:ts", for the suggestions that open one. */
  links: Readonly<Record<string, string>> = {},
): SlackMessage {
  const s = snapshot.signals;
  const teamName = inert(team.name, NAME_MAX);
  const from = weekStart(snapshot.week, locale);
  const title = t(locale, s.complete ? 'digest.title.weekly' : 'digest.title.so_far', { team: team.name, from });
  const blocks: KnownBlock[] = [header(title)];
  if (!s.complete)
    blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: t(locale, 'digest.so_far_note') }] });
  if (chart && 'fileId' in chart)
    blocks.push({
      type: 'image',
      slack_file: { id: chart.fileId },
      alt_text: t(locale, 'digest.chart.alt', { team: team.name }),
    });
  else if (chart?.failed)
    blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: t(locale, 'digest.chart.failed') }] });
  blocks.push(section(`*${t(locale, 'digest.section.suggestions')}*`));
  if (snapshot.suggestions.length === 0) blocks.push(section(t(locale, 'digest.suggestions.none')));
  for (const suggestion of snapshot.suggestions) {
    const link = goalLink(locale, suggestion, links);
    blocks.push(section(link ? `${suggestionText(locale, suggestion)}\n${link}` : suggestionText(locale, suggestion)));
    const button = actionButton(locale, suggestion, team.id);
    if (button) blocks.push({ type: 'actions', elements: [button] });
  }
  for (const [key, lines] of [
    ['digest.section.participation', participationLines(locale, s)],
    ['digest.section.trust', trustLines(locale, s)],
    ['digest.section.goals', goalLines(locale, s)],
    ['digest.section.risks', riskLines(locale, s)],
  ] as const) {
    blocks.push({ type: 'divider' }, ...linesToSections([`*${t(locale, key)}*`, ...lines]));
  }
  const { kept, hidden } = withinBudget(blocks, LIMITS.messageText - 500);
  const capped = hidden > 0 ? [...kept, section(t(locale, 'digest.more', { count: hidden }))] : kept;
  return {
    text: t(locale, 'digest.fallback', { team: teamName }),
    blocks: capBlocks(capped, LIMITS.messageBlocks, (n) => t(locale, 'digest.more', { count: n })),
  };
}

/** A suggestion's step alone, without its evidence: the App Home's short form of the last digest. */
const suggestionStep = (locale: Locale, suggestion: Suggestion) =>
  suggestionText(locale, suggestion).split('\n')[0] ?? '';

/** Suggestions of the last digest shown on the App Home (the DM has all five). */
const HOME_SUGGESTIONS = 3;

/**
 * A leader's part of the App Home for one team: the week so far at a glance, the latest
 * digest's first suggestions, and a button that opens the digests before it.
 */
export function homeLeaderBlocks(
  locale: Locale,
  home: LeaderHome,
  next: { pulse: Date | null; coffee: Date | null },
): KnownBlock[] {
  const s = home.signals;
  const tracks = s.goals.keyResults;
  const when = (at: Date | null) =>
    at ? formatMoment(at, home.team.timeZone, locale) : t(locale, 'digest.home.not_scheduled');
  const lines = [
    `*${t(locale, 'digest.home.snapshot')}*`,
    t(locale, 'digest.home.checkins', { rate: percent(s.participation.checkin.rate) }),
    t(locale, 'digest.home.blockers', { open: s.trust.blockers.open }),
    t(locale, 'digest.home.key_results', { on: tracks.filter((k) => k.onTrack).length, total: tracks.length }),
    t(locale, 'digest.home.kudos', { given: s.participation.kudos.given }),
    t(locale, 'digest.home.next_pulse', { when: when(next.pulse) }),
    t(locale, 'digest.home.next_coffee', { when: when(next.coffee) }),
  ];
  const blocks: KnownBlock[] = [section(lines.join('\n'))];
  if (!home.last) {
    blocks.push(section(t(locale, 'digest.home.no_digest')));
    return blocks;
  }
  const last = home.last;
  const steps = last.suggestions.slice(0, HOME_SUGGESTIONS).map((x) => `• ${suggestionStep(locale, x)}`);
  blocks.push(
    section(
      [
        `*${t(locale, 'digest.home.last', { from: weekStart(last.week, locale) })}*`,
        ...(steps.length > 0 ? steps : [t(locale, 'digest.suggestions.none')]),
      ].join('\n'),
    ),
  );
  if (home.earlier > 0)
    blocks.push({
      type: 'actions',
      elements: [
        {
          type: 'button',
          action_id: DigestIds.history,
          value: home.team.id,
          text: plain(t(locale, 'digest.home.history', { count: home.earlier }), LIMITS.buttonText),
        },
      ],
    });
  return blocks;
}

/** The digests before the latest, one line each, newest first (a modal from the App Home). */
export function historyModal(locale: Locale, team: DigestTeam, earlier: readonly DigestSnapshot[]): ModalView {
  const blocks: KnownBlock[] = [section(t(locale, 'digest.history.intro', { team: inert(team.name, NAME_MAX) }))];
  for (const snapshot of earlier) {
    const s = snapshot.signals;
    const pulse =
      s.trust.pulse.state === 'shown' ? `${score(s.trust.pulse.overall)} / 5` : t(locale, 'digest.history.hidden');
    const first = snapshot.suggestions[0];
    blocks.push(
      section(
        [
          `*${t(locale, 'digest.home.last', { from: weekStart(snapshot.week, locale) })}*`,
          t(locale, 'digest.history.line', {
            rate: percent(s.participation.checkin.rate),
            voices: s.participation.voices.people,
            people: s.people,
            pulse,
            kudos: s.participation.kudos.given,
          }),
          ...(first ? [`• ${suggestionStep(locale, first)}`] : []),
        ].join('\n'),
      ),
    );
  }
  return {
    type: 'modal',
    title: plain(t(locale, 'digest.history.title'), LIMITS.modalTitle),
    close: plain(t(locale, 'digest.history.close'), LIMITS.modalTitle),
    blocks: capBlocks(blocks, LIMITS.surfaceBlocks, (n) => t(locale, 'digest.more', { count: n })),
  };
}

/** The kudos form a digest's "Send thanks" opens: the people to thank, a team value and a message, all changeable. */
export function thanksModal(
  locale: Locale,
  draft: { teamId: string; values: readonly TeamValue[]; recipients: ReadonlyArray<{ slackUserId: string }> },
): ModalView {
  const options = draft.values.slice(0, 100).map((v) => ({
    text: plain(labelOf(v, locale), 75),
    value: v.key,
  }));
  const [first] = options;
  return {
    type: 'modal',
    callback_id: DigestIds.thanksSubmit,
    private_metadata: draft.teamId,
    title: plain(t(locale, 'digest.thanks.title'), LIMITS.modalTitle),
    submit: plain(t(locale, 'digest.thanks.submit'), LIMITS.modalTitle),
    close: plain(t(locale, 'digest.history.close'), LIMITS.modalTitle),
    blocks: [
      {
        type: 'input',
        block_id: DigestIds.thanksPeople,
        label: plain(t(locale, 'digest.thanks.people')),
        element: {
          type: 'multi_users_select',
          action_id: 'value',
          max_selected_items: MAX_RECIPIENTS,
          ...(draft.recipients.length > 0 && {
            initial_users: draft.recipients.slice(0, MAX_RECIPIENTS).map((r) => r.slackUserId),
          }),
        },
      },
      {
        type: 'input',
        block_id: DigestIds.thanksValue,
        label: plain(t(locale, 'digest.thanks.value')),
        element: {
          type: 'static_select',
          action_id: 'value',
          options,
          ...(first && { initial_option: first }),
        },
      },
      {
        type: 'input',
        block_id: DigestIds.thanksMessage,
        label: plain(t(locale, 'digest.thanks.message')),
        element: {
          type: 'plain_text_input',
          action_id: 'value',
          multiline: true,
          max_length: MESSAGE_MAX,
          initial_value: t(locale, 'digest.thanks.prefill'),
        },
      },
    ],
  };
}
