import { CHANNEL_MENTIONS_IN_TEXT, USER_MENTIONS_IN_TEXT } from './slack-ids.ts';

/**
 * Untrusted text (anything a person typed) goes through here before it reaches mrkdwn.
 * Escaping &, < and > turns `<!channel>`, `<@U…>` and `<http://x|y>` into plain
 * characters; the block that carries it also sets `verbatim: true`, so Slack does not
 * auto-link URLs, channels or @mentions either.
 */
export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * One rule for a person named in typed text, on every surface: Slack's mention markup
 * (`<@U…|name>`, `<@U…>`, `<#C…|name>`), whether Slack made it from an @ in a command or
 * someone typed it, is shown as plain `@name` / `#name` (the id when no name is given).
 * It never pings and never turns into a link.
 */
export function mentionsAsText(text: string): string {
  return text
    .replace(USER_MENTIONS_IN_TEXT, (_, id: string, name?: string) => `@${name || id}`)
    .replace(CHANNEL_MENTIONS_IN_TEXT, (_, id: string, name?: string) => `#${name || id}`);
}

/**
 * Slack's mrkdwn has no escape character: `*bold*`, `_italic_`, `~strike~` and `` `code` ``
 * are read wherever a marker touches a space, punctuation or the edge of the text, so a
 * person's `*` inside Hexin's own `*…*` ends Hexin's bold early. A marker that could open or
 * close formatting is shown as its full-width twin (＊ ＿ ～ ｀), which Slack leaves alone;
 * one between two letters or digits (`snake_case`, `:white_check_mark:`, `中*文`) cannot, and
 * stays. Backticks always change (code spans need no word boundary), and so does a `>` that
 * starts a line (Slack would make it a quote). Works on escaped text: entities hold none of
 * these characters.
 */
export function neutraliseFormatting(escaped: string): string {
  return escaped
    .replace(/[*_~]/g, (marker, offset: number, whole: string) => {
      // Half of a surrogate pair is no letter: a marker beside an emoji changes, the safe way.
      const before = whole[offset - 1] ?? '';
      const after = whole[offset + 1] ?? '';
      return WORD_CHAR.test(before) && WORD_CHAR.test(after) ? marker : FULL_WIDTH[marker]!;
    })
    .replace(/`/g, FULL_WIDTH['`']!)
    .replace(/^&gt;/gm, '＞');
}

const WORD_CHAR = /^[\p{L}\p{N}]$/u;
const FULL_WIDTH: Record<string, string> = { '*': '＊', _: '＿', '~': '～', '`': '｀' };

/** Untrusted text as it is shown: mentions as text, escaped, formatting markers made inert. */
const render = (text: string) => neutraliseFormatting(escapeMrkdwn(mentionsAsText(text)));

/** Cuts text to at most `max` characters (never splitting one), ending with an ellipsis when cut. */
export function truncate(text: string, max: number): string {
  const chars = Array.from(text);
  if (chars.length <= max) return text;
  return max <= 0 ? '' : `${chars.slice(0, max - 1).join('')}…`;
}

/**
 * Untrusted text ready for a verbatim mrkdwn field, and for Hexin's own formatting around it
 * (`*{title}*`): mentions as plain text, escaped, formatting markers inert, and cut so that the
 * result is at most `max` characters without ever splitting an entity like `&lt;`.
 */
export function inert(text: string, max = 2900): string {
  const rendered = render(text);
  if (rendered.length <= max) return rendered;
  if (max <= 0) return '';
  let out = '';
  for (const piece of rendered.match(/&(?:amp|lt|gt);|[\s\S]/gu) ?? []) {
    if (out.length + piece.length > max - 1) break;
    out += piece;
  }
  // Cutting puts a new neighbour (…) beside the last marker kept: check the markers again.
  return neutraliseFormatting(`${out}…`);
}
