import * as hexinCommand from '../listeners/commands/hexin.ts';
import * as appHomeOpened from '../listeners/events/app-home-opened.ts';
import * as memberChannel from '../listeners/events/member-channel.ts';
import * as userChange from '../listeners/events/user-change.ts';
import type { ListenerModule } from './types.ts';

export const teamListeners: ListenerModule[] = [hexinCommand, memberChannel, userChange, appHomeOpened];
