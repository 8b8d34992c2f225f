import { z } from 'zod';

export const id = z.string().regex(/^[A-Za-z0-9_-]{1,64}$/, 'an id of letters, digits, "-" or "_"');
export const localDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD');
export const slackId = z.string().regex(/^[A-Z0-9]{2,32}$/, 'a Slack id');

/** The minute an ISO instant falls in, as yyyyMMddHHmm, for ids of work done once a minute. */
export const compactMinute = (iso: string) => iso.slice(0, 16).replace(/[-T:]/g, '');
export const currentMinute = () => compactMinute(new Date().toISOString());
