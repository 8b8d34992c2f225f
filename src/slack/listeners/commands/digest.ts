import type { AllMiddlewareArgs, App, SlackCommandMiddlewareArgs } from '@slack/bolt';
import { formatMinute } from '../../../domain/checkins/calendar.ts';
import { parseDigestCommand } from '../../../domain/digest/command.ts';
import type { DigestTeam } from '../../../domain/digest/ports.ts';
import * as digest from '../../../domain/digest/service.ts';
import { localeOf } from '../../../domain/teams/model.ts';
import { t, type Locale } from '../../../i18n/index.ts';
import { inert } from '../../../shared/text.ts';
import { DigestIds, digestMessage } from '../../blocks/digest.ts';
import type { AppDeps } from '../../deps.ts';
import { goalLinks } from '../../digest-notifier.ts';
import { runCommand } from '../../reply.ts';

type Args = SlackCommandMiddlewareArgs & AllMiddlewareArgs;

const settingsText = (locale: Locale, team: DigestTeam) =>
  team.digestEnabled
    ? t(locale, 'digest.settings.on', {
        team: inert(team.name, 80),
        day: t(locale, `weekday.${team.digestWeekday as 1 | 2 | 3 | 4 | 5 | 6 | 7}`),
        time: formatMinute(team.digestMinute),
        zone: team.timeZone,
      })
    : t(locale, 'digest.settings.off', { team: inert(team.name, 80) });

/**
 * `/digest`: for a leader, the week so far (not stored: the weekly digest is the record), and
 * the weekly digest's settings; for a member, what the digest is and that it goes to leaders.
 */
export function register(app: App, deps: AppDeps): void {
  const core = deps.digest;
  app.command(DigestIds.command, async (args: Args) => {
    await args.ack();
    await runCommand(deps, args, 'digest', async ({ actor, locale, speak, reply }) => {
      const command = parseDigestCommand(args.command.text);
      if (command.kind === 'help') {
        await reply(t(await locale(), 'digest.help'));
        return;
      }
      const { team, member, leader } = await digest.teamForDigest(core, actor, args.command.channel_id);
      const spoken = localeOf(member, team);
      speak(spoken);
      if (!leader) {
        await reply(t(spoken, 'digest.member'));
        return;
      }
      switch (command.kind) {
        case 'show': {
          const snapshot = await digest.digestSoFar(core, team, actor, deps.now());
          const links = await goalLinks(snapshot, (channel, ts) =>
            args.client.chat.getPermalink({ channel, message_ts: ts }),
          );
          await reply(digestMessage(spoken, team, snapshot, null, links));
          return;
        }
        case 'on':
        case 'off':
          await reply(
            settingsText(
              spoken,
              await digest.changeDigestSettings(core, team, actor, { digestEnabled: command.kind === 'on' }),
            ),
          );
          return;
        case 'settings': {
          const changes = {
            ...(command.weekday !== undefined && { digestWeekday: command.weekday }),
            ...(command.minute !== undefined && { digestMinute: command.minute }),
          };
          const updated =
            Object.keys(changes).length > 0 ? await digest.changeDigestSettings(core, team, actor, changes) : team;
          await reply(settingsText(spoken, updated));
          return;
        }
      }
    });
  });
}
