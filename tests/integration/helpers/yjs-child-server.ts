// A sync server in its own process, for the crash test: it prints `PORT <n>` once listening and
// is then killed with SIGKILL; the benchmark runs it too. Uses DATA_DIR or DATABASE_URL like the
// app; YJS_RATE raises the per-connection message rate for tests that type faster than people.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { getDb } from '../../../lib/db/client';
import { createUpgradeRouter } from '../../../server/upgrade-router';
import { createYjsServer } from '../../../server/yjs/server';

const yjs = createYjsServer({
  db: getDb(),
  limits: process.env.YJS_RATE
    ? { messagesPerSecond: Number(process.env.YJS_RATE), messageBurst: Number(process.env.YJS_RATE) }
    : {},
  logger: { info: () => undefined, warn: (event, fields) => console.error(event, JSON.stringify(fields)) },
});
const server = createServer((_req, res) => res.writeHead(404).end());
server.on('upgrade', createUpgradeRouter([['/yjs/', yjs.handleUpgrade]]));
server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
  console.log(`PORT ${(server.address() as AddressInfo).port}`);
});
