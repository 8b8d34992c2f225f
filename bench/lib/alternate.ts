import type { FakeSlack } from '../../test/fakes/fake-slack.ts';
import { say } from './figures.ts';
import { combine, type LoadGenerator, type SliceRequest, type SliceResult } from './load-generator.ts';
import { SIGNING_SECRET, type RunningApp } from './apps.ts';
import { WORKSPACE } from './slack-requests.ts';

export interface Target {
  label: string;
  app: RunningApp;
  users: string[];
  channel: string;
}

/** The load of one slice into `target`: signed `/checkin`s, trigger ids that name the target and phase. */
export function checkinSlice(
  slack: FakeSlack,
  target: Target,
  phase: string,
  rate: number,
  durationMs: number,
): SliceRequest {
  return {
    origin: target.app.origin,
    path: '/slack/events',
    secret: SIGNING_SECRET,
    workspace: WORKSPACE,
    command: '/checkin',
    users: target.users,
    channel: target.channel,
    responseUrlBase: slack.responseUrl(`${target.label}-${phase}-`),
    triggerPrefix: `${target.label}-${phase}-`,
    rate,
    durationMs,
  };
}

/**
 * Warms each target up, then gives them the same load in turns of `sliceMs` (in alternating
 * order) until each has had `totalMs`: whatever else the machine does meanwhile falls on both alike. A turn ends when its
 * last answer is in, so one target's stragglers never land in the other's turn.
 */
export async function alternate(
  load: LoadGenerator,
  slack: FakeSlack,
  targets: Target[],
  options: { rate: number; phase: string; warmupMs?: number; sliceMs?: number; totalMs?: number },
): Promise<Map<string, SliceResult>> {
  const { rate, phase, warmupMs = 2000, sliceMs = 2000, totalMs = 10_000 } = options;
  for (const target of targets) await load.slice(checkinSlice(slack, target, `warmup-${phase}`, rate, warmupMs));
  const results = new Map<string, SliceResult[]>(targets.map((t) => [t.label, []]));
  for (let done = 0, round = 0; done < totalMs; done += sliceMs, round += 1) {
    // A-B, B-A, …: neither always goes first, after the other's turn.
    for (const target of round % 2 === 0 ? targets : [...targets].reverse()) {
      const result = await load.slice(checkinSlice(slack, target, phase, rate, sliceMs));
      results.get(target.label)!.push(result);
    }
    say(`${phase}: ${done + sliceMs} ms of ${totalMs} each`);
  }
  return new Map([...results].map(([label, slices]) => [label, combine(slices)]));
}

/** Answers Hexin sent to response URLs of a phase instead of opening the modal (an error told to the person). */
export function repliesInstead(slack: FakeSlack, target: Target, phase: string): string[] {
  const path = `/response/${target.label}-${phase}-`;
  return slack
    .callsTo('response_url')
    .filter((c) => String(c.args.path).startsWith(path))
    .map((c) => String(c.args.text ?? ''));
}

/** views.open calls the fake Slack carried out for triggers starting with `prefix`, waiting for late ones. */
export async function modalsOpened(
  slack: FakeSlack,
  prefix: string,
  expected: number,
  waitMs = 10_000,
): Promise<number> {
  const count = () =>
    slack.callsTo('views.open').filter((c) => c.answered === 'ok' && String(c.args.trigger_id).startsWith(prefix))
      .length;
  const deadline = Date.now() + waitMs;
  while (count() < expected && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
  return count();
}
