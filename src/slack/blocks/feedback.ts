import type { KnownBlock, View } from '@slack/types';
import { DateTime } from 'luxon';
import {
  CATEGORIES,
  FEEDBACK_MAX_LENGTH,
  isCategory,
  type FeedbackMessage,
  type FeedbackThread,
} from '../../domain/feedback/model.ts';
import type { AuthorCopy, ClosedNote, LeaderCopy } from '../../domain/feedback/ports.ts';
import type { TeamChoice } from '../../domain/feedback/service.ts';
import type { Member, Team } from '../../domain/teams/model.ts';
import { t, type Locale, type MessageKey } from '../../i18n/index.ts';
import { inert } from '../../shared/text.ts';
import { isTimeZone } from '../../shared/time.ts';
import { formatDate } from './dates.ts';
import { capBlocks, LIMITS, plain, section } from './limits.ts';
import type { SlackMessage } from './checkin.ts';

/** Every id anonymous feedback registers with Slack. */
export const FeedbackIds = {
  command: '/feedback',
  actions: {
    reply: 'feedback_reply',
    leaderClose: 'feedback_leader_close',
    answer: 'feedback_answer',
    authorClose: 'feedback_author_close',
  },
  views: { submit: 'feedback_submit', reply: 'feedback_reply_submit', answer: 'feedback_answer_submit' },
  blocks: { team: 'feedback_team', category: 'feedback_category', text: 'feedback_text', sign: 'feedback_sign' },
  /** The action id of every input in feedback modals. */
  input: 'value',
  signed: 'signed',
} as const;

const name = (member: Member | null, locale: Locale) =>
  member
    ? inert(member.displayName || t(locale, 'feedback.closed.a_leader'), 80)
    : t(locale, 'feedback.closed.a_leader');
const categoryLabel = (locale: Locale, category: string) =>
  t(locale, `feedback.category.${isCategory(category) ? category : 'other'}` as MessageKey);
/** Someone's words as a quote: escaped (nothing pings, nothing links), line by line. */
const quote = (text: string) => `>${inert(text, 2800).replace(/\n/g, '\n>')}`;

/** "14:00" in the team's zone, with the date when it is not today there. */
export function aboutTime(at: Date, timeZone: string, now: Date, locale: Locale): string {
  const zone = isTimeZone(timeZone) ? timeZone : 'UTC';
  const when = DateTime.fromJSDate(at, { zone });
  const today = DateTime.fromJSDate(now, { zone }).toISODate();
  const time = when.toFormat('HH:mm');
  return when.toISODate() === today ? time : `${formatDate(when.toISODate() ?? '', locale)} ${time}`;
}

function closedText(locale: Locale, closed: ClosedNote, side: 'leader' | 'author'): string {
  switch (closed.by) {
    case 'leader':
      return t(locale, 'feedback.closed.by_leader', { name: name(closed.leader, locale) });
    case 'author':
      return t(locale, side === 'author' ? 'feedback.closed.by_you' : 'feedback.closed.by_author');
    case 'expired':
      return t(locale, 'feedback.closed.expired');
  }
}

function closeButton(locale: Locale, actionId: string, threadId: string) {
  return {
    type: 'button' as const,
    action_id: actionId,
    value: threadId,
    text: plain(t(locale, 'feedback.button.close'), LIMITS.buttonText),
    confirm: {
      title: plain(t(locale, 'feedback.confirm.title'), 100),
      text: plain(t(locale, 'feedback.confirm.text'), 300),
      confirm: plain(t(locale, 'feedback.confirm.yes'), 30),
      deny: plain(t(locale, 'common.cancel'), 30),
    },
  };
}

// ------------------------------------------------------------------------------------------
// The author's modal

export interface FeedbackModalInput {
  choices: TeamChoice[];
  minGroup: number;
  now: Date;
}

/** Blocks of the feedback form besides the teams' notes: intro, delivery, team, category, text, signature, style. */
const FORM_BLOCKS = 7;

/** `/feedback`: who reads it, how many people the team has, how delivery works; then the form. */
export function feedbackModal(locale: Locale, input: FeedbackModalInput): View {
  // At most Slack's 100 options; the form's own blocks always fit, the teams' notes take what is left.
  const choices = input.choices.slice(0, 100);
  const teamBlocks: KnownBlock[] = [];
  for (const choice of choices) {
    const leaders = choice.leaders.map((l) => inert(l.displayName || l.slackUserId, 60)).join(', ');
    teamBlocks.push(
      section(t(locale, 'feedback.modal.team_size', { team: inert(choice.team.name, 80), size: choice.size, leaders })),
    );
    if (choice.small) {
      teamBlocks.push({
        type: 'context',
        elements: [
          {
            type: 'mrkdwn',
            text: t(locale, 'feedback.modal.small_team', { team: inert(choice.team.name, 80), min: input.minGroup }),
            verbatim: true,
          },
        ],
      });
    }
  }
  const blocks: KnownBlock[] = [
    section(t(locale, 'feedback.modal.intro')),
    ...capBlocks(teamBlocks, LIMITS.surfaceBlocks - FORM_BLOCKS, (n) => `…${n}`),
  ];
  const first = choices[0]!;
  blocks.push({
    type: 'context',
    elements: [
      {
        type: 'mrkdwn',
        text: t(locale, 'feedback.modal.delivery', {
          minutes: first.batchMinutes,
          time: aboutTime(first.nextDelivery, first.team.timeZone, input.now, locale),
        }),
      },
    ],
  });
  if (choices.length > 1) {
    const options = choices.map((c) => ({
      text: plain(t(locale, 'feedback.modal.team_option', { team: c.team.name, size: c.size }), 75),
      value: c.team.id,
    }));
    blocks.push({
      type: 'input',
      block_id: FeedbackIds.blocks.team,
      label: plain(t(locale, 'feedback.modal.team')),
      element: { type: 'static_select', action_id: FeedbackIds.input, options },
    });
  }
  blocks.push(
    {
      type: 'input',
      block_id: FeedbackIds.blocks.category,
      label: plain(t(locale, 'feedback.modal.category')),
      element: {
        type: 'static_select',
        action_id: FeedbackIds.input,
        options: CATEGORIES.map((c) => ({ text: plain(categoryLabel(locale, c), 75), value: c })),
      },
    },
    {
      type: 'input',
      block_id: FeedbackIds.blocks.text,
      label: plain(t(locale, 'feedback.modal.text')),
      element: {
        type: 'plain_text_input',
        action_id: FeedbackIds.input,
        multiline: true,
        max_length: FEEDBACK_MAX_LENGTH,
        placeholder: plain(t(locale, 'feedback.modal.placeholder'), 150),
      },
    },
    {
      type: 'input',
      block_id: FeedbackIds.blocks.sign,
      optional: true,
      label: plain(t(locale, 'feedback.modal.sign')),
      element: {
        type: 'checkboxes',
        action_id: FeedbackIds.input,
        options: [
          {
            text: plain(t(locale, 'feedback.modal.sign'), 75),
            description: plain(t(locale, 'feedback.modal.sign_hint'), 75),
            value: FeedbackIds.signed,
          },
        ],
      },
    },
    { type: 'context', elements: [{ type: 'mrkdwn', text: t(locale, 'feedback.modal.style') }] },
  );
  return {
    type: 'modal',
    callback_id: FeedbackIds.views.submit,
    private_metadata: JSON.stringify({ t: choices.map((c) => c.team.id) }),
    title: plain(t(locale, 'feedback.modal.title'), LIMITS.modalTitle),
    submit: plain(t(locale, 'feedback.modal.submit'), LIMITS.modalTitle),
    close: plain(t(locale, 'common.cancel'), LIMITS.modalTitle),
    blocks,
  };
}

/** What a modal turns into once its work is done: a short note and a Close button. */
export function doneView(locale: Locale, title: MessageKey, text: string): View {
  return {
    type: 'modal',
    title: plain(t(locale, title), LIMITS.modalTitle),
    close: plain(t(locale, 'feedback.sent.close'), LIMITS.modalTitle),
    blocks: [section(text)],
  };
}

// ------------------------------------------------------------------------------------------
// Leaders' side

/** Feedback (or an author's answer) in a leader's DM, with Reply and Close; closed, it says who closed it. */
export function leaderMessage(locale: Locale, copy: LeaderCopy, closed?: ClosedNote): SlackMessage {
  const team = inert(copy.team.name, 80);
  const category = categoryLabel(locale, copy.thread.category);
  const head = !copy.first
    ? t(locale, 'feedback.leader.answer', { team, category })
    : copy.signer
      ? t(locale, 'feedback.leader.signed', { name: name(copy.signer, locale), team, category })
      : t(locale, 'feedback.leader.new', { team, category });
  const day = formatDate(copy.thread.createdDay, locale);
  const context = t(locale, copy.signer ? 'feedback.leader.signed_context' : 'feedback.leader.context', { day });
  const blocks: KnownBlock[] = [
    section(`${head}\n${quote(copy.message.text)}`),
    { type: 'context', elements: [{ type: 'mrkdwn', text: context }] },
  ];
  if (closed) {
    blocks.push({
      type: 'context',
      elements: [{ type: 'mrkdwn', text: closedText(locale, closed, 'leader'), verbatim: true }],
    });
  } else {
    blocks.push({
      type: 'actions',
      elements: [
        {
          type: 'button',
          style: 'primary',
          action_id: FeedbackIds.actions.reply,
          value: copy.thread.id,
          text: plain(t(locale, 'feedback.button.reply'), LIMITS.buttonText),
        },
        closeButton(locale, FeedbackIds.actions.leaderClose, copy.thread.id),
      ],
    });
  }
  return { text: `${head}\n${quote(copy.message.text)}`.slice(0, LIMITS.messageText), blocks };
}

/** The reply modal: what the author wrote last, and the leader's answer (signed). */
export function replyModal(
  locale: Locale,
  input: { thread: FeedbackThread; team: Team; last: FeedbackMessage | null },
): View {
  const blocks: KnownBlock[] = [
    {
      type: 'context',
      elements: [
        {
          type: 'mrkdwn',
          text: t(locale, 'feedback.reply.about', {
            category: categoryLabel(locale, input.thread.category),
            team: inert(input.team.name, 80),
          }),
          verbatim: true,
        },
      ],
    },
  ];
  if (input.last) blocks.push(section(`${t(locale, 'feedback.reply.quote')}\n${quote(input.last.text)}`));
  blocks.push({
    type: 'input',
    block_id: FeedbackIds.blocks.text,
    label: plain(t(locale, 'feedback.reply.label')),
    element: {
      type: 'plain_text_input',
      action_id: FeedbackIds.input,
      multiline: true,
      max_length: FEEDBACK_MAX_LENGTH,
    },
  });
  return {
    type: 'modal',
    callback_id: FeedbackIds.views.reply,
    private_metadata: input.thread.id,
    title: plain(t(locale, 'feedback.reply.title'), LIMITS.modalTitle),
    submit: plain(t(locale, 'feedback.modal.submit'), LIMITS.modalTitle),
    close: plain(t(locale, 'common.cancel'), LIMITS.modalTitle),
    blocks,
  };
}

// ------------------------------------------------------------------------------------------
// The author's side

/** A leader's reply in the author's DM, with Answer and Close; closed, it says so. */
export function authorMessage(locale: Locale, copy: AuthorCopy, closed?: ClosedNote): SlackMessage {
  const head = t(locale, 'feedback.author.reply', {
    name: name(copy.leader, locale),
    category: categoryLabel(locale, copy.thread.category),
    team: inert(copy.team.name, 80),
  });
  const blocks: KnownBlock[] = [section(`${head}\n${quote(copy.message.text)}`)];
  if (closed) {
    blocks.push({
      type: 'context',
      elements: [{ type: 'mrkdwn', text: closedText(locale, closed, 'author'), verbatim: true }],
    });
  } else {
    blocks.push(
      { type: 'context', elements: [{ type: 'mrkdwn', text: t(locale, 'feedback.author.context') }] },
      {
        type: 'actions',
        elements: [
          {
            type: 'button',
            style: 'primary',
            action_id: FeedbackIds.actions.answer,
            value: copy.thread.id,
            text: plain(t(locale, 'feedback.button.answer'), LIMITS.buttonText),
          },
          closeButton(locale, FeedbackIds.actions.authorClose, copy.thread.id),
        ],
      },
    );
  }
  return { text: `${head}\n${quote(copy.message.text)}`.slice(0, LIMITS.messageText), blocks };
}

/** The author's note that a leader closed a conversation nobody had replied in. */
export function closedNotice(locale: Locale, team: Team, thread: FeedbackThread, closed: ClosedNote): SlackMessage {
  const who = closed.by === 'leader' ? name(closed.leader, locale) : t(locale, 'feedback.closed.a_leader');
  const text = t(locale, 'feedback.closed.to_author', {
    category: categoryLabel(locale, thread.category),
    team: inert(team.name, 80),
    name: who,
  });
  return { text, blocks: [section(text)] };
}

/** The answer modal: still anonymous, back through the batches. */
export function answerModal(locale: Locale, input: { thread: FeedbackThread; team: Team }): View {
  return {
    type: 'modal',
    callback_id: FeedbackIds.views.answer,
    private_metadata: input.thread.id,
    title: plain(t(locale, 'feedback.answer.title'), LIMITS.modalTitle),
    submit: plain(t(locale, 'feedback.modal.submit'), LIMITS.modalTitle),
    close: plain(t(locale, 'common.cancel'), LIMITS.modalTitle),
    blocks: [
      {
        type: 'context',
        elements: [
          {
            type: 'mrkdwn',
            text: t(locale, 'feedback.answer.about', {
              category: categoryLabel(locale, input.thread.category),
              team: inert(input.team.name, 80),
            }),
            verbatim: true,
          },
        ],
      },
      {
        type: 'input',
        block_id: FeedbackIds.blocks.text,
        label: plain(t(locale, 'feedback.answer.label')),
        element: {
          type: 'plain_text_input',
          action_id: FeedbackIds.input,
          multiline: true,
          max_length: FEEDBACK_MAX_LENGTH,
        },
      },
    ],
  };
}
