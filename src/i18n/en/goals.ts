/** English: goals. */
export const goals = {} as const;
