import type { ListenerModule } from './types.ts';

export const recognitionListeners: ListenerModule[] = [];
