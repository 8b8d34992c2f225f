/**
 * The shapes of Slack's ids, once: a user (U…, or W… on Enterprise Grid), a channel (C…, or
 * G… for an older private one), a workspace (T…) or an organisation (E…), and the mention
 * markup Slack writes for a user or a channel (`<@U…|name>`, `<#C…|name>`). Domain rules that
 * read ids typed into a CSV use them too, hence shared/ rather than slack/.
 */
const USER = '[UW][A-Z0-9]{1,31}';
const CHANNEL = '[CG][A-Z0-9]{1,31}';

export const SLACK_USER_ID = new RegExp(`^${USER}$`);
export const SLACK_CHANNEL_ID = new RegExp(`^${CHANNEL}$`);
export const SLACK_WORKSPACE_ID = /^[TE][A-Z0-9]{1,31}$/;
/** A direct-message conversation (D…): only its two people see what is shared there. */
export const isDirectMessage = (channelId: string): boolean => /^D[A-Z0-9]{1,31}$/.test(channelId);

/** A whole word that is a user mention; group 1 the id, group 2 the name if given. */
export const USER_MENTION = new RegExp(`^<@(${USER})(?:\\|([^<>]*))?>$`);
/** A whole word that is a channel mention; group 1 the id, group 2 the name if given. */
export const CHANNEL_MENTION = new RegExp(`^<#(${CHANNEL})(?:\\|([^<>]*))?>$`);
/** Every user mention inside a text (global: use with replace or matchAll). */
export const USER_MENTIONS_IN_TEXT = new RegExp(`<@(${USER})(?:\\|([^<>]*))?>`, 'g');
/** Every channel mention inside a text (global: use with replace or matchAll). */
export const CHANNEL_MENTIONS_IN_TEXT = new RegExp(`<#(${CHANNEL})(?:\\|([^<>]*))?>`, 'g');
