import { readFile } from 'node:fs/promises';
import { inject } from 'vitest';

/** Longer than a full build of dist/ takes on a busy two-core machine (about 40 s). */
const BUILD_WAIT_MS = 180_000;

/**
 * Resolves once the run's build of dist/ (test/support/global-setup.ts) has ended, and throws
 * its failure: for the tests that run the compiled Hexin.
 */
export async function untilBuilt(): Promise<void> {
  const file = inject('buildStatusFile');
  const deadline = Date.now() + BUILD_WAIT_MS;
  for (;;) {
    const text = await readFile(file, 'utf8').catch(() => null);
    if (text !== null) {
      const status = JSON.parse(text) as { ok: boolean; error?: string };
      if (!status.ok) throw new Error(`the build of dist/ failed: ${status.error}`);
      return;
    }
    if (Date.now() > deadline) throw new Error(`the build of dist/ did not end within ${BUILD_WAIT_MS / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}
