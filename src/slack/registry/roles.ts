import type { ListenerModule } from './types.ts';

export const roleListeners: ListenerModule[] = [];
