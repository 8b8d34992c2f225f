import { sign } from '../../test/support/signed-requests.ts';

/** The workspace the fake Slack's auth.test names: Hexin serves it only. */
export { FAKE_TEAM_ID as WORKSPACE } from '../../test/fakes/fake-slack.ts';

export interface CommandRequest {
  headers: Record<string, string>;
  body: string;
}

/** A slash command as Slack posts it: a form body signed with the app's signing secret. */
export function signedCommand(
  secret: string,
  fields: {
    workspace: string;
    command: string;
    text: string;
    user: string;
    channel: string;
    channelName?: string;
    triggerId: string;
    responseUrl: string;
  },
): CommandRequest {
  const body = new URLSearchParams({
    token: 'legacy-verification-token',
    team_id: fields.workspace,
    team_domain: 'bench',
    channel_id: fields.channel,
    channel_name: fields.channelName ?? 'bench-team',
    user_id: fields.user,
    user_name: fields.user.toLowerCase(),
    command: fields.command,
    text: fields.text,
    api_app_id: 'A0HEXIN',
    is_enterprise_install: 'false',
    response_url: fields.responseUrl,
    trigger_id: fields.triggerId,
  }).toString();
  const timestamp = Math.floor(Date.now() / 1000);
  return {
    body,
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      'x-slack-request-timestamp': String(timestamp),
      'x-slack-signature': sign(secret, timestamp, body),
    },
  };
}
