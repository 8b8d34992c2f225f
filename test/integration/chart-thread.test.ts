import { threadId } from 'node:worker_threads';
import { afterAll, describe, expect, it } from 'vitest';
import { CHART_SERIES, chartSpec } from '../../src/domain/digest/chart.ts';
import { ChartThread } from '../../src/infra/chart/chart-thread.ts';
import { CHART_FONT } from '../../src/infra/chart/font.ts';
import { chartLabels } from '../../src/slack/digest-notifier.ts';

const PNG_SIGNATURE = '89504e470d0a1a0a';
const WEEKS = ['2026-W46', '2026-W47', '2026-W48', '2026-W49'];
const spec = chartSpec(
  WEEKS.flatMap((week, i) => CHART_SERIES.map((series, j) => ({ week, series, value: ((i + j) % 4) / 4 }))),
  chartLabels('zh-CN', CHART_FONT.family),
);

/**
 * A chart takes tens of milliseconds of CPU, and its thread's first several hundred (Vega loaded,
 * the font cut); drawn on the event loop of `npm start`, where the worker shares the process with
 * the app, it would hold Slack's acks that long. Timed: it runs alone, so the loop's gaps are the
 * chart's doing.
 */
describe('the chart thread', () => {
  const threads: ChartThread[] = [];
  const chartThread = (idleMs?: number) => {
    const made = new ChartThread(idleMs);
    threads.push(made);
    return made;
  };
  afterAll(async () => {
    for (const made of threads) await made.close();
  });

  it('when charts are drawn, then each comes as a PNG from a thread of its own, and the event loop keeps turning meanwhile', async () => {
    const charts = chartThread();
    await charts.draw(spec); // the thread started and warm
    let last = performance.now();
    let longestGap = 0;
    const watch = setInterval(() => {
      const now = performance.now();
      longestGap = Math.max(longestGap, now - last);
      last = now;
    }, 5);
    try {
      for (let n = 0; n < 3; n++) {
        const drawn = await charts.draw(spec);
        expect(drawn.threadId).not.toBe(threadId);
        expect(drawn.png.subarray(0, 8).toString('hex')).toBe(PNG_SIGNATURE);
      }
    } finally {
      clearInterval(watch);
    }
    expect(longestGap).toBeLessThan(60);
  });

  it('when the thread ends with a chart half drawn, then that chart fails and the next is drawn by a new thread, which ends when idle', async () => {
    const charts = chartThread(200);
    const first = await charts.draw(spec);
    const drawing = charts.draw(spec);
    await charts.close();
    await expect(drawing).rejects.toThrow('the chart thread ended');
    const next = await charts.draw(spec);
    expect(next.threadId).not.toBe(first.threadId);
    expect(next.png.subarray(0, 8).toString('hex')).toBe(PNG_SIGNATURE);
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect((await charts.draw(spec)).threadId).not.toBe(next.threadId);
  });

  it('when the thread has had nothing to draw for its idle time, then it ends, and the next chart starts another', async () => {
    const charts = chartThread(200);
    const first = await charts.draw(spec);
    const soon = await charts.draw(spec);
    expect(soon.threadId).toBe(first.threadId);
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect((await charts.draw(spec)).threadId).not.toBe(first.threadId);
  });

  it('when a spec cannot be drawn or cannot even reach the thread, then that chart fails with why, and the thread goes on drawing, then ends when idle', async () => {
    const charts = chartThread(200);
    const first = await charts.draw(spec);
    await expect(charts.draw({ mark: 'no-such-mark' })).rejects.toThrow(/./);
    await expect(charts.draw({ mark: () => 'line' })).rejects.toThrow(/clone/i);
    expect((await charts.draw(spec)).threadId).toBe(first.threadId);
    // Neither failure is still counted as a chart being drawn, so the thread goes idle.
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect((await charts.draw(spec)).threadId).not.toBe(first.threadId);
  });
});
