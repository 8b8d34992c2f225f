import { launch } from './launch.ts';
import { startApp, startClockRole, startWorker } from './roles.ts';

// One process, all three roles: a small team needs one machine.
await launch(
  async (runtime) => [
    startClockRole(runtime),
    startWorker(runtime),
    await startApp(runtime, { port: runtime.config.PORT }),
  ],
  { embedded: true },
);
