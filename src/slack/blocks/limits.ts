import type { KnownBlock } from '@slack/types';
import { truncate } from '../../shared/text.ts';

/** Slack's documented limits for Block Kit surfaces. */
export const LIMITS = {
  messageBlocks: 50,
  surfaceBlocks: 100,
  sectionText: 3000,
  plainTextLabel: 2000,
  buttonText: 75,
  buttonValue: 2000,
  privateMetadata: 3000,
  modalTitle: 24,
  messageText: 12000,
} as const;

/** Keeps a block list within a surface's maximum, ending with a note of what was left out. */
export function capBlocks(blocks: KnownBlock[], max: number, moreNote: (hidden: number) => string): KnownBlock[] {
  if (blocks.length <= max) return blocks;
  const kept = blocks.slice(0, max - 1);
  return [...kept, { type: 'context', elements: [{ type: 'mrkdwn', text: moreNote(blocks.length - kept.length) }] }];
}

/** Cuts mrkdwn to `max` characters without leaving half an entity such as `&am` behind. */
function cutMrkdwn(text: string, max: number): string {
  const cut = truncate(text, max);
  return cut === text ? text : cut.replace(/&[a-z]{0,4}…$/, '…');
}

/** A section whose text may contain escaped user input: verbatim, so nothing is auto-linked. */
export function section(text: string): KnownBlock {
  return { type: 'section', text: { type: 'mrkdwn', text: cutMrkdwn(text, LIMITS.sectionText), verbatim: true } };
}

/** Lines packed into as few sections as fit Slack's 3000 characters each, in order. */
export function linesToSections(lines: readonly string[]): KnownBlock[] {
  const sections: KnownBlock[] = [];
  let current = '';
  for (const line of lines) {
    if (current && current.length + 1 + line.length > LIMITS.sectionText) {
      sections.push(section(current));
      current = '';
    }
    current = current ? `${current}\n${line}` : line;
  }
  if (current) sections.push(section(current));
  return sections;
}

/** How many characters of text a block carries (section text and fields, context elements). */
export function textSize(block: KnownBlock): number {
  const b = block as {
    text?: { text?: string };
    fields?: Array<{ text?: string }>;
    elements?: Array<{ text?: string | { text?: string } }>;
  };
  let size = b.text?.text?.length ?? 0;
  for (const field of b.fields ?? []) size += field.text?.length ?? 0;
  for (const element of b.elements ?? [])
    size += typeof element.text === 'string' ? element.text.length : (element.text?.text?.length ?? 0);
  return size;
}

/**
 * Takes blocks from a list while they fit in `budget` characters of text (Slack advises
 * keeping a whole message under about 12,000); how many were left out is returned too.
 */
export function withinBudget(blocks: readonly KnownBlock[], budget: number): { kept: KnownBlock[]; hidden: number } {
  const kept: KnownBlock[] = [];
  let used = 0;
  for (const block of blocks) {
    const size = textSize(block);
    if (used + size > budget) break;
    used += size;
    kept.push(block);
  }
  return { kept, hidden: blocks.length - kept.length };
}

export function plain(text: string, max: number = LIMITS.plainTextLabel) {
  return { type: 'plain_text' as const, text: truncate(text, max), emoji: true };
}
