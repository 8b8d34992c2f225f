/** English: scorecards. */
export const scorecards = {} as const;
