import type { goalJobs } from '../../infra/queue/contracts/goals.ts';
import type { ProcessorsOf } from '../../infra/queue/processor.ts';
import { goalClose } from './goal-close.ts';
import { goalHeadRefresh } from './goal-head-refresh.ts';
import { goalKrPost } from './goal-kr-post.ts';
import { goalKrReviewed } from './goal-kr-reviewed.ts';
import { goalPost } from './goal-post.ts';
import { goalReviewPost } from './goal-review-post.ts';

export const goalProcessors: ProcessorsOf<typeof goalJobs> = {
  'goal-post': goalPost,
  'goal-head-refresh': goalHeadRefresh,
  'goal-kr-post': goalKrPost,
  'goal-kr-reviewed': goalKrReviewed,
  'goal-close': goalClose,
  'goal-review-post': goalReviewPost,
};
