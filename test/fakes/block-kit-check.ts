/**
 * How the fake Slack refuses Block Kit that real Slack refuses, using Hexin's own schemas
 * (src/slack/blocks/schema.ts). Messages are answered `invalid_blocks` with one line per
 * problem naming its JSON pointer; views are answered `invalid_arguments` with the lines in
 * `response_metadata.messages`, as Slack does.
 */
import type { z } from 'zod';
import {
  homeView,
  message,
  modalView,
  responseUrlMessage,
  slackProblems,
  viewSubmissionAck,
} from '../../src/slack/blocks/schema.ts';

export interface BlockKitRefusal {
  method: string;
  /** Slack's lines, e.g. `must be less than 3001 characters [json-pointer:/blocks/0/text/text]`. */
  errors: string[];
  /** What the fake answers instead of doing the call. */
  answer: Record<string, unknown>;
}

const MESSAGE_METHODS = new Set(['chat.postMessage', 'chat.update', 'chat.postEphemeral']);
const MODAL_METHODS = new Set(['views.open', 'views.update', 'views.push']);

function messageRefusal(method: string, schema: z.ZodType, payload: unknown): BlockKitRefusal | null {
  const parsed = schema.safeParse(payload);
  if (parsed.success) return null;
  const errors = slackProblems(parsed.error);
  return {
    method,
    errors,
    answer: {
      ok: false,
      error: 'invalid_blocks',
      errors,
      response_metadata: { messages: errors.map((e) => `[ERROR] ${e}`) },
    },
  };
}

function viewRefusal(method: string, schema: z.ZodType, view: unknown): BlockKitRefusal | null {
  const parsed = schema.safeParse(view);
  if (parsed.success) return null;
  const errors = slackProblems(parsed.error, ['view']);
  return {
    method,
    errors,
    answer: {
      ok: false,
      error: 'invalid_arguments',
      response_metadata: { messages: errors.map((e) => `[ERROR] ${e}`) },
    },
  };
}

/** The refusal a call earns, or null when its blocks and view (if any) are what Slack accepts. */
export function blockKitRefusal(method: string, args: Record<string, unknown>): BlockKitRefusal | null {
  if (MESSAGE_METHODS.has(method)) return messageRefusal(method, message, { text: args.text, blocks: args.blocks });
  if (method === 'response_url') {
    const payload: Record<string, unknown> = { ...args };
    delete payload.path; // the fake's own note of which response_url was called
    return messageRefusal(method, responseUrlMessage, payload);
  }
  if (MODAL_METHODS.has(method)) return viewRefusal(method, modalView, args.view);
  if (method === 'views.publish') return viewRefusal(method, homeView, args.view);
  return null;
}

/**
 * What Slack would object to in the app's answer to a view_submission (an empty answer
 * just closes the modal): `response_action` errors, update or push with a valid modal.
 */
export function viewAckProblems(body: string): string[] {
  if (body.trim() === '') return [];
  let answer: unknown;
  try {
    answer = JSON.parse(body);
  } catch {
    return ['the answer is not JSON'];
  }
  const parsed = viewSubmissionAck.safeParse(answer);
  return parsed.success ? [] : slackProblems(parsed.error);
}
