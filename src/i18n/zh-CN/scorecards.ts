import type { scorecards as en } from '../en/scorecards.ts';

/** 简体中文：scorecards。 */
export const scorecards: Record<keyof typeof en, string> = {};
