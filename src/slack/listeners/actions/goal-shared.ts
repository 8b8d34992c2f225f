import type { AllMiddlewareArgs, BlockButtonAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { z } from 'zod';
import type { GoalCore } from '../../../domain/goals/service.ts';
import type { FieldProblem } from '../../../domain/goals/rules.ts';
import type { Locale } from '../../../i18n/index.ts';
import { AppError } from '../../../shared/errors.ts';
import { GOAL_INPUT, noticeModal, problemText } from '../../blocks/goals.ts';
import { explain, localeForUser, type AppDeps } from '../../deps.ts';
import { jsonText } from '../../parse.ts';

/** Shared by the goal listeners (not a Slack callback itself): the use cases' dependencies and small readers. */
export const goalCore = (deps: AppDeps): GoalCore => ({
  teams: deps.teams,
  goals: deps.stores.goals,
  queue: deps.enqueuer,
  defaultTimeZone: deps.config.DEFAULT_TIME_ZONE,
});

const input = z
  .object({
    value: z.string().nullish(),
    selected_date: z.string().nullish(),
    selected_user: z.string().nullish(),
    selected_option: z.object({ value: z.string() }).nullish(),
  })
  .loose();
const stateValues = z.record(z.string(), z.record(z.string(), input));

/** A modal's state → block id → the text of its one input (value, date, user or option). */
export function readInputs(values: unknown): Record<string, string> {
  const parsed = stateValues.safeParse(values);
  if (!parsed.success) return {};
  const out: Record<string, string> = {};
  for (const [blockId, actions] of Object.entries(parsed.data)) {
    const field = actions[GOAL_INPUT];
    if (!field) continue;
    out[blockId] = field.selected_option?.value ?? field.selected_date ?? field.selected_user ?? field.value ?? '';
  }
  return out;
}

/** Form problems as Slack's `response_action: errors`, each next to its field. */
export function errorsOf(locale: Locale, problems: Array<FieldProblem & { blockId?: string }>): Record<string, string> {
  return Object.fromEntries(problems.map((p) => [p.blockId ?? p.field, problemText(locale, p)]));
}

/** A JSON reference carried in private_metadata, checked on its way back. */
export function readRef<S extends z.ZodType>(schema: S, text: string): z.infer<S> {
  const parsed = jsonText.pipe(schema).safeParse(text);
  if (parsed.success) return parsed.data;
  throw new AppError('BAD_REF', 'common.error.unexpected');
}

/** Ids Hexin put in a button value: a cuid of letters and digits. */
export const entityId = z.string().regex(/^[a-z0-9]{10,40}$/);

export function idFrom(value: string | undefined): string {
  const parsed = entityId.safeParse(value);
  if (!parsed.success) throw new AppError('BAD_REF', 'common.error.unexpected');
  return parsed.data;
}

type ButtonArgs = SlackActionMiddlewareArgs<BlockButtonAction> & AllMiddlewareArgs;

/**
 * Answers a button press privately: an ephemeral reply where the button was in a message,
 * a small modal where it was on the App Home (which has no channel to answer in).
 */
export async function tell(args: Pick<ButtonArgs, 'body' | 'client' | 'respond'>, locale: Locale, text: string): Promise<void> {
  if (args.body.response_url) {
    await args.respond({ response_type: 'ephemeral', replace_original: false, text });
  } else {
    await args.client.views.open({ trigger_id: args.body.trigger_id, view: noticeModal(locale, text) });
  }
}

/** Runs a button's work; an error becomes a private message in the person's language. */
export async function handleButton(deps: AppDeps, args: ButtonArgs, work: () => Promise<void>): Promise<void> {
  try {
    await work();
  } catch (error) {
    const locale = await localeForUser(deps, args.client, args.body.team?.id ?? '', args.body.user.id);
    await tell(args, locale, explain(deps, locale, error, { action: args.action.action_id }));
  }
}
