import type { AllMiddlewareArgs, App, SlackCommandMiddlewareArgs } from '@slack/bolt';
import { DateTime } from 'luxon';
import { parseCoffeeCommand, type CoffeeCommand } from '../../../domain/informal/command.ts';
import type { InformalTeam } from '../../../domain/informal/model.ts';
import * as informal from '../../../domain/informal/service.ts';
import { localeOf, type Member } from '../../../domain/teams/model.ts';
import { t, type Locale } from '../../../i18n/index.ts';
import { inert } from '../../../shared/text.ts';
import { formatDate } from '../../blocks/dates.ts';
import { InformalIds, settingsText, statusText } from '../../blocks/informal.ts';
import { channelProblem } from '../../channel-problem.ts';
import type { AppDeps } from '../../deps.ts';
import { runCommand } from '../../reply.ts';

type Args = SlackCommandMiddlewareArgs & AllMiddlewareArgs;

const mention = (m: Pick<Member, 'slackUserId'>) => `<@${m.slackUserId}>`;
const localDay = (at: Date, team: InformalTeam, locale: Locale) =>
  formatDate(DateTime.fromJSDate(at, { zone: team.timeZone }).toISODate() ?? '', locale);

async function run(
  command: Exclude<CoffeeCommand, { kind: 'help' }>,
  core: informal.InformalCore,
  ctx: {
    team: InformalTeam;
    member: Member;
    actor: informal.InformalActor;
    locale: Locale;
    now: Date;
    checkChannel: informal.ChannelCheck;
  },
): Promise<string> {
  const { team, member, actor, locale, now, checkChannel } = ctx;
  switch (command.kind) {
    case 'status':
      return statusText(locale, team, await informal.coffeeStatus(core, team, member, now), now);
    case 'me':
      await informal.setOptedOut(core, member, command.optedOut);
      return t(locale, command.optedOut ? 'informal.me.out' : 'informal.me.in');
    case 'pause': {
      const choice = await informal.pauseCoffee(core, member, command.weeks, now);
      return t(locale, 'informal.me.paused', { date: localDay(choice.pausedUntil ?? now, team, locale) });
    }
    case 'avoid': {
      const other = await informal.setAvoid(core, team, member, command.slackUserId, command.avoid);
      return t(locale, command.avoid ? 'informal.avoid.added' : 'informal.avoid.removed', { name: mention(other) });
    }
    case 'avoids': {
      const avoided = await informal.avoidList(core, member);
      return avoided.length > 0
        ? t(locale, 'informal.avoid.list', { names: avoided.map(mention).join(', ') })
        : t(locale, 'informal.avoid.none');
    }
    case 'now': {
      const started = await informal.startRoundNow(core, team, actor, now);
      if (started.kind === 'under_way')
        return t(locale, 'informal.now.under_way', { date: localDay(started.until, team, locale) });
      return t(locale, started.kind === 'retried' ? 'informal.now.retrying' : 'informal.now.starting', {
        team: inert(team.name, 80),
      });
    }
    case 'question': {
      const added = await informal.addQuestion(core, team, actor, command.text);
      return t(locale, 'informal.question.added', { question: inert(added.text, 300) });
    }
    case 'setting':
      return settingsText(locale, await informal.changeSetting(core, team, actor, command.setting, checkChannel));
  }
}

/** `/coffee`: my part and my group, my quiet choices, and a leader's settings. */
export function register(app: App, deps: AppDeps): void {
  const core = deps.informal;
  app.command(InformalIds.command, async (args: Args) => {
    await args.ack();
    await runCommand(deps, args, 'coffee', async ({ actor, locale, speak, reply }) => {
      const parsed = parseCoffeeCommand(args.command.text);
      if (parsed.kind === 'help') {
        await reply(t(await locale(), 'informal.help'));
        return;
      }
      const { team, member } = await informal.teamForCommand(core, actor, args.command.channel_id);
      const spoken = localeOf(member, team);
      speak(spoken);
      const checkChannel = (channel: string) => channelProblem(() => args.client.conversations.info({ channel }));
      await reply(await run(parsed, core, { team, member, actor, locale: spoken, now: deps.now(), checkChannel }));
    });
  });
}
