import type { ListenerModule } from './types.ts';

export const pulseListeners: ListenerModule[] = [];
