/** What a recorded Slack call leaves for the steps after it: nothing, or plain JSON (a ts, a link). */
export type EffectResult = string | number | boolean | null | { [key: string]: EffectResult } | EffectResult[];

/**
 * The calls a job has made, one mark per effect, written after the call succeeded: a later
 * attempt (after the workspace's gate delayed the job, a failure or a crash) skips every call
 * marked here and carries on after it. It is a check then a write, not a claim: it relies on
 * BullMQ's job lock, which lets one run of a job live at a time. A call whose attempt died
 * before its mark was written is made again (posts look for their earlier copy first; see
 * GatedPoster), and so is one made by a worker that held the lock past WORKER_LOCK_MS without
 * renewing it (its job was taken up as stalled while it still ran). Keys name the effect from
 * the records it is about (`blocker-helped:<blocker>:<leader>`), never from a job's attempt,
 * so the same intent always finds its own mark.
 */
export interface EffectLog {
  /** Runs `effect` unless `key` is recorded, and records its result once it succeeded; returns the recorded result otherwise. */
  // biome-ignore lint/suspicious/noConfusingVoidType: an effect may give back nothing to record.
  once<T extends EffectResult | void>(key: string, effect: () => Promise<T>): Promise<T>;
}
