/** What a recorded Slack call leaves for the steps after it: nothing, or plain JSON (a ts, a link). */
export type EffectResult = string | number | boolean | null | { [key: string]: EffectResult } | EffectResult[];

/**
 * The calls a job has made, one claim per effect: a retry (after the workspace's gate delayed
 * the job, a failure or a crash) skips every call recorded here and carries on after it. Keys
 * name the effect from the records it is about (`blocker-helped:<blocker>:<leader>`), never
 * from a job's attempt, so the same intent always finds its own mark.
 */
export interface EffectLog {
  /** Runs `effect` unless `key` is recorded, and records its result once it succeeded; returns the recorded result otherwise. */
  once<T extends EffectResult | void>(key: string, effect: () => Promise<T>): Promise<T>;
}
