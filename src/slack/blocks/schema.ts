/**
 * The Block Kit that Hexin sends, as zod schemas with Slack's documented limits.
 *
 * Slack publishes no offline validator, so these schemas are ours: only the blocks,
 * elements and fields Hexin uses are allowed (a new kind has to be added here first),
 * each with the limit Slack's reference gives for it. Unit tests run every builder's
 * output through them, and the fake Slack refuses a call that breaks them the way Slack
 * answers (`invalid_blocks` / `invalid_arguments` naming the JSON pointer).
 *
 * Lengths are counted in characters (code points), as `truncate` in src/shared/text.ts cuts.
 */
import { z } from 'zod';
import { SLACK_USER_ID } from '../../shared/slack-ids.ts';

/** Slack's documented limits, by what they limit. */
export const BLOCK_KIT = {
  messageBlocks: 50,
  surfaceBlocks: 100,
  textObject: 3000,
  sectionText: 3000,
  sectionFields: 10,
  sectionField: 2000,
  headerText: 150,
  contextElements: 10,
  actionsElements: 25,
  id: 255,
  buttonText: 75,
  buttonValue: 2000,
  url: 3000,
  optionText: 75,
  optionValue: 150,
  optionDescription: 75,
  options: 100,
  /** Radio buttons and checkboxes hold at most 10 options. */
  choiceOptions: 10,
  placeholder: 150,
  inputLabel: 2000,
  inputHint: 2000,
  plainTextInputLength: 3000,
  confirmTitle: 100,
  confirmText: 300,
  confirmButton: 30,
  modalTitle: 24,
  modalButton: 24,
  privateMetadata: 3000,
  callbackId: 255,
  imageAltText: 2000,
  imageTitle: 2000,
} as const;

const length = (text: string) => Array.from(text).length;

/** A string of 1..max characters, with Slack's wording when it is not. */
const chars = (max: number, min = 1) =>
  z.string().superRefine((text, ctx) => {
    const n = length(text);
    if (n > max) ctx.addIssue({ code: 'custom', message: `must be less than ${max + 1} characters` });
    else if (n < min) ctx.addIssue({ code: 'custom', message: `must be more than ${min - 1} characters` });
  });

const id = chars(BLOCK_KIT.id);

/** A list of at most `max` items (and at least `min`), with Slack's wording when it is not. */
const list = <T extends z.ZodType>(item: T, max: number, min = 0) =>
  z.array(item).superRefine((items, ctx) => {
    if (items.length > max) ctx.addIssue({ code: 'custom', message: `no more than ${max} items allowed` });
    else if (items.length < min) ctx.addIssue({ code: 'custom', message: `must provide at least ${min} items` });
  });

// ------------------------------------------------------------------------------------------
// Composition objects

export const plainText = (max: number = BLOCK_KIT.textObject) =>
  z.strictObject({ type: z.literal('plain_text'), text: chars(max), emoji: z.boolean().optional() });

export const mrkdwn = (max: number = BLOCK_KIT.textObject) =>
  z.strictObject({ type: z.literal('mrkdwn'), text: chars(max), verbatim: z.boolean().optional() });

const textObject = (max: number = BLOCK_KIT.textObject) => z.discriminatedUnion('type', [plainText(max), mrkdwn(max)]);

export const option = z.strictObject({
  text: plainText(BLOCK_KIT.optionText),
  value: chars(BLOCK_KIT.optionValue),
  description: plainText(BLOCK_KIT.optionDescription).optional(),
});

/** Radio buttons and checkboxes may show mrkdwn in their options. */
const choiceOption = z.strictObject({
  text: textObject(BLOCK_KIT.optionText),
  value: chars(BLOCK_KIT.optionValue),
  description: textObject(BLOCK_KIT.optionDescription).optional(),
});

export const confirmDialog = z.strictObject({
  title: plainText(BLOCK_KIT.confirmTitle),
  text: textObject(BLOCK_KIT.confirmText),
  confirm: plainText(BLOCK_KIT.confirmButton),
  deny: plainText(BLOCK_KIT.confirmButton),
  style: z.enum(['primary', 'danger']).optional(),
});

// ------------------------------------------------------------------------------------------
// Elements

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date as YYYY-MM-DD');
const numberText = z.string().regex(/^-?\d+(\.\d+)?$/, 'must be a number');
const slackUserId = z.string().regex(SLACK_USER_ID, 'must be a user id');

export const button = z.strictObject({
  type: z.literal('button'),
  text: plainText(BLOCK_KIT.buttonText),
  action_id: id.optional(),
  value: chars(BLOCK_KIT.buttonValue).optional(),
  url: chars(BLOCK_KIT.url).optional(),
  style: z.enum(['primary', 'danger']).optional(),
  confirm: confirmDialog.optional(),
  accessibility_label: chars(BLOCK_KIT.buttonText).optional(),
});

const optionsOf = (max: number) => list(option, max, 1);

export const staticSelect = z
  .strictObject({
    type: z.literal('static_select'),
    action_id: id.optional(),
    placeholder: plainText(BLOCK_KIT.placeholder).optional(),
    options: optionsOf(BLOCK_KIT.options),
    initial_option: option.optional(),
    confirm: confirmDialog.optional(),
    focus_on_load: z.boolean().optional(),
  })
  .superRefine((select, ctx) => {
    const initial = select.initial_option;
    if (initial && !select.options.some((o) => o.value === initial.value && o.text.text === initial.text.text)) {
      ctx.addIssue({ code: 'custom', path: ['initial_option'], message: 'must match one of the options' });
    }
  });

export const usersSelect = z.strictObject({
  type: z.literal('users_select'),
  action_id: id.optional(),
  placeholder: plainText(BLOCK_KIT.placeholder).optional(),
  initial_user: slackUserId.optional(),
  confirm: confirmDialog.optional(),
  focus_on_load: z.boolean().optional(),
});

export const multiUsersSelect = z.strictObject({
  type: z.literal('multi_users_select'),
  action_id: id.optional(),
  placeholder: plainText(BLOCK_KIT.placeholder).optional(),
  initial_users: z.array(slackUserId).optional(),
  max_selected_items: z.number().int().min(1).optional(),
  confirm: confirmDialog.optional(),
  focus_on_load: z.boolean().optional(),
});

export const datepicker = z.strictObject({
  type: z.literal('datepicker'),
  action_id: id.optional(),
  placeholder: plainText(BLOCK_KIT.placeholder).optional(),
  initial_date: isoDate.optional(),
  confirm: confirmDialog.optional(),
  focus_on_load: z.boolean().optional(),
});

export const radioButtons = z.strictObject({
  type: z.literal('radio_buttons'),
  action_id: id.optional(),
  options: list(choiceOption, BLOCK_KIT.choiceOptions, 1),
  initial_option: choiceOption.optional(),
  confirm: confirmDialog.optional(),
  focus_on_load: z.boolean().optional(),
});

export const checkboxes = z.strictObject({
  type: z.literal('checkboxes'),
  action_id: id.optional(),
  options: list(choiceOption, BLOCK_KIT.choiceOptions, 1),
  initial_options: z.array(choiceOption).optional(),
  confirm: confirmDialog.optional(),
  focus_on_load: z.boolean().optional(),
});

export const plainTextInput = z
  .strictObject({
    type: z.literal('plain_text_input'),
    action_id: id.optional(),
    placeholder: plainText(BLOCK_KIT.placeholder).optional(),
    initial_value: z.string().optional(),
    multiline: z.boolean().optional(),
    min_length: z.number().int().min(0).max(BLOCK_KIT.plainTextInputLength).optional(),
    max_length: z.number().int().min(1).max(BLOCK_KIT.plainTextInputLength).optional(),
    focus_on_load: z.boolean().optional(),
  })
  .superRefine((input, ctx) => {
    if (
      input.initial_value !== undefined &&
      input.max_length !== undefined &&
      length(input.initial_value) > input.max_length
    ) {
      ctx.addIssue({
        code: 'custom',
        path: ['initial_value'],
        message: `must be less than ${input.max_length + 1} characters`,
      });
    }
    if (input.min_length !== undefined && input.max_length !== undefined && input.min_length > input.max_length) {
      ctx.addIssue({ code: 'custom', path: ['min_length'], message: 'must not be more than max_length' });
    }
  });

export const numberInput = z
  .strictObject({
    type: z.literal('number_input'),
    is_decimal_allowed: z.boolean(),
    action_id: id.optional(),
    placeholder: plainText(BLOCK_KIT.placeholder).optional(),
    initial_value: numberText.optional(),
    min_value: numberText.optional(),
    max_value: numberText.optional(),
    focus_on_load: z.boolean().optional(),
  })
  .superRefine((input, ctx) => {
    const min = input.min_value === undefined ? -Infinity : Number(input.min_value);
    const max = input.max_value === undefined ? Infinity : Number(input.max_value);
    if (min > max) ctx.addIssue({ code: 'custom', path: ['min_value'], message: 'must not be more than max_value' });
    if (!input.is_decimal_allowed) {
      for (const key of ['initial_value', 'min_value', 'max_value'] as const) {
        const value = input[key];
        if (value !== undefined && !/^-?\d+$/.test(value))
          ctx.addIssue({ code: 'custom', path: [key], message: 'must be a whole number' });
      }
    }
    if (input.initial_value !== undefined) {
      const value = Number(input.initial_value);
      if (value < min || value > max)
        ctx.addIssue({ code: 'custom', path: ['initial_value'], message: 'must be between min_value and max_value' });
    }
  });

const actionsElement = z.discriminatedUnion('type', [
  button,
  staticSelect,
  usersSelect,
  multiUsersSelect,
  datepicker,
  radioButtons,
  checkboxes,
]);
const inputElement = z.discriminatedUnion('type', [
  plainTextInput,
  numberInput,
  staticSelect,
  usersSelect,
  multiUsersSelect,
  datepicker,
  radioButtons,
  checkboxes,
]);
const accessory = z.discriminatedUnion('type', [
  button,
  staticSelect,
  usersSelect,
  datepicker,
  radioButtons,
  checkboxes,
]);

// ------------------------------------------------------------------------------------------
// Blocks

/** Action ids within one block must differ (Slack's rule is per block). */
function uniqueActionIds(elements: ReadonlyArray<{ action_id?: string | undefined }>, ctx: z.RefinementCtx): void {
  const seen = new Set<string>();
  elements.forEach((element, index) => {
    if (element.action_id === undefined) return;
    if (seen.has(element.action_id))
      ctx.addIssue({ code: 'custom', path: ['elements', index, 'action_id'], message: 'duplicate action_id in block' });
    seen.add(element.action_id);
  });
}

export const sectionBlock = z
  .strictObject({
    type: z.literal('section'),
    block_id: id.optional(),
    text: textObject(BLOCK_KIT.sectionText).optional(),
    fields: list(textObject(BLOCK_KIT.sectionField), BLOCK_KIT.sectionFields, 1).optional(),
    accessory: accessory.optional(),
    expand: z.boolean().optional(),
  })
  .superRefine((block, ctx) => {
    if (!block.text && !block.fields)
      ctx.addIssue({ code: 'custom', path: ['text'], message: 'must provide text or fields' });
  });

export const headerBlock = z.strictObject({
  type: z.literal('header'),
  block_id: id.optional(),
  text: plainText(BLOCK_KIT.headerText),
});

export const dividerBlock = z.strictObject({ type: z.literal('divider'), block_id: id.optional() });

export const contextBlock = z.strictObject({
  type: z.literal('context'),
  block_id: id.optional(),
  elements: list(textObject(), BLOCK_KIT.contextElements, 1),
});

export const actionsBlock = z
  .strictObject({
    type: z.literal('actions'),
    block_id: id.optional(),
    elements: list(actionsElement, BLOCK_KIT.actionsElements, 1),
  })
  .superRefine((block, ctx) => uniqueActionIds(block.elements, ctx));

export const inputBlock = z.strictObject({
  type: z.literal('input'),
  block_id: id.optional(),
  label: plainText(BLOCK_KIT.inputLabel),
  hint: plainText(BLOCK_KIT.inputHint).optional(),
  optional: z.boolean().optional(),
  dispatch_action: z.boolean().optional(),
  element: inputElement,
});

/** An image Hexin uploaded itself (a digest's chart), referred to by its file id: no public URL. */
export const imageBlock = z.strictObject({
  type: z.literal('image'),
  block_id: id.optional(),
  alt_text: chars(BLOCK_KIT.imageAltText),
  title: plainText(BLOCK_KIT.imageTitle).optional(),
  slack_file: z.strictObject({ id: z.string().regex(/^F[A-Z0-9]+$/, 'must be a file id') }),
});

export const block = z.discriminatedUnion('type', [
  sectionBlock,
  headerBlock,
  dividerBlock,
  contextBlock,
  actionsBlock,
  inputBlock,
  imageBlock,
]);

/** A surface's blocks: at most `max`, each valid, and no block_id used twice. */
const blocksOf = (max: number) =>
  list(block, max).superRefine((blocks, ctx) => {
    const seen = new Set<string>();
    blocks.forEach((b, index) => {
      if (b.block_id === undefined) return;
      if (seen.has(b.block_id))
        ctx.addIssue({ code: 'custom', path: [index, 'block_id'], message: 'duplicate block_id' });
      seen.add(b.block_id);
    });
  });

export const messageBlocks = blocksOf(BLOCK_KIT.messageBlocks);
export const surfaceBlocks = blocksOf(BLOCK_KIT.surfaceBlocks);

// ------------------------------------------------------------------------------------------
// Messages and views

/** The fallback shown in notifications and where blocks cannot be: required whenever blocks are sent. */
const fallbackText = (message: { text?: unknown; blocks?: unknown }, ctx: z.RefinementCtx) => {
  if (message.blocks !== undefined && (typeof message.text !== 'string' || message.text.trim() === '')) {
    ctx.addIssue({ code: 'custom', path: ['text'], message: 'must provide a text fallback with blocks' });
  }
};

/** What chat.postMessage, chat.update and chat.postEphemeral carry of Block Kit. */
export const message = z
  .looseObject({ text: z.string().optional(), blocks: messageBlocks.optional() })
  .superRefine(fallbackText);

/** A reply through a response_url (Bolt's `respond`). */
export const responseUrlMessage = z
  .looseObject({
    text: z.string().optional(),
    blocks: messageBlocks.optional(),
    response_type: z.enum(['ephemeral', 'in_channel']).optional(),
    replace_original: z.boolean().optional(),
    delete_original: z.boolean().optional(),
    thread_ts: z.string().optional(),
  })
  .superRefine(fallbackText);

export const modalView = z
  .strictObject({
    type: z.literal('modal'),
    title: plainText(BLOCK_KIT.modalTitle),
    blocks: surfaceBlocks,
    submit: plainText(BLOCK_KIT.modalButton).optional(),
    close: plainText(BLOCK_KIT.modalButton).optional(),
    private_metadata: chars(BLOCK_KIT.privateMetadata, 0).optional(),
    callback_id: id.optional(),
    external_id: id.optional(),
    clear_on_close: z.boolean().optional(),
    notify_on_close: z.boolean().optional(),
    submit_disabled: z.boolean().optional(),
  })
  .superRefine((view, ctx) => {
    if (!view.submit && view.blocks.some((b) => b.type === 'input')) {
      ctx.addIssue({ code: 'custom', path: ['submit'], message: 'must provide submit when the view has input blocks' });
    }
  });

export const homeView = z.strictObject({
  type: z.literal('home'),
  blocks: surfaceBlocks,
  private_metadata: chars(BLOCK_KIT.privateMetadata, 0).optional(),
  callback_id: id.optional(),
  external_id: id.optional(),
});

export const view = z.discriminatedUnion('type', [modalView, homeView]);

/** What a view_submission may be acked with. */
export const viewSubmissionAck = z.discriminatedUnion('response_action', [
  z.strictObject({ response_action: z.literal('errors'), errors: z.record(id, chars(BLOCK_KIT.inputLabel)) }),
  z.strictObject({ response_action: z.enum(['update', 'push']), view: modalView }),
  z.strictObject({ response_action: z.literal('clear') }),
]);

// ------------------------------------------------------------------------------------------
// Slack's way of naming what is wrong

/** One problem per issue, the way Slack words it: `must be less than 3001 characters [json-pointer:/blocks/0/text/text]`. */
export function slackProblems(error: z.ZodError, root: readonly (string | number)[] = []): string[] {
  return error.issues.map((issue) => {
    const pointer = `/${[...root, ...issue.path].map((part) => String(part).replace(/~/g, '~0').replace(/\//g, '~1')).join('/')}`;
    return `${wording(issue)} [json-pointer:${root.length + issue.path.length === 0 ? '' : pointer}]`;
  });
}

function wording(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'custom':
      return issue.message;
    case 'invalid_union':
    case 'invalid_value':
      return 'failed to match all allowed schemas';
    case 'unrecognized_keys':
      return `unsupported property: ${issue.keys.join(', ')}`;
    case 'invalid_type':
      return `must provide a ${issue.expected}`;
    default:
      return issue.message;
  }
}
