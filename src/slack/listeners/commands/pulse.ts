import type { AllMiddlewareArgs, App, SlackCommandMiddlewareArgs } from '@slack/bolt';
import { formatMinute } from '../../../domain/checkins/calendar.ts';
import { effectiveMinGroup } from '../../../domain/pulse/aggregate.ts';
import { parsePulseCommand, type PulseCommand } from '../../../domain/pulse/command.ts';
import type { PulseTeam } from '../../../domain/pulse/model.ts';
import * as pulse from '../../../domain/pulse/service.ts';
import type { PulseCore } from '../../../domain/pulse/service.ts';
import { localeOf, type Member } from '../../../domain/teams/model.ts';
import { isLeader } from '../../../domain/teams/service.ts';
import { t, type Locale } from '../../../i18n/index.ts';
import { inert } from '../../../shared/text.ts';
import { formatMoment } from '../../blocks/dates.ts';
import { PulseIds, resultsMessage } from '../../blocks/pulse.ts';
import type { AppDeps } from '../../deps.ts';
import { runCommand } from '../../reply.ts';

type Args = SlackCommandMiddlewareArgs & AllMiddlewareArgs;

/** The settings as they now stand, and when the next round opens by itself. */
async function settingsText(core: PulseCore, locale: Locale, team: PulseTeam, now: Date): Promise<string> {
  if (!team.pulseEnabled) return t(locale, 'pulse.settings.off', { team: inert(team.name, 80) });
  const settings = t(locale, 'pulse.settings.on', {
    team: inert(team.name, 80),
    cadence: t(locale, team.pulseEveryWeeks === 1 ? 'pulse.cadence.1' : 'pulse.cadence.2'),
    day: t(locale, `weekday.${team.pulseWeekday as 1 | 2 | 3 | 4 | 5 | 6 | 7}`),
    time: formatMinute(team.checkinMinute),
    zone: team.timeZone,
  });
  const next = await pulse.nextRoundOf(core, team, now);
  return next
    ? `${settings}\n${t(locale, 'pulse.settings.next', { when: formatMoment(next, team.timeZone, locale) })}`
    : settings;
}

type Reply = { text: string; blocks?: ReturnType<typeof resultsMessage>['blocks'] };

async function run(
  command: Exclude<PulseCommand, { kind: 'help' }>,
  core: PulseCore,
  ctx: { team: PulseTeam; member: Member | null; actor: pulse.PulseActor; locale: Locale; now: Date },
): Promise<Reply> {
  const { team, member, actor, locale } = ctx;
  switch (command.kind) {
    case 'show':
    case 'results':
      // Results are for leaders; a member hears that, and nothing else.
      if (!isLeader(member)) return { text: t(locale, 'pulse.member') };
      return resultsMessage(locale, team, await pulse.pulseResults(core, team, actor));
    case 'on':
    case 'off':
      return {
        text: await settingsText(
          core,
          locale,
          await pulse.setPulseEnabled(core, team, actor, command.kind === 'on'),
          ctx.now,
        ),
      };
    case 'every':
      return {
        text: await settingsText(core, locale, await pulse.setPulseEvery(core, team, actor, command.weeks), ctx.now),
      };
    case 'day':
      return {
        text: await settingsText(
          core,
          locale,
          await pulse.setPulseWeekday(core, team, actor, command.weekday),
          ctx.now,
        ),
      };
    case 'now': {
      const { asked } = await pulse.openPulseNow(core, team, actor, ctx.now);
      const lines = [t(locale, 'pulse.now.opening', { team: inert(team.name, 80), asked })];
      const min = effectiveMinGroup(core.minGroup);
      if (asked < min) lines.push(t(locale, 'pulse.now.too_few', { asked, min }));
      return { text: lines.join('\n') };
    }
  }
}

/** `/pulse`: results for leaders, a thank-you for members, and the leader's settings. */
export function register(app: App, deps: AppDeps): void {
  const core = deps.pulse;
  app.command(PulseIds.command, async (args: Args) => {
    await args.ack();
    await runCommand(deps, args, 'pulse', async ({ actor, locale, speak, reply }) => {
      const parsed = parsePulseCommand(args.command.text);
      if (parsed.kind === 'help') {
        await reply(t(await locale(), 'pulse.help'));
        return;
      }
      const { team, member } = await pulse.teamForCommand(core, actor, args.command.channel_id);
      const spoken = localeOf(member, team);
      speak(spoken);
      await reply(await run(parsed, core, { team, member, actor, locale: spoken, now: deps.now() }));
    });
  });
}
