/**
 * `npm run bench` runs every bench; `npm run bench -- <name> [<name>…]` runs the named ones.
 * Each figure is one JSON line on stdout, then a summary line with the targets the issue sets
 * and whether the measured figures meet them. Progress goes to stderr. See docs/performance.md.
 */
import { ack } from './ack.ts';
import { ackUnderLoad } from './ack-under-load.ts';
import { coffeePairing } from './coffee-pairing.ts';
import { coffeeIntros } from './coffee-intros.ts';
import { digest } from './digest.ts';
import { digestChart } from './digest-chart.ts';
import { fanout } from './fanout.ts';
import { home } from './home.ts';
import { idleRss } from './idle-rss.ts';
import { removeScratch } from './lib/apps.ts';
import type { Bench } from './lib/context.ts';
import { stopPostgres } from './lib/databases.ts';
import { Figures, machine, say } from './lib/figures.ts';
import { BenchSettingsError } from './lib/settings.ts';
import { planning } from './planning.ts';
import { submissionAck } from './submission-ack.ts';

const BENCHES: Record<string, Bench> = {
  planning,
  'submission-ack': submissionAck,
  ack,
  'ack-under-load': ackUnderLoad,
  fanout,
  'coffee-intros': coffeeIntros,
  'idle-rss': idleRss,
  'coffee-pairing': coffeePairing,
  digest,
  'digest-chart': digestChart,
  home,
};

const asked = process.argv.slice(2);
const unknown = asked.filter((name) => !(name in BENCHES));
if (unknown.length > 0) {
  process.stderr.write(`unknown bench: ${unknown.join(', ')}\nknown benches:\n`);
  for (const [name, bench] of Object.entries(BENCHES)) process.stderr.write(`  ${name.padEnd(16)} ${bench.about}\n`);
  process.exit(2);
}

const figures = new Figures();
const chosen = asked.length > 0 ? [...new Set(asked)] : Object.keys(BENCHES);
const failed: string[] = [];
for (const name of chosen) {
  const started = Date.now();
  say(`${name}: ${BENCHES[name]!.about}`);
  try {
    await BENCHES[name]!.run({ figures });
    say(`${name}: done in ${Math.round((Date.now() - started) / 1000)} s`);
  } catch (error) {
    failed.push(name);
    // A bad setting is the user's to fix: its message says which and why, a stack would bury it.
    const detail =
      error instanceof BenchSettingsError
        ? error.message
        : error instanceof Error
          ? (error.stack ?? error.message)
          : String(error);
    say(`${name} failed: ${detail}`);
  }
}
await stopPostgres();
await removeScratch();

figures.print({
  bench: 'summary',
  figures: figures.all.length,
  failed,
  targets: chosen.flatMap((name) => BENCHES[name]!.targets?.(figures) ?? []),
  machine: machine(),
  at: new Date().toISOString(),
});
process.exit(failed.length > 0 ? 1 : 0);
