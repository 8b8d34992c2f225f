import type { feedback as en } from '../en/feedback.ts';

/** 简体中文：feedback。 */
export const feedback: Record<keyof typeof en, string> = {};
