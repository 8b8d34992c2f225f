import type { goals as en } from '../en/goals.ts';

/** 简体中文：goals。 */
export const goals: Record<keyof typeof en, string> = {};
