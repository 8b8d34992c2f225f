/**
 * Untrusted text (anything a person typed) goes through here before it reaches mrkdwn.
 * Escaping &, < and > turns `<!channel>`, `<@U…>` and `<http://x|y>` into plain
 * characters; the block that carries it also sets `verbatim: true`, so Slack does not
 * auto-link URLs, channels or @mentions either.
 */
export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Cuts text to at most `max` characters (never splitting one), ending with an ellipsis when cut. */
export function truncate(text: string, max: number): string {
  const chars = Array.from(text);
  if (chars.length <= max) return text;
  return max <= 0 ? '' : chars.slice(0, max - 1).join('') + '…';
}

/**
 * Untrusted text ready for a verbatim mrkdwn field: escaped, and cut so that the escaped
 * result is at most `max` characters without ever splitting an entity like `&lt;`.
 */
export function inert(text: string, max = 2900): string {
  const escaped = escapeMrkdwn(text);
  if (escaped.length <= max) return escaped;
  let out = '';
  for (const char of Array.from(text)) {
    const piece = escapeMrkdwn(char);
    if (out.length + piece.length > max - 1) break;
    out += piece;
  }
  return max <= 0 ? '' : `${out}…`;
}
