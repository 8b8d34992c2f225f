import { z } from 'zod';
import type { Processor } from '../../infra/queue/processor.ts';

const membersPage = z.object({
  members: z.array(z.string()).default([]),
  response_metadata: z.object({ next_cursor: z.string().optional() }).optional(),
});

/** A new team starts with the people already in its home channel. */
export const teamImport: Processor<'team-import'> = async ({ teamId }, deps) => {
  const team = await deps.teams.findTeam(teamId);
  if (!team) return 0;
  let cursor: string | undefined;
  let queued = 0;
  do {
    const page = membersPage.parse(
      await deps.gate.call(team.workspaceId, 'conversations.members', () =>
        deps.slack.conversations.members({ channel: team.homeChannelId, limit: 200, ...(cursor && { cursor }) }),
      ),
    );
    for (const slackUserId of page.members) {
      if (await deps.teams.findMember(team.id, slackUserId)) continue;
      await deps.enqueuer.enqueue({ name: 'member-sync', data: { teamId: team.id, slackUserId, change: 'joined' } });
      queued += 1;
    }
    cursor = page.response_metadata?.next_cursor || undefined;
  } while (cursor);
  return queued;
};
