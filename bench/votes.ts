// Rating throughput and tally latency of voting rounds against the real live server.
// `npm run bench:votes`; the last line printed is one JSON object. VOTERS voters rate ACTIVITIES
// activities on every priority criterion as fast as they can (one rating in flight each, the next
// sent on its ack) against createLiveServer on port 0 with a temporary SQLite database, in its own
// process (`--server`) so that the clients' work does not slow the server's event loop. Latency
// is from sending a rating to the first tally holding it on every other client: each tally
// carries the count of ratings accepted before it was read, each ack the rating's own count.
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { io as connect, type Socket } from 'socket.io-client';
import { getDb, migrate, openDb } from '../lib/db/client';
import { RATING_VALUES } from '../lib/domain/priorities/priority-levels';
import { priorityCriteria } from '../lib/idg/process';
import { SOCKET_PATH, type TClientEvents, type TServerEvents } from '../lib/realtime/events';
import type { TVotingAck, TWireRatingTally } from '../lib/realtime/voting-events';
import { createLiveServer } from '../server/live';
import {
  type TTestUser,
  addMember,
  createAssessment,
  createUser,
  waitFor,
} from '../tests/integration/helpers/yjs-harness';

const VOTERS = Number(process.env.BENCH_VOTERS ?? 60);
const ACTIVITIES = Number(process.env.BENCH_ACTIVITIES ?? 50);
const CRITERIA = priorityCriteria.map((c) => c.id);

type TClient = Socket<TServerEvents, TClientEvents>;

function serve(): void {
  const server = createServer((_req, res) => res.writeHead(404).end());
  // Bots vote as fast as acks return, far past a person's rate: the per-socket limit would measure itself.
  createLiveServer(server, getDb(), {
    logger: { info: () => undefined, warn: (e, f) => console.error(e, JSON.stringify(f)) },
    eventLimit: { perSecond: 1e6, burst: 1e6 },
  });
  server.listen(0, '127.0.0.1', () => console.log(`PORT ${(server.address() as AddressInfo).port}`));
}

async function seed(
  dir: string,
): Promise<{ assessmentId: string; ef: TTestUser; voters: TTestUser[]; activityIds: string[] }> {
  const db = openDb({ sqliteFile: path.join(dir, 'idg-workshop.sqlite') });
  await migrate(db);
  const ef = await createUser(db, 'ef');
  const assessmentId = await createAssessment(db, ef);
  await addMember(db, assessmentId, ef, 'EF');
  const voters: TTestUser[] = [];
  for (let i = 0; i < VOTERS; i++) {
    voters.push(await createUser(db, `voter${i}`));
    await addMember(db, assessmentId, voters[i]!, 'IC');
  }
  const activityIds: string[] = [];
  // Inserted directly: the activities service is server-only (Next), this script is not.
  const now = new Date().toISOString();
  for (let i = 0; i < ACTIVITIES; i++) activityIds.push(randomUUID());
  await db
    .insertInto('candidate_activities')
    .values(
      activityIds.map((id, i) => ({
        id,
        assessment_id: assessmentId,
        title: `Activity ${i}`,
        description: '',
        status: 'active' as const,
        origin_finding: null,
        created_by: ef.id,
        created_at: now,
        updated_at: now,
      })),
    )
    .execute();
  await db.destroy();
  return { assessmentId, ef, voters, activityIds };
}

function startServer(env: NodeJS.ProcessEnv): Promise<{ port: number; stop: () => void }> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(import.meta.dirname, 'votes.ts'), '--server'], {
    env,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      const m = /PORT (\d+)/.exec(chunk.toString());
      if (m) resolve({ port: Number(m[1]), stop: () => child.kill('SIGTERM') });
    });
    child.once('exit', (code) => reject(new Error(`server exited with ${code}`)));
  });
}

const pct = (sorted: number[], p: number): number =>
  Number((sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN).toFixed(1));

async function main(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'idg-bench-votes-'));
  const env = { ...process.env, DATA_DIR: dir, NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? 'bench-votes-secret' };
  process.env.NEXTAUTH_SECRET = env.NEXTAUTH_SECRET;
  const { assessmentId, ef, voters, activityIds } = await seed(dir);
  const server = await startServer(env);
  const url = `http://127.0.0.1:${server.port}`;
  try {
    const clients = await Promise.all(
      [ef, ...voters].map(async (user) => {
        const socket: TClient = connect(url, {
          path: SOCKET_PATH,
          transports: ['websocket'],
          extraHeaders: { Cookie: user.cookie },
          forceNew: true,
          reconnection: false,
        });
        const arrivals: { version: number; at: number }[] = [];
        let lastTally: unknown = null;
        socket.on('round:update', (r) => {
          arrivals.push({ version: r.version, at: performance.now() });
          lastTally = r.tally;
        });
        await new Promise<void>(
          (resolve, reject) => (socket.once('connect', resolve), socket.once('connect_error', reject)),
        );
        const ack = await socket.emitWithAck('assessment:join', { assessmentId });
        if (!ack.ok) throw new Error(ack.error);
        return { socket, arrivals, tally: () => lastTally };
      }),
    );
    const opened = await clients[0]!.socket.emitWithAck('round:open', {
      kind: 'rating',
      activityIds,
      criteria: CRITERIA,
      anonymous: false,
      results: 'live',
    });
    if (!opened.ok) throw new Error(opened.error);
    const roundId = opened.roundId;
    const sent: { voter: number; version: number; at: number }[] = [];
    const ackMs: number[] = [];
    const loadBefore = os.loadavg()[0]!;
    let refused = 0;
    const started = performance.now();
    await Promise.all(
      clients.slice(1).map(async (c, v) => {
        const emit = c.socket.emitWithAck.bind(c.socket) as unknown as (e: string, p: unknown) => Promise<TVotingAck>;
        for (let a = 0; a < ACTIVITIES; a++)
          for (let k = 0; k < CRITERIA.length; k++) {
            const at = performance.now();
            const ack = await emit('rating:set', {
              roundId,
              activityId: activityIds[a],
              criterion: CRITERIA[k],
              value: RATING_VALUES[(v + a + k) % 4],
            });
            ackMs.push(performance.now() - at);
            if (ack.ok && ack.version) sent.push({ voter: v + 1, version: ack.version, at });
            else refused += 1;
          }
      }),
    );
    const elapsedS = (performance.now() - started) / 1000;
    const total = VOTERS * ACTIVITIES * CRITERIA.length;
    await waitFor(
      () => clients.every((c) => c.arrivals.at(-1)?.version === total),
      'every client to see the last tally',
      30_000,
    );

    const delays: number[] = [];
    for (const [i, c] of clients.entries()) {
      const versions = c.arrivals.map((x) => x.version);
      for (const s of sent) {
        if (s.voter === i) continue;
        let lo = 0;
        let hi = versions.length - 1;
        while (lo < hi) {
          const mid = (lo + hi) >> 1;
          if (versions[mid]! >= s.version) hi = mid;
          else lo = mid + 1;
        }
        delays.push(c.arrivals[lo]!.at - s.at);
      }
    }
    delays.sort((a, b) => a - b);
    ackMs.sort((a, b) => a - b);
    const tally = clients[1]!.tally() as { ratings: TWireRatingTally };
    const counted = Object.values(tally.ratings)
      .flat(2)
      .reduce((n, x) => n + x, 0);
    const db = openDb({ sqliteFile: path.join(dir, 'idg-workshop.sqlite') });
    const stored = await db
      .selectFrom('ratings')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('round_id', '=', roundId)
      .executeTakeFirstOrThrow();
    await db.destroy();
    for (const c of clients) c.socket.disconnect();
    console.log(
      JSON.stringify({
        bench: 'votes',
        voters: VOTERS,
        activities: ACTIVITIES,
        criteria: CRITERIA.length,
        ratings: total,
        accepted: sent.length,
        refused,
        countedInTally: counted,
        storedInDb: Number(stored.n),
        everyRatingCounted: counted === total && Number(stored.n) === total && sent.length === total,
        seconds: Number(elapsedS.toFixed(2)),
        ratingsPerSecond: Math.round(total / elapsedS),
        tallyUpdatesPerClient: clients[1]!.arrivals.length,
        lastTallyBytes: JSON.stringify(tally).length,
        // The machine's other load skews every timing: reported so runs can be compared.
        cpus: os.cpus().length,
        loadAverage1m: { before: Number(loadBefore.toFixed(2)), after: Number(os.loadavg()[0]!.toFixed(2)) },
        ackMs: { p50: pct(ackMs, 50), p99: pct(ackMs, 99) },
        tallyDelayMs: { samples: delays.length, p50: pct(delays, 50), p99: pct(delays, 99), max: pct(delays, 100) },
        targetP99Ms: 200,
        metTarget: pct(delays, 99) < 200,
      }),
    );
  } finally {
    server.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv.includes('--server')) serve();
else await main();
