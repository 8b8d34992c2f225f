import { launch } from './launch.ts';
import { startWorker } from './roles.ts';

await launch(async (runtime) => [startWorker(runtime)], { embedded: false });
