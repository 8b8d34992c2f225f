/** English: pulse. */
export const pulse = {} as const;
