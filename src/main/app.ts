import { launch } from './launch.ts';
import { startApp } from './roles.ts';

await launch(async (runtime) => [await startApp(runtime, { port: runtime.config.PORT })], { embedded: false });
