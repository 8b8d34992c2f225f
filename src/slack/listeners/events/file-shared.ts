import type { App } from '@slack/bolt';
import type { AppDeps } from '../../deps.ts';

const SLACK_ID = /^[A-Z0-9]{2,32}$/;

/**
 * A file shared where Hexin can see it may be a leader's CSV of scorecard values. Only a
 * DM with Hexin, or the home channel of a team the uploader leads, is worth a look; the
 * job fetches the file, checks every row and reports back to the uploader.
 */
export function register(app: App, deps: AppDeps): void {
  app.event('file_shared', async ({ event, body, context }) => {
    const workspaceId = (body as { team_id?: string }).team_id ?? '';
    const { channel_id: channelId, user_id: uploaderId, file_id: fileId } = event;
    if (![workspaceId, channelId, uploaderId, fileId].every((id) => SLACK_ID.test(id ?? ''))) return;
    if (uploaderId === context.botUserId) return;
    if (!channelId.startsWith('D')) {
      const team = await deps.teams.findTeamByChannel(workspaceId, channelId);
      const uploader = team ? await deps.teams.findMember(team.id, uploaderId) : null;
      if (!uploader?.active || uploader.role !== 'leader') return;
    }
    await deps.enqueuer.enqueue({ name: 'scorecard-csv-import', data: { workspaceId, fileId, uploaderId, channelId } });
  });
}
