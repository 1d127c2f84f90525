/**
 * The test server and browser session an e2e suite shares: started before its first test
 * (before the suite's own beforeAll hooks, which are registered after), closed after its last.
 * Call it at the top of a describe block.
 */
import { afterAll, beforeAll } from 'vitest';
import { startServer, type TestServer } from './server';

export interface Suite<S> {
  readonly session: S;
  readonly server: TestServer;
}

export function useSuite<S extends { close(): Promise<void> }>(launch: () => Promise<S>): Suite<S> {
  let session: S | undefined;
  let server: TestServer | undefined;
  beforeAll(async () => {
    server = await startServer();
    session = await launch();
  });
  afterAll(async () => {
    await session?.close();
    await server?.close();
  });
  const started = <T>(v: T | undefined): T => {
    if (v === undefined) throw new Error('The e2e suite has not started (useSuite runs in beforeAll).');
    return v;
  };
  return {
    get session() {
      return started(session);
    },
    get server() {
      return started(server);
    },
  };
}
