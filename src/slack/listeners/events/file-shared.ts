import type { App } from '@slack/bolt';
import { isLeader } from '../../../domain/teams/service.ts';
import { isDirectMessage } from '../../../shared/slack-ids.ts';
import type { AppDeps } from '../../deps.ts';

const SLACK_ID = /^[A-Z0-9]{2,32}$/;

/**
 * A file shared where Hexin can see it may be a leader's CSV of scorecard values. In a DM
 * with Hexin the job fetches it, checks every row and reports back to the uploader. In a
 * channel it is never imported (everyone there would see every member's scores): for a
 * leader's file the job only looks whether it is a CSV and, if so, asks them by DM to
 * delete it and upload it in the DM instead. Members' files in channels are not looked at.
 */
export function register(app: App, deps: AppDeps): void {
  app.event('file_shared', async ({ event, body, context }) => {
    const workspaceId = (body as { team_id?: string }).team_id ?? '';
    const { channel_id: channelId, user_id: uploaderId, file_id: fileId } = event;
    if (![workspaceId, channelId, uploaderId, fileId].every((id) => SLACK_ID.test(id ?? ''))) return;
    if (uploaderId === context.botUserId) return;
    if (!isDirectMessage(channelId)) {
      const memberships = await deps.teams.membershipsOf(workspaceId, uploaderId);
      if (!memberships.some((m) => isLeader(m.member))) return;
    }
    await deps.enqueuer.enqueue({ name: 'scorecard-csv-import', data: { workspaceId, fileId, uploaderId, channelId } });
  });
}
