import type { recognition as en } from '../en/recognition.ts';

/** 简体中文：recognition。 */
export const recognition: Record<keyof typeof en, string> = {};
