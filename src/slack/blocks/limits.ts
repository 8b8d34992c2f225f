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

/** A section whose text may contain escaped user input: verbatim, so nothing is auto-linked. */
export function section(text: string): KnownBlock {
  return { type: 'section', text: { type: 'mrkdwn', text: truncate(text, LIMITS.sectionText), verbatim: true } };
}

export function plain(text: string, max: number = LIMITS.plainTextLabel) {
  return { type: 'plain_text' as const, text: truncate(text, max), emoji: true };
}
