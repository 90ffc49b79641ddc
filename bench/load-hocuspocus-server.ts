// @hocuspocus/server 3 in its own process for bench/load.ts, as its documentation starts it: no
// extensions (documents in memory only, like y-websocket's reference server), no authentication
// hook, default settings otherwise. Prints `PORT <n>` once listening.
import { Server } from '@hocuspocus/server';

const server = new Server({ port: Number(process.env.PORT ?? 0), address: '127.0.0.1', quiet: true });
server.listen().then(
  () => console.log(`PORT ${server.address.port}`),
  (err: unknown) => {
    console.error(err);
    process.exit(1);
  },
);
