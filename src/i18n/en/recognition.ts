/** English: recognition. */
export const recognition = {} as const;
