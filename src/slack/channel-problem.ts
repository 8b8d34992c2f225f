import type { WebClient } from '@slack/web-api';
import { CHANNEL_PROBLEMS, type ChannelProblem } from '../domain/informal/model.ts';

type Info = Awaited<ReturnType<WebClient['conversations']['info']>>;

const isProblem = (code: unknown): code is ChannelProblem =>
  typeof code === 'string' && (CHANNEL_PROBLEMS as readonly string[]).includes(code);

/** The problem a Web API refusal names (Slack's own error code), or null for any other error. */
export function problemOfRefusal(error: unknown): ChannelProblem | null {
  const data = (error as { data?: { error?: unknown } } | null)?.data;
  return isProblem(data?.error) ? data.error : null;
}

/**
 * Whether Hexin can serve a channel, from conversations.info: it must be in it (a private
 * channel it is not in is not found at all) and the channel must not be archived. Any other
 * refusal is thrown: it says nothing about the channel.
 */
export async function channelProblem(ask: () => Promise<Info>): Promise<ChannelProblem | null> {
  try {
    const { channel } = await ask();
    if (!channel) return 'channel_not_found';
    if (channel.is_archived) return 'is_archived';
    return channel.is_member === false ? 'not_in_channel' : null;
  } catch (error) {
    const problem = problemOfRefusal(error);
    if (problem) return problem;
    throw error;
  }
}
