import type { ListenerModule } from './types.ts';

export const goalListeners: ListenerModule[] = [];
