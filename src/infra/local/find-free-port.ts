import { createServer } from 'node:net';

/**
 * Asks the kernel for an unused TCP port on 127.0.0.1 and releases it again.
 * Another process may grab the port before the caller binds it; callers that
 * spawn servers should treat a bind failure as retryable.
 */
export function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.once('error', reject);
    server.listen({ host: '127.0.0.1', port: 0, exclusive: true }, () => {
      const address = server.address();
      if (address === null || typeof address === 'string') {
        server.close();
        reject(new Error('Could not determine a free port on 127.0.0.1'));
        return;
      }
      const { port } = address;
      server.close((err) => (err ? reject(err) : resolve(port)));
    });
  });
}
