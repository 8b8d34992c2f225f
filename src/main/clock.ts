import { launch } from './launch.ts';
import { startClockRole } from './roles.ts';

await launch(async (runtime) => [startClockRole(runtime)], { embedded: false });
