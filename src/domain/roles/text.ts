/**
 * Text rules of role cards: how a duty is normalised for comparison, how the modal's
 * one-per-line fields are read, how long each field may be, and how free text (a
 * check-in blocker) is matched against duties. Pure functions, no I/O.
 */

/**
 * Lengths of each field. Slack's plain_text_input takes at most 3000 characters; a
 * section block shows at most 3000, a header 150 and a select option 75. A card is
 * shown as sections, so no field may be longer than a section can carry.
 */
export const ROLE_LIMITS = {
  title: 80,
  purpose: 1000,
  authority: 2000,
  guidelines: 2000,
  /** The whole duties field (Slack's input maximum), and each line of it. */
  dutiesField: 3000,
  dutyLine: 200,
  duties: 30,
  handoffsField: 3000,
  handoffLine: 300,
  handoffs: 20,
  holders: 20,
  positions: 50,
} as const;

/** Counts characters the way a person (and Slack) does: a Chinese character or an emoji is one. */
export const charCount = (text: string): number => Array.from(text).length;

/**
 * The comparable form of a duty: full-width and half-width folded (NFKC), lower-cased,
 * and every punctuation mark, symbol and space removed — in Chinese and English alike.
 * "Handle customer complaints." and "handle  customer complaints" become the same, as
 * do "处理客户投诉。" and "处理，客户投诉！".
 */
export function normalizeDuty(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\p{P}\p{S}\p{Z}\s]/gu, '');
}

/** A list marker a person may type before a line: "-", "•", "*", "1.", "1)", "1、", "（1）". */
const LIST_MARKER = /^\s*(?:[-–—•·*]|\d{1,2}[.)、．]|[（(]\d{1,2}[)）])\s*/u;

/** The non-empty lines of a multi-line field, trimmed and without list markers. */
export function linesOf(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.replace(LIST_MARKER, '').trim())
    .filter((line) => line !== '');
}

/** `Position title: what` (a half-width or full-width colon) → its two parts, or null. */
export function splitHandoff(line: string): { title: string; what: string } | null {
  const match = /^(.+?)\s*[:：]\s*(.*)$/su.exec(line);
  if (!match) return null;
  const title = (match[1] ?? '').trim();
  const what = (match[2] ?? '').trim();
  if (!title || !what) return null;
  return { title, what };
}

/** Two titles name the same position when they are equal once normalised like duties. */
export const sameTitle = (a: string, b: string): boolean =>
  normalizeDuty(a) === normalizeDuty(b) && normalizeDuty(a) !== '';

const STOPWORDS = new Set(
  'a an the and or of to for in on at by with from into about as is are was were be been am i we our my me you your it its this that these those not no can cant cannot will would should could need needs waiting wait still yet again any some all very too also so but if then than do does did done have has had get got up out over more most until when what how who why there their they them just like know dont because'.split(
    ' ',
  ),
);

/**
 * The words of a text for matching: English words of three letters or more that are not
 * stop words, and every pair of neighbouring Chinese characters (Chinese has no spaces,
 * and two-character words are the common case).
 */
export function matchTokens(text: string): Set<string> {
  const tokens = new Set<string>();
  const folded = text.normalize('NFKC').toLowerCase();
  for (const word of folded.match(/[a-z0-9]+/g) ?? []) {
    if (word.length >= 3 && !STOPWORDS.has(word))
      tokens.add(word.length > 4 && word.endsWith('s') ? word.slice(0, -1) : word);
  }
  for (const run of folded.match(/\p{Script=Han}+/gu) ?? []) {
    const chars = Array.from(run);
    if (chars.length === 1) tokens.add(run);
    for (let i = 0; i + 1 < chars.length; i += 1) tokens.add(`${chars[i]}${chars[i + 1]}`);
  }
  return tokens;
}

/**
 * How a free text (a blocker) falls under a duty: the number of the duty's words found in
 * the text, and their share of the duty's words. A duty found whole in the text is a
 * match at full share. Null when it does not match: one shared word is chance.
 */
export function dutyMatch(text: string, duty: string): { shared: number; share: number } | null {
  const dutyTokens = matchTokens(duty);
  const normalizedDuty = normalizeDuty(duty);
  if (normalizedDuty.length >= 2 && normalizeDuty(text).includes(normalizedDuty))
    return { shared: Math.max(dutyTokens.size, 1), share: 1 };
  if (dutyTokens.size === 0) return null;
  const textTokens = matchTokens(text);
  let shared = 0;
  for (const token of dutyTokens) if (textTokens.has(token)) shared += 1;
  if (shared < Math.min(2, dutyTokens.size)) return null;
  return { shared, share: shared / dutyTokens.size };
}

/**
 * The duties a text is best matched to: of all that match, those sharing the most words
 * (then the largest share of their words). Best effort: several may tie.
 */
export function bestDutyMatches<D extends { text: string }>(
  text: string,
  duties: readonly D[],
): Array<D & { shared: number; share: number }> {
  const matched = duties.flatMap((duty) => {
    const match = dutyMatch(text, duty.text);
    return match ? [{ ...duty, ...match }] : [];
  });
  if (matched.length === 0) return [];
  const top = Math.max(...matched.map((m) => m.shared));
  const atTop = matched.filter((m) => m.shared === top);
  const bestShare = Math.max(...atTop.map((m) => m.share));
  return atTop.filter((m) => m.share === bestShare);
}
