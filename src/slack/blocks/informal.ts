import type { KnownBlock } from '@slack/types';
import { DateTime } from 'luxon';
import { formatMinute } from '../../domain/checkins/calendar.ts';
import type { IcebreakerChoice } from '../../domain/informal/icebreakers.ts';
import type { ChannelProblem, CoffeeChoice, InformalTeam, Outcome } from '../../domain/informal/model.ts';
import type { FollowupStage, IntroView } from '../../domain/informal/ports.ts';
import type { CoffeeStatus } from '../../domain/informal/service.ts';
import type { Member } from '../../domain/teams/model.ts';
import { t, type Locale, type MessageKey } from '../../i18n/index.ts';
import { inert } from '../../shared/text.ts';
import type { SlackMessage } from './checkin.ts';
import { formatDate, formatMoment } from './dates.ts';
import { LIMITS, plain, section } from './limits.ts';

/** The informal channel's Slack ids, kept with its views. */
export const InformalIds = {
  command: '/coffee',
  /** The follow-up's buttons; each value is the group id. */
  met: 'coffee_met',
  notYet: 'coffee_not_yet',
  cant: 'coffee_cant',
  /** The private "pause for a while?" buttons; each value is the member id asked. */
  pause: 'coffee_pause',
  stay: 'coffee_stay',
} as const;

export const OUTCOME_ACTIONS: Record<Outcome, string> = {
  met: InformalIds.met,
  not_yet: InformalIds.notYet,
  cant: InformalIds.cant,
};

const teamName = (team: Pick<InformalTeam, 'name'>) => inert(team.name, 80);
const mention = (member: Pick<Member, 'slackUserId'>) => `<@${member.slackUserId}>`;

/** The same words in each of the group's languages, one after the other. */
const inEach = (locales: readonly Locale[], line: (locale: Locale) => string) => locales.map(line).join('\n\n');

/** The question's words: the bank's in the reader's language, a team's own as its leader wrote it (inert). */
export function questionText(locale: Locale, question: IcebreakerChoice, custom: string | null): string {
  if (question.kind === 'custom') return inert(custom ?? '', 300);
  return t(locale, `informal.icebreaker.q.${question.id}` as MessageKey);
}

/**
 * A group's intro: who is in it (name, position, each one's local time now), a question to
 * start with, why Hexin pairs people, and when it will ask how it went — in every language
 * the group speaks.
 */
export function introMessage(view: IntroView): SlackMessage {
  const blocks: KnownBlock[] = [];
  for (const locale of view.locales) {
    const people = view.people.map((p) =>
      t(locale, p.position ? 'informal.intro.person_position' : 'informal.intro.person', {
        name: mention(p.member),
        position: p.position ? inert(p.position, 80) : '',
        time: DateTime.fromJSDate(view.now, { zone: p.timeZone }).toFormat('HH:mm'),
        zone: p.timeZone,
      }),
    );
    blocks.push(
      section(t(locale, 'informal.intro.head', { team: teamName(view.team) })),
      section(people.join('\n')),
      section(t(locale, 'informal.intro.question', { question: questionText(locale, view.question, null) })),
      {
        type: 'context',
        elements: [
          {
            type: 'mrkdwn',
            text: t(locale, 'informal.intro.why', {
              when: formatMoment(view.askAt, view.team.timeZone, locale),
            }),
          },
        ],
      },
    );
    if (locale !== view.locales.at(-1)) blocks.push({ type: 'divider' });
  }
  return {
    text: inEach(view.locales, (l) => t(l, 'informal.intro.fallback', { team: teamName(view.team) })),
    blocks,
  };
}

function outcomeButtons(locales: readonly Locale[], groupId: string): KnownBlock {
  const words = (key: MessageKey) => locales.map((l) => t(l, key)).join(' / ');
  return {
    type: 'actions',
    elements: [
      {
        type: 'button',
        style: 'primary',
        action_id: InformalIds.met,
        value: groupId,
        text: plain(words('informal.followup.met'), LIMITS.buttonText),
      },
      {
        type: 'button',
        action_id: InformalIds.notYet,
        value: groupId,
        text: plain(words('informal.followup.not_yet'), LIMITS.buttonText),
      },
      {
        type: 'button',
        action_id: InformalIds.cant,
        value: groupId,
        text: plain(words('informal.followup.cant'), LIMITS.buttonText),
      },
    ],
  };
}

/** "Did you meet?" to the group: halfway, and once more near the end after a "not yet". */
export function followupMessage(view: { locales: Locale[]; groupId: string; stage: FollowupStage }): SlackMessage {
  const key: MessageKey = view.stage === 'mid' ? 'informal.followup.mid' : 'informal.followup.last';
  const text = inEach(view.locales, (l) => t(l, key));
  return { text, blocks: [section(text), outcomeButtons(view.locales, view.groupId)] };
}

/** The follow-up once answered: who answered what, for the whole group; no buttons left but a change of mind. */
export function answeredMessage(view: {
  locales: Locale[];
  groupId: string;
  by: Member;
  outcome: Outcome;
}): SlackMessage {
  const key: MessageKey = `informal.followup.answered.${view.outcome}`;
  const text = inEach(view.locales, (l) => t(l, key, { name: mention(view.by) }));
  return {
    text,
    blocks: view.outcome === 'met' ? [section(text)] : [section(text), outcomeButtons(view.locales, view.groupId)],
  };
}

/** Privately, after two rounds without an answer: pause for a while, or stay in. */
export function pauseAskMessage(locale: Locale, team: InformalTeam, memberId: string): SlackMessage {
  const text = t(locale, 'informal.pause_ask.text', { team: teamName(team) });
  return {
    text,
    blocks: [
      section(text),
      {
        type: 'actions',
        elements: [
          {
            type: 'button',
            action_id: InformalIds.pause,
            value: memberId,
            text: plain(t(locale, 'informal.pause_ask.pause'), LIMITS.buttonText),
          },
          {
            type: 'button',
            style: 'primary',
            action_id: InformalIds.stay,
            value: memberId,
            text: plain(t(locale, 'informal.pause_ask.stay'), LIMITS.buttonText),
          },
        ],
      },
    ],
  };
}

/** Privately, to a member no group could take: sorry, no reason, first next round. */
export function leftOutMessage(locale: Locale, team: InformalTeam, next: Date | null): SlackMessage {
  const lines = [t(locale, 'informal.left_out.text', { team: teamName(team) })];
  if (next) lines.push(t(locale, 'informal.left_out.next', { when: formatMoment(next, team.timeZone, locale) }));
  const text = lines.join('\n');
  return { text, blocks: [section(text)] };
}

/** To a leader: a round could not read its informal channel, and how to mend it. */
export function channelProblemMessage(locale: Locale, channelId: string, problem: ChannelProblem): SlackMessage {
  const text = [
    t(locale, `informal.channel_problem.${problem}`, { channel: channelId }),
    t(locale, 'informal.channel_problem.retry'),
  ].join('\n');
  return { text, blocks: [section(text)] };
}

export function pauseAnsweredText(locale: Locale, team: InformalTeam, choice: CoffeeChoice): string {
  return choice.pausedUntil
    ? t(locale, 'informal.pause_ask.paused', {
        team: teamName(team),
        date: formatDate(DateTime.fromJSDate(choice.pausedUntil, { zone: team.timeZone }).toISODate() ?? '', locale),
      })
    : t(locale, 'informal.pause_ask.stayed', { team: teamName(team) });
}

/** The week's icebreaker in the informal channel, in each language the team speaks. */
export function icebreakerMessage(view: {
  team: InformalTeam;
  locales: Locale[];
  question: IcebreakerChoice;
  custom: string | null;
}): SlackMessage {
  const text = inEach(view.locales, (l) =>
    t(l, 'informal.icebreaker.post', { question: questionText(l, view.question, view.custom) }),
  );
  return {
    text,
    blocks: [
      section(text),
      {
        type: 'context',
        elements: [{ type: 'mrkdwn', text: view.locales.map((l) => t(l, 'informal.icebreaker.hint')).join(' · ') }],
      },
    ],
  };
}

/** The team's coffee settings as they now stand. */
export function settingsText(locale: Locale, team: InformalTeam): string {
  const lines = [
    team.coffeeEnabled
      ? t(locale, 'informal.settings.on', {
          team: teamName(team),
          cadence: t(locale, `informal.cadence.${team.coffeeEveryWeeks as 1 | 2 | 4}`),
          day: t(locale, `weekday.${team.coffeeWeekday as 1 | 2 | 3 | 4 | 5 | 6 | 7}`),
          time: formatMinute(team.coffeeMinute),
          zone: team.timeZone,
          size: team.coffeeGroupSize,
          repeat: team.coffeeRepeatWeeks,
        })
      : t(locale, 'informal.settings.off', { team: teamName(team) }),
    team.informalChannelId
      ? t(locale, 'informal.settings.channel', { channel: team.informalChannelId })
      : t(locale, 'informal.settings.no_channel'),
    team.icebreakerEnabled
      ? t(locale, 'informal.settings.questions_on', {
          day: t(locale, `weekday.${team.icebreakerWeekday as 1 | 2 | 3 | 4 | 5 | 6 | 7}`),
          time: formatMinute(team.icebreakerMinute),
        })
      : t(locale, 'informal.settings.questions_off'),
  ];
  return lines.join('\n');
}

/** `/coffee` and `/coffee status`: my part, my group, the next round; and for a leader how many take part. */
export function statusText(locale: Locale, team: InformalTeam, status: CoffeeStatus, now: Date): string {
  const lines: string[] = [];
  const { choice } = status;
  if (choice.optedOut) lines.push(t(locale, 'informal.status.out'));
  else if (choice.pausedUntil && choice.pausedUntil > now)
    lines.push(
      t(locale, 'informal.status.paused', {
        date: formatDate(DateTime.fromJSDate(choice.pausedUntil, { zone: team.timeZone }).toISODate() ?? '', locale),
      }),
    );
  else lines.push(t(locale, 'informal.status.in'));
  if (status.partners && status.partners.length > 0)
    lines.push(t(locale, 'informal.status.group', { names: status.partners.map(mention).join(', ') }));
  else if (status.round) lines.push(t(locale, 'informal.status.no_group'));
  if (!team.informalChannelId) lines.push(t(locale, 'informal.settings.no_channel'));
  else if (status.next)
    lines.push(t(locale, 'informal.status.next', { when: formatMoment(status.next, team.timeZone, locale) }));
  else if (!team.coffeeEnabled) lines.push(t(locale, 'informal.settings.off', { team: teamName(team) }));
  if (status.included !== null) lines.push(t(locale, 'informal.status.taking_part', { count: status.included }));
  // Leaders alone see why a round could not pair, with the way to mend it.
  if (status.included !== null && status.round?.problem)
    lines.push(channelProblemMessage(locale, status.round.channelId, status.round.problem).text);
  return lines.join('\n');
}

/** The App Home's lines: my group and the next round (or nothing, when the team has no informal channel). */
export function homeCoffeeBlocks(locale: Locale, team: InformalTeam, status: CoffeeStatus, now: Date): KnownBlock[] {
  if (!team.informalChannelId) return [];
  return [section(`*${t(locale, 'informal.home.title')}*\n${statusText(locale, team, status, now)}`)];
}
