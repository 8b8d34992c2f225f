import type { roles as en } from '../en/roles.ts';

/** 简体中文：roles。 */
export const roles: Record<keyof typeof en, string> = {};
