import * as feedbackAnswerAction from '../listeners/actions/feedback-answer.ts';
import * as feedbackAuthorClose from '../listeners/actions/feedback-author-close.ts';
import * as feedbackLeaderClose from '../listeners/actions/feedback-leader-close.ts';
import * as feedbackReplyAction from '../listeners/actions/feedback-reply.ts';
import * as feedbackCommand from '../listeners/commands/feedback.ts';
import * as feedbackAnswerView from '../listeners/views/feedback-answer.ts';
import * as feedbackReplyView from '../listeners/views/feedback-reply.ts';
import * as feedbackSubmit from '../listeners/views/feedback-submit.ts';
import type { ListenerModule } from './types.ts';

export const feedbackListeners: ListenerModule[] = [
  feedbackCommand,
  feedbackSubmit,
  feedbackReplyAction,
  feedbackReplyView,
  feedbackLeaderClose,
  feedbackAnswerAction,
  feedbackAnswerView,
  feedbackAuthorClose,
];
