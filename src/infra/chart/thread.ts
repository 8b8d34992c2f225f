import { parentPort, threadId } from 'node:worker_threads';
import { renderChart } from './render.ts';

/**
 * The chart thread: Vega and resvg draw here, so the 100-odd milliseconds a chart takes (most
 * of it resvg reading the Chinese font) never hold the event loop of the process that acks Slack.
 */

export type ChartRequest = { id: number; spec: Record<string, unknown> };
export type ChartReply =
  | { id: number; png: Uint8Array; threadId: number }
  | { id: number; error: string; threadId: number };

const port = parentPort;
if (!port) throw new Error('thread.ts runs as a worker thread only');

port.on('message', async ({ id, spec }: ChartRequest) => {
  try {
    const png = await renderChart(spec);
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
