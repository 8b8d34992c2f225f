import type { WebClient } from '@slack/web-api';
import { z } from 'zod';
import type { People } from '../domain/recognition/ports.ts';
import type { SlackProfile } from '../domain/teams/model.ts';
import type { Logger } from '../shared/logger.ts';

const userInfo = z.object({
  user: z.object({
    id: z.string(),
    name: z.string().optional(),
    real_name: z.string().optional(),
    tz: z.string().optional(),
    locale: z.string().optional(),
    is_admin: z.boolean().optional(),
    is_owner: z.boolean().optional(),
    is_bot: z.boolean().optional(),
    deleted: z.boolean().optional(),
    profile: z.object({ display_name: z.string().optional(), real_name: z.string().optional() }).optional(),
  }),
});

/** A person's time zone, language and standing, as Slack reports them (users.info). */
export async function fetchProfile(
  client: WebClient,
  slackUserId: string,
): Promise<SlackProfile & { deleted: boolean }> {
  const { user } = userInfo.parse(await client.users.info({ user: slackUserId, include_locale: true }));
  return {
    displayName: user.profile?.display_name || user.profile?.real_name || user.real_name || user.name || user.id,
    timeZone: user.tz ?? null,
    locale: user.locale ?? null,
    isAdmin: Boolean(user.is_admin || user.is_owner),
    isBot: Boolean(user.is_bot) || user.id === 'USLACKBOT',
    deleted: Boolean(user.deleted),
  };
}

/** Is this Slack user a bot? users.info; a failed look-up says "no" and the membership check decides (kudos). */
export function slackPeople(deps: { log: Logger }, client: WebClient): People {
  return {
    isBot: async (slackUserId) => {
      try {
        return (await fetchProfile(client, slackUserId)).isBot;
      } catch (error) {
        deps.log.warn({ slackUserId, err: (error as Error).message }, 'users.info failed during a kudos check');
        return false;
      }
    },
  };
}
