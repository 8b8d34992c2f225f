import type { recognitionJobs } from '../../infra/queue/contracts/recognition.ts';
import type { ProcessorsOf } from '../../infra/queue/processor.ts';
import { kudosCapNotice } from './kudos-cap-notice.ts';
import { kudosDm } from './kudos-dm.ts';
import { kudosPost } from './kudos-post.ts';

export const recognitionProcessors: ProcessorsOf<typeof recognitionJobs> = {
  'kudos-post': kudosPost,
  'kudos-dm': kudosDm,
  'kudos-cap-notice': kudosCapNotice,
};
