/** English: roles. */
export const roles = {} as const;
