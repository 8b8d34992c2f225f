import type { ListenerModule } from './types.ts';

export const feedbackListeners: ListenerModule[] = [];
