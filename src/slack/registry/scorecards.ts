import type { ListenerModule } from './types.ts';

export const scorecardListeners: ListenerModule[] = [];
