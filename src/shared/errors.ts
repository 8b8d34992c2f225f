import type { MessageKey } from '../i18n/index.ts';

/**
 * An error with a stable code and a message key the user can read in their language.
 * Thrown by domain rules; listeners turn it into a reply, never a crash.
 */
/**
 * Text a person (or a leader's record) supplied, echoed in an error: plain in the domain, made
 * inert by whoever renders it (src/slack/deps.ts, errorText), at most `max` characters.
 */
export interface Typed {
  readonly typed: string;
  readonly max: number;
}

export const typed = (text: string, max: number): Typed => ({ typed: text, max });

export type ErrorParams = Record<string, string | number | Typed>;

export class AppError extends Error {
  constructor(
    readonly code: string,
    readonly messageKey: MessageKey,
    readonly params: ErrorParams = {},
  ) {
    super(`${code}: ${messageKey}`);
    this.name = 'AppError';
  }
}

export const isAppError = (error: unknown): error is AppError => error instanceof AppError;
