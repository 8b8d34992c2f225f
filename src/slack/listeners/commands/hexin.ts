import type { App, SlackCommandMiddlewareArgs, AllMiddlewareArgs } from '@slack/bolt';
import { formatMinute } from '../../../domain/checkins/calendar.ts';
import { effectiveMinGroup } from '../../../domain/pulse/aggregate.ts';
import { nextRoundOf } from '../../../domain/pulse/service.ts';
import type { Team } from '../../../domain/teams/model.ts';
import * as teams from '../../../domain/teams/service.ts';
import { t, type Locale } from '../../../i18n/index.ts';
import { inert } from '../../../shared/text.ts';
import { formatMoment } from '../../blocks/dates.ts';
import { channelProblem } from '../../channel-problem.ts';
import type { AppDeps } from '../../deps.ts';
import { fetchProfile } from '../../directory.ts';
import { Commands } from '../../ids.ts';
import { AVAILABLE_QUESTIONS, parseHexinCommand, type HexinCommand } from '../../parse.ts';
import { runCommand } from '../../reply.ts';

type Args = SlackCommandMiddlewareArgs & AllMiddlewareArgs;

const languageName = (locale: string) => (locale === 'zh-CN' ? '中文 (zh-CN)' : 'English (en)');

/** The admin reads the reply in their own language; this line says which language the team speaks. */
const teamLanguage = (locale: Locale, team: Team) =>
  t(locale, 'hexin.team_language', { language: languageName(team.defaultLocale) });

export const describeDays = (locale: Locale, days: number[]) =>
  days.map((d) => t(locale, `weekday.${d as 1 | 2 | 3 | 4 | 5 | 6 | 7}`)).join(' ');

/** `/hexin …`: team setup and membership. */
export function register(app: App, deps: AppDeps): void {
  app.command(Commands.hexin, async (args: Args) => {
    await args.ack();
    await runCommand(deps, args, 'hexin', async ({ actor, locale, reply }) => {
      const { command, client } = args;
      const text = await run(parseHexinCommand(command.text), {
        deps,
        client,
        actor,
        locale: await locale(),
        channelId: command.channel_id,
        channelName: command.channel_name,
      });
      await reply(text);
    });
  });
}

interface RunContext {
  deps: AppDeps;
  client: Args['client'];
  actor: teams.Actor;
  locale: Locale;
  channelId: string;
  channelName: string;
}

async function run(command: HexinCommand, ctx: RunContext): Promise<string> {
  const { deps, client, actor, locale } = ctx;
  const store = deps.teams;
  const here = () => teams.requireTeamAt(store, actor.workspaceId, ctx.channelId);
  const teamName = (team: Team) => inert(team.name, 80);
  switch (command.kind) {
    case 'help':
      return t(locale, 'hexin.help', { available: AVAILABLE_QUESTIONS });
    case 'setup': {
      const profile = await fetchProfile(client, actor.slackUserId);
      // An informal channel Hexin cannot serve is left unset, and the leader told how to mend it.
      const informal = command.informalChannelId;
      const unusable =
        informal && (await channelProblem(() => client.conversations.info({ channel: informal }))) ? informal : null;
      const { team, created } = await teams.setUpTeam(store, deps.enqueuer, {
        actor,
        actorProfile: profile,
        channelId: ctx.channelId,
        channelName: ctx.channelName,
        informalChannelId: unusable ? null : informal,
        defaults: { locale: deps.config.DEFAULT_LOCALE, timeZone: deps.config.DEFAULT_TIME_ZONE },
        now: deps.now(),
      });
      if (!created) return t(locale, 'hexin.setup.already', { team: teamName(team) });
      const done = t(locale, 'hexin.setup.done', {
        team: teamName(team),
        time: formatMinute(team.checkinMinute),
        days: describeDays(locale, team.checkinDays),
      });
      const lines = [done, teamLanguage(locale, team)];
      if (unusable) lines.push(t(locale, 'informal.setup.channel_unusable', { channel: unusable }));
      // The leader hears when the first pulse opens before it can: never on the day of setup.
      const pulseTeam = await deps.pulse.pulse.findTeam(team.id);
      const firstPulse = pulseTeam && (await nextRoundOf(deps.pulse, pulseTeam, deps.now()));
      if (firstPulse)
        lines.push(
          t(locale, 'pulse.setup.first', {
            when: formatMoment(firstPulse, team.timeZone, locale),
            needed: effectiveMinGroup(deps.config.ANON_MIN_GROUP),
          }),
        );
      lines.push(t(locale, 'role.setup_hint'));
      return lines.join('\n');
    }
    case 'join': {
      const team = await here();
      const { joined } = await teams.joinTeam(
        store,
        team,
        actor.slackUserId,
        await fetchProfile(client, actor.slackUserId),
      );
      return t(locale, joined ? 'hexin.join.done' : 'hexin.join.already', {
        team: teamName(team),
        time: formatMinute(team.checkinMinute),
      });
    }
    case 'leave': {
      const team = await here();
      await teams.leaveTeam(store, team, actor.slackUserId);
      return t(locale, 'hexin.leave.done', { team: teamName(team) });
    }
    case 'members': {
      const team = await here();
      const members = await store.activeMembers(team.id);
      const lines = members.map(
        (m) =>
          `• ${inert(m.displayName || m.slackUserId, 80)} — ${t(locale, m.role === 'leader' ? 'hexin.members.leader' : 'hexin.members.member')} · ${m.timeZone ?? team.timeZone}`,
      );
      return [t(locale, 'hexin.members.title', { team: teamName(team), count: members.length }), ...lines].join('\n');
    }
    case 'role': {
      const team = await here();
      const profile = await fetchProfile(client, command.userId);
      await teams.assignRole(store, team, actor, { slackUserId: command.userId, profile }, command.role);
      const role = t(locale, command.role === 'leader' ? 'hexin.members.leader' : 'hexin.members.member');
      return t(locale, 'hexin.role.done', { user: `<@${command.userId}>`, role, team: teamName(team) });
    }
    case 'remove': {
      const team = await here();
      await teams.removeFromTeam(store, team, actor, command.userId);
      return t(locale, 'hexin.remove.done', { user: `<@${command.userId}>`, team: teamName(team) });
    }
    case 'schedule': {
      const team = await teams.changeSchedule(store, await here(), actor, command.change);
      const done = t(locale, 'hexin.schedule.done', {
        days: describeDays(locale, team.checkinDays),
        time: formatMinute(team.checkinMinute),
        reminder: formatMinute(team.reminderMinute),
      });
      return `${done}\n${teamLanguage(locale, team)}`;
    }
    case 'questions': {
      const team = await teams.changeQuestions(store, await here(), actor, command.questions);
      return t(locale, 'hexin.questions.done', {
        questions: team.checkinQuestions.map((q) => t(locale, `checkin.q.short.${q as 'mood'}`)).join(', '),
      });
    }
    case 'holiday-add': {
      const name = command.name || command.date;
      await teams.addHoliday(store, await here(), actor, command.date, name);
      return t(locale, 'hexin.holiday.added', { date: command.date, name: inert(name, 80) });
    }
    case 'holiday-remove':
      await teams.removeHoliday(store, await here(), actor, command.date);
      return t(locale, 'hexin.holiday.removed', { date: command.date });
    case 'holidays': {
      const holidays = await store.holidays((await here()).id);
      if (holidays.length === 0) return t(locale, 'hexin.holiday.none');
      return t(locale, 'hexin.holiday.list', {
        list: holidays.map((h) => `${h.date} (${inert(h.name, 80)})`).join(', '),
      });
    }
    case 'vacation':
      await teams.takeVacation(store, actor, { startDate: command.startDate, endDate: command.endDate });
      return t(locale, 'hexin.vacation.done', { start: command.startDate, end: command.endDate });
    case 'vacation-clear':
      await teams.clearVacations(store, actor);
      return t(locale, 'hexin.vacation.cleared');
    case 'language': {
      await teams.changeLanguage(store, await here(), actor, command.locale);
      return t(command.locale, 'hexin.language.done', { language: languageName(command.locale) });
    }
    case 'timezone':
      await teams.changeTimeZone(store, await here(), actor, command.zone);
      return t(locale, 'hexin.timezone.done', { zone: command.zone });
  }
}
