import * as scorecardCommand from '../listeners/commands/scorecard.ts';
import * as fileShared from '../listeners/events/file-shared.ts';
import * as scorecardEnter from '../listeners/views/scorecard-enter.ts';
import * as scorecardTemplate from '../listeners/views/scorecard-template.ts';
import type { ListenerModule } from './types.ts';

export const scorecardListeners: ListenerModule[] = [scorecardCommand, scorecardTemplate, scorecardEnter, fileShared];
