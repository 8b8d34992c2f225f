/**
 * Untrusted text (anything a person typed) goes through here before it reaches mrkdwn.
 * Escaping &, < and > turns `<!channel>`, `<@U…>` and `<http://x|y>` into plain
 * characters; the block that carries it also sets `verbatim: true`, so Slack does not
 * auto-link URLs, channels or @mentions either.
 */
export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Cuts text to at most `max` characters, ending with an ellipsis when cut. */
export function truncate(text: string, max: number): string {
  const chars = Array.from(text);
  return chars.length <= max ? text : chars.slice(0, Math.max(0, max - 1)).join('') + '…';
}

/** Untrusted text ready for a verbatim mrkdwn field of at most `max` characters. */
export function inert(text: string, max = 2900): string {
  return truncate(escapeMrkdwn(text), max);
}
