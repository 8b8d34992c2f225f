import type { MessageKey } from '../i18n/index.ts';

/**
 * An error with a stable code and a message key the user can read in their language.
 * Thrown by domain rules; listeners turn it into a reply, never a crash.
 */
export class AppError extends Error {
  constructor(
    readonly code: string,
    readonly messageKey: MessageKey,
    readonly params: Record<string, string | number> = {},
  ) {
    super(`${code}: ${messageKey}`);
    this.name = 'AppError';
  }
}

export const isAppError = (error: unknown): error is AppError => error instanceof AppError;
