import { randomBytes } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { request } from 'undici';
import type { FakeSlack } from '../../test/fakes/fake-slack.ts';
import { SIGNING_SECRET } from './apps.ts';
import { signedCommand, WORKSPACE } from './slack-requests.ts';

const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

/** `/hexin schedule` days: every weekday but today's (UTC), so no prompt fans out during a bench that does not want one. */
export function everyDayButToday(now = new Date()): string {
  const today = (now.getUTCDay() + 6) % 7;
  return WEEKDAYS.filter((_, i) => i !== today).join(',');
}

/** One signed slash command; resolves when Hexin has acked it (its work goes on after). */
export async function sendCommand(
  slack: FakeSlack,
  origin: string,
  who: { user: string; channel: string },
  command: string,
  text: string,
): Promise<string> {
  const id = randomBytes(5).toString('hex');
  const { headers, body } = signedCommand(SIGNING_SECRET, {
    workspace: WORKSPACE,
    command,
    text,
    user: who.user,
    channel: who.channel,
    triggerId: `setup-${id}`,
    responseUrl: slack.responseUrl(`setup-${id}`),
  });
  const res = await request(`${origin}/slack/events`, { method: 'POST', headers, body });
  const answer = await res.body.text();
  if (res.statusCode !== 200) throw new Error(`${command} ${text} answered ${res.statusCode}: ${answer}`);
  return `setup-${id}`;
}

/** The ephemeral answer Hexin sent to a command's response_url, once it has come. */
export async function answerTo(slack: FakeSlack, id: string, timeoutMs = 20_000): Promise<string> {
  const path = `/response/${id}`;
  const calls = await slack.waitFor(
    (all) => all.some((c) => c.method === 'response_url' && c.args.path === path),
    timeoutMs,
  );
  const call = calls.find((c) => c.method === 'response_url' && c.args.path === path)!;
  return String(call.args.text ?? JSON.stringify(call.args));
}

/**
 * A team set up the way a workspace sets one up, through Hexin's own signed commands: an admin
 * runs `/hexin setup` in the channel (Hexin imports the channel's members in a job), then
 * `/hexin schedule` moves today's prompts out of the way. Ends once every member's
 * `/checkin` opens the modal.
 */
export async function setUpTeamByCommands(
  slack: FakeSlack,
  origin: string,
  team: { leader: string; members: string[]; channel: string },
): Promise<void> {
  const everyone = [team.leader, ...team.members];
  for (const id of everyone)
    slack.addUser({
      id,
      name: id.toLowerCase(),
      realName: `Bench ${id}`,
      tz: 'UTC',
      locale: 'en-US',
      isAdmin: id === team.leader,
    });
  slack.setChannelMembers(team.channel, everyone);
  const leader = { user: team.leader, channel: team.channel };
  const setup = await answerTo(slack, await sendCommand(slack, origin, leader, '/hexin', 'setup'));
  const schedule = await answerTo(
    slack,
    await sendCommand(slack, origin, leader, '/hexin', `schedule days=${everyDayButToday()}`),
  );
  const deadline = Date.now() + 60_000;
  let missing = everyone;
  while (missing.length > 0) {
    if (Date.now() > deadline)
      throw new Error(
        `team setup did not finish: no check-in modal for ${missing.join(', ')}; Hexin said: ${setup} / ${schedule}`,
      );
    const tries = await Promise.all(
      missing.map(async (user) => ({
        user,
        trigger: await sendCommand(slack, origin, { user, channel: team.channel }, '/checkin', ''),
      })),
    );
    await sleep(1000);
    const opened = new Set(
      slack
        .callsTo('views.open')
        .filter((c) => c.answered === 'ok')
        .map((c) => String(c.args.trigger_id)),
    );
    missing = tries.filter((t) => !opened.has(t.trigger)).map((t) => t.user);
  }
}
