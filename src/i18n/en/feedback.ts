/** English: feedback. */
export const feedback = {} as const;
