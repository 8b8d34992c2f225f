import { z } from 'zod';

/** One input of a submitted modal, in any of the shapes Slack gives its elements' values. */
const inputSchema = z
  .object({
    value: z.string().nullish(),
    selected_option: z.object({ value: z.string() }).nullish(),
    selected_options: z.array(z.object({ value: z.string() })).nullish(),
    selected_date: z.string().nullish(),
    selected_user: z.string().nullish(),
    selected_users: z.array(z.string()).max(1000).nullish(),
  })
  .loose();

/** What a person entered in one input: its text (typed, chosen, a date or a user) and every chosen value. */
export interface ModalInput {
  /** Typed text, the chosen option's value, the date or the user; '' when left empty. */
  text: string;
  /** Every chosen option or user of a multi-select; the text alone (if any) otherwise. */
  values: string[];
}

const EMPTY: ModalInput = { text: '', values: [] };

function inputOf(raw: unknown): ModalInput {
  const parsed = inputSchema.safeParse(raw);
  if (!parsed.success) return EMPTY;
  const input = parsed.data;
  const text = input.selected_option?.value ?? input.selected_date ?? input.selected_user ?? input.value ?? '';
  const many = input.selected_users ?? input.selected_options?.map((option) => option.value);
  return { text, values: many ?? (text ? [text] : []) };
}

/**
 * The one reader of a submitted modal's `view.state.values`: block id → what was entered in
 * its input (the one named `actionId`, or the block's only one). Anything not in Slack's
 * shape reads as empty, so a tampered payload meets the same validation as an empty form
 * (a block named "__proto__", which no form has, is dropped).
 */
export function readModalInputs(values: unknown, actionId?: string): Record<string, ModalInput> {
  const blocks = z.record(z.string(), z.record(z.string(), z.unknown())).safeParse(values);
  if (!blocks.success) return {};
  return Object.fromEntries(
    Object.entries(blocks.data).flatMap(([blockId, actions]) => {
      const raw = actionId === undefined ? Object.values(actions)[0] : actions[actionId];
      return raw === undefined ? [] : [[blockId, inputOf(raw)]];
    }),
  );
}
