import type { pulse as en } from '../en/pulse.ts';

/** 简体中文：pulse。 */
export const pulse: Record<keyof typeof en, string> = {};
