import type { KnownBlock, View } from '@slack/types';
import { DateTime } from 'luxon';
import type { PulseResults, RoundResult } from '../../domain/pulse/aggregate.ts';
import { COMMENT_FIELD, COMMENT_MAX_LENGTH } from '../../domain/pulse/answers.ts';
import { SCORES, type PulseQuestion } from '../../domain/pulse/bank.ts';
import type { PulseTeam, Round } from '../../domain/pulse/model.ts';
import type { HeldRound } from '../../domain/pulse/ports.ts';
import { t, type Locale } from '../../i18n/index.ts';
import { inert } from '../../shared/text.ts';
import type { SlackMessage } from './checkin.ts';
import { formatDate, formatMoment } from './dates.ts';
import { capBlocks, LIMITS, plain, section } from './limits.ts';

/** The pulse's Slack ids, kept with its views. */
export const PulseIds = {
  command: '/pulse',
  /** Button on the invitation DM; its value is the round id. */
  open: 'pulse_open',
  /** The answer modal; private_metadata is the round id, nothing about the person. */
  submit: 'pulse_submit',
  /** Action id of each score input (its block id is the question id) and of the comment. */
  score: 'score',
  comment: 'comment',
} as const;

/** Comments shown at most in one results message; longer ones are cut. */
const MAX_COMMENTS = 20;
const COMMENT_SHOWN_LENGTH = 400;

const teamName = (team: Pick<PulseTeam, 'name'>) => inert(team.name, 80);

/** The day a round closes, on the team's clock, as each language writes dates. */
export function closingDate(round: Pick<Round, 'closesAt'>, timeZone: string, locale: Locale): string {
  const day = DateTime.fromJSDate(round.closesAt, { zone: timeZone }).toISODate();
  return day ? formatDate(day, locale) : round.closesAt.toISOString().slice(0, 10);
}

export function inviteMessage(locale: Locale, team: PulseTeam, round: Round): SlackMessage {
  const text = t(locale, 'pulse.invite.text', {
    team: teamName(team),
    count: round.questionIds.length,
    date: closingDate(round, team.timeZone, locale),
  });
  return {
    text,
    blocks: [
      section(text),
      {
        type: 'actions',
        elements: [
          {
            type: 'button',
            style: 'primary',
            action_id: PulseIds.open,
            value: round.id,
            text: plain(t(locale, 'pulse.invite.button'), LIMITS.buttonText),
          },
        ],
      },
    ],
  };
}

/** To a leader: the round the schedule would open waits for more members, and what to do. */
export function heldNoticeMessage(locale: Locale, team: PulseTeam, held: HeldRound): SlackMessage {
  const lines = [
    t(locale, 'pulse.held.text', {
      team: teamName(team),
      due: formatMoment(held.due, team.timeZone, locale),
      asked: held.asked,
      needed: held.needed,
    }),
  ];
  if (held.next)
    lines.push(
      t(locale, 'pulse.held.next', { next: formatMoment(held.next, team.timeZone, locale), needed: held.needed }),
    );
  lines.push(t(locale, 'pulse.held.now', { asked: held.asked }));
  const text = lines.join('\n');
  return { text, blocks: [section(text)] };
}

/** What every invitation turns into when the round closes, answered or not. */
export function closedInviteMessage(locale: Locale, team: PulseTeam): SlackMessage {
  const text = t(locale, 'pulse.invite.closed', { team: teamName(team) });
  return { text, blocks: [section(text)] };
}

export function pulseModal(
  locale: Locale,
  input: { team: PulseTeam; round: Round; questions: readonly PulseQuestion[] },
): View {
  const options = SCORES.map((score) => ({ text: plain(t(locale, `pulse.score.${score}`), 75), value: String(score) }));
  const blocks: KnownBlock[] = [
    {
      type: 'context',
      elements: [
        { type: 'mrkdwn', text: t(locale, 'pulse.modal.intro', { team: teamName(input.team) }), verbatim: true },
      ],
    },
    ...input.questions.map(
      (question): KnownBlock => ({
        type: 'input',
        block_id: question.id,
        label: plain(t(locale, `pulse.q.${question.id}`)),
        element: { type: 'radio_buttons', action_id: PulseIds.score, options },
      }),
    ),
    {
      type: 'input',
      block_id: COMMENT_FIELD,
      optional: true,
      label: plain(t(locale, 'pulse.modal.comment')),
      element: {
        type: 'plain_text_input',
        action_id: PulseIds.comment,
        multiline: true,
        max_length: COMMENT_MAX_LENGTH,
        placeholder: plain(t(locale, 'pulse.modal.comment_placeholder'), 150),
      },
    },
    { type: 'context', elements: [{ type: 'mrkdwn', text: t(locale, 'pulse.modal.anonymity') }] },
  ];
  return {
    type: 'modal',
    callback_id: PulseIds.submit,
    private_metadata: input.round.id,
    title: plain(t(locale, 'pulse.modal.title'), LIMITS.modalTitle),
    submit: plain(t(locale, 'common.submit'), LIMITS.modalTitle),
    close: plain(t(locale, 'common.cancel'), LIMITS.modalTitle),
    blocks,
  };
}

/** Replaces the modal after a saved answer. */
export function thanksView(locale: Locale): View {
  return {
    type: 'modal',
    title: plain(t(locale, 'pulse.modal.thanks_title'), LIMITS.modalTitle),
    close: plain(t(locale, 'common.done'), LIMITS.modalTitle),
    blocks: [section(t(locale, 'pulse.modal.thanks'))],
  };
}

const score = (value: number) => value.toFixed(1);
const traitName = (locale: Locale, trait: string) => t(locale, `pulse.trait.${trait as 'goals'}`);

function roundLines(locale: Locale, round: RoundResult, timeZone: string): string {
  switch (round.state) {
    case 'open':
      return t(locale, 'pulse.results.open', { period: round.period, date: closingDate(round, timeZone, locale) });
    case 'hidden':
      // Nothing but the fact: no count, no partial figure.
      return t(locale, 'pulse.results.hidden', { period: round.period });
    case 'shown':
      return [
        t(locale, 'pulse.results.round', {
          period: round.period,
          respondents: round.respondents,
          invited: round.invited,
          overall: score(round.overall),
        }),
        ...round.traits.map((trait) =>
          t(locale, 'pulse.results.trait', { trait: traitName(locale, trait.trait), score: score(trait.average) }),
        ),
      ].join('\n');
  }
}

/** A leader's view of the team's pulse: rounds, traits over time, overall trend, comments. */
export function resultsMessage(locale: Locale, team: PulseTeam, results: PulseResults): SlackMessage {
  const title = t(locale, 'pulse.results.title', { team: teamName(team) });
  const parts: string[] = [];
  if (results.rounds.length === 0) parts.push(t(locale, 'pulse.results.none'));
  for (const round of results.rounds) parts.push(roundLines(locale, round, team.timeZone));
  if (results.traits.length > 0) {
    const lines = results.traits.map((trend) => {
      const head = t(locale, 'pulse.results.trend', {
        trait: traitName(locale, trend.trait),
        score: score(trend.latest.average),
        period: trend.latest.period,
      });
      if (trend.change === null || !trend.previous) return head;
      const arrow = trend.change > 0 ? '↑' : trend.change < 0 ? '↓' : '→';
      return (
        head +
        t(locale, 'pulse.results.change', {
          arrow,
          delta: Math.abs(trend.change).toFixed(1),
          period: trend.previous.period,
        })
      );
    });
    parts.push([t(locale, 'pulse.results.by_trait'), ...lines].join('\n'));
  }
  if (results.overall.length > 1) {
    parts.push(
      t(locale, 'pulse.results.overall', {
        series: results.overall.map((r) => `${r.period} ${score(r.average)}`).join(' → '),
      }),
    );
  }
  const blocks: KnownBlock[] = [section(title), ...parts.map((part) => section(part))];
  if (results.comments.length > 0 && results.commentsPeriod) {
    blocks.push({ type: 'divider' }, section(t(locale, 'pulse.results.comments', { period: results.commentsPeriod })));
    for (const comment of results.comments.slice(0, MAX_COMMENTS)) {
      // Typed by someone: escaped and verbatim, so it can neither ping nor link.
      blocks.push(section(`>${inert(comment, COMMENT_SHOWN_LENGTH).replace(/\n/g, '\n>')}`));
    }
    if (results.comments.length > MAX_COMMENTS)
      blocks.push(section(t(locale, 'pulse.results.more', { count: results.comments.length - MAX_COMMENTS })));
  }
  const footer = t(locale, 'pulse.results.footer');
  const capped = capBlocks(blocks, LIMITS.messageBlocks - 1, (hidden) =>
    t(locale, 'pulse.results.more', { count: hidden }),
  );
  capped.push({ type: 'context', elements: [{ type: 'mrkdwn', text: footer }] });
  const text = [title, ...parts].join('\n\n').slice(0, LIMITS.messageText);
  return { text, blocks: capped };
}
