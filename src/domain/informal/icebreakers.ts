import { createHash } from 'node:crypto';
import { shuffle } from '../../shared/shuffle.ts';

/**
 * What the icebreakers in a team's informal channel talk about. The study asks for informal
 * channels beside the formal ones, built on respect and trust: the serving of retail customers,
 * the route, learning from one another, the team itself (合心, service by everyone), and a
 * little of life off the route.
 */
export const ICEBREAKER_THEMES = ['customers', 'route', 'learning', 'team', 'personal'] as const;

export type IcebreakerTheme = (typeof ICEBREAKER_THEMES)[number];

/**
 * The icebreaker bank: questions answered in a line or two in a thread, warm and never
 * intrusive (nothing on pay, health, politics, religion or family). The wording in both
 * languages is in the icebreaker catalogs under `informal.icebreaker.q.<id>`.
 */
export const ICEBREAKER_BANK = [
  { id: 'customers_1', theme: 'customers' },
  { id: 'customers_2', theme: 'customers' },
  { id: 'customers_3', theme: 'customers' },
  { id: 'customers_4', theme: 'customers' },
  { id: 'customers_5', theme: 'customers' },
  { id: 'customers_6', theme: 'customers' },
  { id: 'customers_7', theme: 'customers' },
  { id: 'customers_8', theme: 'customers' },
  { id: 'customers_9', theme: 'customers' },
  { id: 'route_1', theme: 'route' },
  { id: 'route_2', theme: 'route' },
  { id: 'route_3', theme: 'route' },
  { id: 'route_4', theme: 'route' },
  { id: 'route_5', theme: 'route' },
  { id: 'route_6', theme: 'route' },
  { id: 'route_7', theme: 'route' },
  { id: 'route_8', theme: 'route' },
  { id: 'route_9', theme: 'route' },
  { id: 'learning_1', theme: 'learning' },
  { id: 'learning_2', theme: 'learning' },
  { id: 'learning_3', theme: 'learning' },
  { id: 'learning_4', theme: 'learning' },
  { id: 'learning_5', theme: 'learning' },
  { id: 'learning_6', theme: 'learning' },
  { id: 'learning_7', theme: 'learning' },
  { id: 'learning_8', theme: 'learning' },
  { id: 'learning_9', theme: 'learning' },
  { id: 'team_1', theme: 'team' },
  { id: 'team_2', theme: 'team' },
  { id: 'team_3', theme: 'team' },
  { id: 'team_4', theme: 'team' },
  { id: 'team_5', theme: 'team' },
  { id: 'team_6', theme: 'team' },
  { id: 'team_7', theme: 'team' },
  { id: 'team_8', theme: 'team' },
  { id: 'team_9', theme: 'team' },
  { id: 'personal_1', theme: 'personal' },
  { id: 'personal_2', theme: 'personal' },
  { id: 'personal_3', theme: 'personal' },
  { id: 'personal_4', theme: 'personal' },
  { id: 'personal_5', theme: 'personal' },
  { id: 'personal_6', theme: 'personal' },
  { id: 'personal_7', theme: 'personal' },
  { id: 'personal_8', theme: 'personal' },
  { id: 'personal_9', theme: 'personal' },
] as const satisfies ReadonlyArray<{ id: string; theme: IcebreakerTheme }>;

export type IcebreakerId = (typeof ICEBREAKER_BANK)[number]['id'];
export type Icebreaker = { id: IcebreakerId; theme: IcebreakerTheme };

const bankIds = new Set<string>(ICEBREAKER_BANK.map((q) => q.id));

export const isIcebreakerId = (id: string): id is IcebreakerId => bankIds.has(id);

/** The bank's questions of one theme, in bank order. */
export const icebreakersOfTheme = (theme: IcebreakerTheme): Icebreaker[] =>
  ICEBREAKER_BANK.filter((q) => q.theme === theme);

/** A question to post: one of the bank's, or one of the team's own (by its stored id). */
export type IcebreakerChoice = { kind: 'bank'; id: IcebreakerId } | { kind: 'custom'; id: string };

/** How a posted question is remembered: `bank:<id>` or `custom:<id>`. */
export const keyOf = (choice: IcebreakerChoice): string => `${choice.kind}:${choice.id}`;

/** The question a stored key names (see `keyOf`), or null for a key no question has. */
export const choiceOfKey = (key: string): IcebreakerChoice | null => {
  const [kind, id] = key.split(':', 2);
  if (kind === 'bank' && id && isIcebreakerId(id)) return { kind, id };
  if (kind === 'custom' && id) return { kind, id };
  return null;
};

/**
 * A source of whole numbers below `bound` for `shuffle`, fixed by `seed` and `stream`: the same
 * team in the same cycle always gets the same order, and another team or cycle another one.
 */
function seededRandom(seed: string, stream: string): (bound: number) => number {
  let draw = 0;
  return (bound) => {
    const digest = createHash('sha256').update(`${seed}\u0000${stream}\u0000${draw}`).digest();
    draw += 1;
    return digest.readUInt32BE(0) % bound;
  };
}

/**
 * The next question: the bank and the team's own questions (custom, oldest first) taken in a
 * seeded order, none repeated until all have been asked; then a new cycle.
 *
 * `asked` are the keys (see `keyOf`) of the questions already posted to the team, newest
 * last. Replaying them against today's questions finds the current cycle: it ends once every
 * current question has been asked in it, or when a question comes up again (a cycle that
 * ended before a question was added). Keys of questions that no longer exist (a deleted
 * custom question) are passed over, so a custom question added mid-cycle simply joins it.
 *
 * Within a cycle the team's own questions come first — a leader who adds one sees it soon:
 * those never asked yet oldest first, then the others in a seeded order; then the bank's, in
 * an order shuffled from `seed` and the cycle number (the bank and the custom questions have
 * separate orders, so adding a question does not reshuffle the bank).
 */
export function nextIcebreaker(input: {
  asked: readonly string[];
  custom: readonly { id: string }[];
  seed: string;
}): IcebreakerChoice {
  const customIds = [...new Set(input.custom.map((c) => c.id))];
  const current = new Set<string>([
    ...ICEBREAKER_BANK.map((q) => keyOf({ kind: 'bank', id: q.id })),
    ...customIds.map((id) => keyOf({ kind: 'custom', id })),
  ]);

  let cycle = 0;
  let inCycle = new Set<string>();
  const everAsked = new Set<string>();
  for (const key of input.asked) {
    if (!current.has(key)) continue;
    if (inCycle.size === current.size || inCycle.has(key)) {
      cycle += 1;
      inCycle = new Set();
    }
    inCycle.add(key);
    everAsked.add(key);
  }
  if (inCycle.size === current.size) {
    cycle += 1;
    inCycle = new Set();
  }

  const open = (choice: IcebreakerChoice) => !inCycle.has(keyOf(choice));
  const customs = customIds.map((id): IcebreakerChoice => ({ kind: 'custom', id })).filter(open);
  const fresh = customs.filter((choice) => !everAsked.has(keyOf(choice)));
  const again = customs.filter((choice) => everAsked.has(keyOf(choice)));
  const bank = ICEBREAKER_BANK.map((q): IcebreakerChoice => ({ kind: 'bank', id: q.id }));

  const order = [
    ...fresh,
    ...shuffle(again, seededRandom(input.seed, `custom:${cycle}`)),
    ...shuffle(bank, seededRandom(input.seed, `bank:${cycle}`)).filter(open),
  ];
  // Every current question is open at the start of a cycle and the bank is never empty, so
  // `order` holds at least one question.
  return order[0]!;
}
