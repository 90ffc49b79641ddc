// The live room on a plain HTTP server (no Next) and socket.io clients signed in with a real
// session cookie, for the integration tests of server/live.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { io as connect, type Socket } from 'socket.io-client';
import type { TDb } from '@/lib/db/client';
import { SOCKET_PATH, type TClientEvents, type TServerEvents } from '@/lib/realtime/events';
import { createLiveServer, type TLiveServer, type TLiveServerOptions } from '@/server/live';
import type { TLiveLogger } from '@/server/live/context';
import type { TTestUser } from './yjs-harness';

export type TLiveClient = Socket<TServerEvents, TClientEvents>;

/** Starts the live server on port 0; `close` stops it and ends every connection. */
export async function startLiveServer(
  db: TDb,
  logger: TLiveLogger,
  opts: Omit<TLiveServerOptions, 'logger'> = {},
): Promise<{ io: TLiveServer; url: string; close: () => Promise<void> }> {
  const server = createServer((_req, res) => res.writeHead(404).end());
  const io = createLiveServer(server, db, { ...opts, logger });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    io,
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: async () => {
      await io.close();
      server.closeAllConnections();
    },
  };
}

/** A socket.io client of `user`, connected (not yet joined to a room); `setUp` runs before it connects. */
export async function connectLiveClient(
  url: string,
  user: TTestUser,
  setUp: (socket: TLiveClient) => void = () => undefined,
): Promise<TLiveClient> {
  const socket: TLiveClient = connect(url, {
    path: SOCKET_PATH,
    transports: ['websocket'],
    extraHeaders: { Cookie: user.cookie },
    forceNew: true,
    reconnection: false,
  });
  setUp(socket);
  await new Promise<void>((resolve, reject) => {
    socket.once('connect', resolve);
    socket.once('connect_error', reject);
  });
  return socket;
}
