import * as kudosCommand from '../listeners/commands/kudos.ts';
import * as reactionAdded from '../listeners/events/reaction-added.ts';
import type { ListenerModule } from './types.ts';

export const recognitionListeners: ListenerModule[] = [kudosCommand, reactionAdded];
