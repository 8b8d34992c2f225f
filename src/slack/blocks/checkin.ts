import type { KnownBlock, View } from '@slack/types';
import { formatDate } from './dates.ts';
import type { Answer, Blocker } from '../../domain/checkins/model.ts';
import {
  ANSWER_MAX_LENGTH,
  QUESTION_KINDS,
  type CheckinAnswers,
  type QuestionId,
} from '../../domain/checkins/questions.ts';
import type { Member, Team } from '../../domain/teams/model.ts';
import { t, type Locale } from '../../i18n/index.ts';
import { inert } from '../../shared/text.ts';
import { Actions, ANSWER_ACTION, Views } from '../ids.ts';
import { LIMITS, plain, section } from './limits.ts';

export interface SlackMessage {
  text: string;
  blocks: KnownBlock[];
}

export interface CheckinRef {
  teamId: string;
  localDate: string;
}

/** The modal's state that travels through Slack and back; parsed with zod on return. */
export const encodeCheckinRef = (ref: CheckinRef): string => JSON.stringify({ t: ref.teamId, d: ref.localDate });

const name = (member: Member) => inert(member.displayName || member.slackUserId, 80);

export function promptMessage(locale: Locale, team: Team, localDate: string, promptId: string): SlackMessage {
  const text = t(locale, 'checkin.prompt.text', { team: inert(team.name, 80), date: formatDate(localDate, locale) });
  const ref = encodeCheckinRef({ teamId: team.id, localDate });
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
            action_id: Actions.checkinOpen,
            value: ref,
            text: plain(t(locale, 'checkin.prompt.button.open'), LIMITS.buttonText),
          },
          {
            type: 'button',
            action_id: Actions.checkinSnooze,
            value: promptId,
            text: plain(t(locale, 'checkin.prompt.button.snooze'), LIMITS.buttonText),
          },
          {
            type: 'button',
            action_id: Actions.checkinSkip,
            value: ref,
            text: plain(t(locale, 'checkin.prompt.button.skip'), LIMITS.buttonText),
          },
        ],
      },
    ],
  };
}

export function reminderMessage(locale: Locale, team: Team, localDate: string, promptRef: CheckinRef): SlackMessage {
  const text = t(locale, 'checkin.reminder.text', { team: inert(team.name, 80), date: formatDate(localDate, locale) });
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
            action_id: Actions.checkinOpen,
            value: encodeCheckinRef(promptRef),
            text: plain(t(locale, 'checkin.prompt.button.open'), LIMITS.buttonText),
          },
        ],
      },
    ],
  };
}

/** The prompt after the member acted on it: what happened, and a way to edit. */
export function settledPromptMessage(
  locale: Locale,
  team: Team,
  localDate: string,
  state: 'answered' | 'skipped' | 'snoozed',
  snoozedUntil?: string,
): SlackMessage {
  const date = formatDate(localDate, locale);
  const text =
    state === 'answered'
      ? t(locale, 'checkin.prompt.answered', { date })
      : state === 'skipped'
        ? t(locale, 'checkin.prompt.skipped', { date })
        : t(locale, 'checkin.prompt.snoozed', { time: snoozedUntil ?? '' });
  const button = state === 'answered' ? 'checkin.prompt.button.edit' : 'checkin.prompt.button.open';
  return {
    text,
    blocks: [
      section(text),
      {
        type: 'actions',
        elements: [
          {
            type: 'button',
            action_id: Actions.checkinOpen,
            value: encodeCheckinRef({ teamId: team.id, localDate }),
            text: plain(t(locale, button), LIMITS.buttonText),
          },
        ],
      },
    ],
  };
}

function questionInput(locale: Locale, question: QuestionId, existing: CheckinAnswers | undefined): KnownBlock {
  const label = plain(t(locale, `checkin.q.${question}`));
  const prior = existing?.[question];
  const optional = question === 'blockers' || question === 'issues';
  switch (QUESTION_KINDS[question]) {
    case 'mood': {
      const options = [1, 2, 3, 4, 5].map((n) => ({
        text: plain(t(locale, `checkin.mood.${n as 1 | 2 | 3 | 4 | 5}`), 75),
        value: String(n),
      }));
      const initial = options.find((o) => o.value === String(prior));
      return {
        type: 'input',
        block_id: question,
        label,
        element: {
          type: 'static_select',
          action_id: ANSWER_ACTION,
          options,
          ...(initial && { initial_option: initial }),
        },
      };
    }
    case 'count':
      return {
        type: 'input',
        block_id: question,
        label,
        optional,
        element: {
          type: 'number_input',
          action_id: ANSWER_ACTION,
          is_decimal_allowed: false,
          min_value: '0',
          max_value: '999999',
          ...(prior !== undefined && { initial_value: String(prior) }),
        },
      };
    case 'text':
      return {
        type: 'input',
        block_id: question,
        label,
        optional,
        element: {
          type: 'plain_text_input',
          action_id: ANSWER_ACTION,
          multiline: true,
          max_length: ANSWER_MAX_LENGTH,
          placeholder: plain(t(locale, 'checkin.modal.placeholder'), 150),
          ...(typeof prior === 'string' && { initial_value: prior }),
        },
      };
  }
}

export function checkinModal(
  locale: Locale,
  input: { team: Team; localDate: string; questions: readonly QuestionId[]; existing?: CheckinAnswers; late: boolean },
): View {
  const blocks: KnownBlock[] = [
    {
      type: 'context',
      elements: [
        {
          type: 'mrkdwn',
          text: t(locale, 'checkin.modal.context', {
            date: formatDate(input.localDate, locale),
            team: inert(input.team.name, 80),
          }),
          verbatim: true,
        },
      ],
    },
  ];
  if (input.late)
    blocks.push({ type: 'context', elements: [{ type: 'mrkdwn', text: t(locale, 'checkin.modal.late') }] });
  for (const question of input.questions) blocks.push(questionInput(locale, question, input.existing));
  return {
    type: 'modal',
    callback_id: Views.checkinSubmit,
    private_metadata: encodeCheckinRef({ teamId: input.team.id, localDate: input.localDate }),
    title: plain(t(locale, 'checkin.modal.title'), LIMITS.modalTitle),
    submit: plain(t(locale, 'common.submit'), LIMITS.modalTitle),
    close: plain(t(locale, 'common.cancel'), LIMITS.modalTitle),
    blocks,
  };
}

export function threadHead(locale: Locale, localDate: string): SlackMessage {
  const text = t(locale, 'checkin.thread.head', { date: formatDate(localDate, locale) });
  return { text, blocks: [section(text)] };
}

function answerValue(locale: Locale, question: QuestionId, value: string | number): string {
  if (question === 'mood' && typeof value === 'number') return t(locale, `checkin.mood.${value as 1 | 2 | 3 | 4 | 5}`);
  return inert(String(value), 1900); // six answers stay under Slack's ~12,000 characters
}

/** One member's answer in the day's thread: their words escaped, nothing that can ping. */
export function answerReply(
  locale: Locale,
  member: Member,
  answer: Answer,
  questions: readonly QuestionId[],
): SlackMessage {
  const marks = [
    answer.late ? t(locale, 'checkin.thread.late') : '',
    answer.editedAt ? t(locale, 'checkin.thread.edited') : '',
  ]
    .filter(Boolean)
    .join(' ');
  const header = `${t(locale, 'checkin.thread.reply.by', { name: name(member) })}${marks ? ` ${marks}` : ''}`;
  const blocks: KnownBlock[] = [section(header)];
  const lines: string[] = [];
  for (const question of questions) {
    const value = answer.answers[question];
    if (value === undefined || value === '') continue;
    blocks.push(section(`*${t(locale, `checkin.q.short.${question}`)}*\n${answerValue(locale, question, value)}`));
    lines.push(`${t(locale, `checkin.q.short.${question}`)}: ${answerValue(locale, question, value)}`);
  }
  const text = [header, ...lines].join('\n').slice(0, LIMITS.messageText);
  return { text, blocks: blocks.slice(0, LIMITS.messageBlocks) };
}

export function blockerNotice(
  locale: Locale,
  team: Team,
  member: Member,
  blocker: Blocker,
  localDate: string,
  helped?: { helperUserId: string; at: Date },
): SlackMessage {
  const head = t(locale, 'checkin.blocker.notice', {
    name: name(member),
    team: inert(team.name, 80),
    date: formatDate(localDate, locale),
  });
  const body = `>${inert(blocker.text, 2000).replace(/\n/g, '\n>')}`;
  const blocks: KnownBlock[] = [section(`${head}\n${body}`)];
  if (helped) {
    // The helper is a Slack user id Slack gave us, not typed text: mentioning them is safe.
    blocks.push({
      type: 'context',
      elements: [
        {
          type: 'mrkdwn',
          text: t(locale, 'checkin.blocker.helped', {
            helper: `<@${helped.helperUserId}>`,
            time: `${helped.at.toISOString().slice(0, 16).replace('T', ' ')} UTC`,
          }),
        },
      ],
    });
  } else {
    blocks.push({
      type: 'actions',
      elements: [
        {
          type: 'button',
          style: 'primary',
          action_id: Actions.blockerHelp,
          value: blocker.id,
          text: plain(t(locale, 'checkin.blocker.button.help'), LIMITS.buttonText),
        },
      ],
    });
  }
  return { text: `${head}\n${body}`, blocks };
}
