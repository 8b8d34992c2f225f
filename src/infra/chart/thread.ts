import { parentPort, threadId } from 'node:worker_threads';
import { SubsetChartFont } from './font.ts';
import { renderChart } from './render.ts';

/**
 * The chart thread: Vega and resvg draw here, so the tens of milliseconds a chart takes never
 * hold the event loop of the process that acks Slack. Its font is cut once to the characters
 * charts draw, and again only when one brings a new character.
 */

export type ChartRequest = { id: number; spec: Record<string, unknown> };
export type ChartReply =
  | { id: number; png: Uint8Array; threadId: number }
  | { id: number; error: string; threadId: number };

const port = parentPort;
if (!port) throw new Error('thread.ts runs as a worker thread only');
const font = new SubsetChartFont();

port.on('message', async ({ id, spec }: ChartRequest) => {
  try {
    const png = await renderChart(spec, font);
    const bytes = new Uint8Array(png.buffer, png.byteOffset, png.byteLength);
    port.postMessage({ id, png: bytes, threadId } satisfies ChartReply);
  } catch (error) {
    port.postMessage({
      id,
      error: error instanceof Error ? error.message : String(error),
      threadId,
    } satisfies ChartReply);
  }
});
