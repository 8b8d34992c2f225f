/**
 * Which of the gate's buckets paces each Web API method Hexin's jobs call. Slack limits each
 * method per workspace by its tier: Tier 2 about 20 calls a minute, Tier 3 about 50, Tier 4
 * about 100; chat.postMessage has a special limit (about one a second per channel, several
 * hundred a minute per workspace), the `post` bucket. A bucket is a pace: each method keeps its
 * own slots at its bucket's pace (Slack counts each method apart), see SlackGate.
 *
 * Source: the "Rate limits" line of each method's page in Slack's reference
 * (docs.slack.dev/reference/methods/<method>), checked for every row below.
 */
export const SLACK_METHOD_BUCKETS = {
  'chat.postMessage': 'post', // Special: ~1/s per channel, several hundred a minute per workspace
  'chat.postEphemeral': 'tier4',
  'chat.update': 'tier3',
  'chat.delete': 'tier3',
  'chat.getPermalink': 'tier4', // Special (generous): paced as Tier 4, below what Slack allows
  'conversations.open': 'tier3',
  // Tier 3 for internal apps; commercially distributed apps outside the Marketplace get far less.
  'conversations.history': 'tier3',
  'conversations.replies': 'tier3',
  'conversations.info': 'tier3',
  'conversations.members': 'tier4',
  'team.info': 'tier3',
  'reactions.get': 'tier3',
  'users.info': 'tier4',
  'users.list': 'tier2',
  'views.publish': 'tier4',
  'files.info': 'tier4',
  'files.getUploadURLExternal': 'tier4',
  'files.completeUploadExternal': 'tier4',
} as const satisfies Record<string, SlackBucket>;

/** A pace the gate keeps per workspace: the post limit, or one of Slack's tiers. */
export type SlackBucket = 'post' | 'tier2' | 'tier3' | 'tier4';

export const SLACK_BUCKETS: readonly SlackBucket[] = ['post', 'tier2', 'tier3', 'tier4'];

/** A Web API method a job may call through the gate. */
export type SlackMethod = keyof typeof SLACK_METHOD_BUCKETS;

export const bucketOf = (method: SlackMethod): SlackBucket => SLACK_METHOD_BUCKETS[method];
