// Worker thread of bench/sync.ts: runs a share of the benchmark's clients, so that the client side
// uses more than one core. Editors are stock providers that send real updates and awareness and
// receive everything, but skip applying what others send (200 clients applying 18,000 remote
// updates a second would measure this process, not the server). Times are absolute
// (timeOrigin + now), comparable across threads.
import { parentPort, workerData } from 'node:worker_threads';
import * as decoding from 'lib0/decoding';
import { type TClient, type TTestUser, connectClient, waitFor } from '../tests/integration/helpers/yjs-harness';

export type TWorkerInput = { url: string; editors: { user: TTestUser; doc: string }[]; rate: number };
export type TWorkerCommand =
  { cmd: 'edit' } | { cmd: 'mark' } | { cmd: 'stop' } | { cmd: 'join'; doc: string; users: TTestUser[] };
/** `edits`: edits made so far, answering `mark` (the end of the warm-up) and `stop`. */
export type TWorkerReport =
  { kind: 'ready' } | { kind: 'edits'; edits: number } | { kind: 'joined'; delivered: number[]; synced: number[] };

/** Milliseconds since the epoch with sub-millisecond precision, the same clock in every thread. */
export const absNow = (): number => performance.timeOrigin + performance.now();

/** Lets a client receive remote updates and awareness without applying them. */
function skipRemote(c: TClient): void {
  const sync = c.provider.messageHandlers[0]!;
  c.provider.messageHandlers[0] = (encoder, decoder, provider, emitSynced, type) => {
    if (decoding.peekVarUint(decoder) !== 2) return sync(encoder, decoder, provider, emitSynced, type);
    decoding.readVarUint(decoder);
    decoding.readVarUint8Array(decoder);
  };
  c.provider.messageHandlers[1] = (_encoder, decoder) => void decoding.readVarUint8Array(decoder);
}

async function run(port: NonNullable<typeof parentPort>, input: TWorkerInput): Promise<void> {
  const post = (r: TWorkerReport): void => port.postMessage(r);
  const editors = input.editors.map(({ user, doc }) => {
    const c = connectClient(input.url, doc, user);
    skipRemote(c);
    c.provider.awareness.setLocalStateField('user', { name: user.id.slice(0, 8), color: '#30bced' });
    return c;
  });
  await waitFor(() => editors.every((c) => c.provider.synced), 'editors synced', 60_000);
  const timers: NodeJS.Timeout[] = [];
  let edits = 0;
  port.on('message', (m: TWorkerCommand) => {
    if (m.cmd === 'edit') {
      editors.forEach((c) => {
        let seq = 0;
        const edit = (): void => {
          const text = c.doc.getText('t');
          seq++;
          edits++;
          c.doc.transact(() => {
            text.insert(Math.floor(Math.random() * (text.length + 1)), 'ab');
            if (text.length > 400) text.delete(0, 2);
            c.doc.getMap<number[]>('seq').set(String(c.doc.clientID), [seq, absNow()]);
          });
          c.provider.awareness.setLocalStateField('cursor', { anchor: seq, head: seq });
        };
        timers.push(
          setTimeout(
            () => (edit(), timers.push(setInterval(edit, 1000 / input.rate))),
            Math.random() * (1000 / input.rate),
          ),
        );
      });
    } else if (m.cmd === 'mark') {
      post({ kind: 'edits', edits });
    } else if (m.cmd === 'stop') {
      for (const t of timers) clearInterval(t);
      for (const c of editors) c.destroy();
      post({ kind: 'edits', edits });
    } else {
      void join(m.doc, m.users).then(post);
    }
  });
  post({ kind: 'ready' });

  async function join(doc: string, users: TTestUser[]): Promise<TWorkerReport> {
    const t0 = absNow();
    const delivered: number[] = [];
    const synced: number[] = [];
    const joiners = users.map((u) => {
      const c = connectClient(input.url, doc, u);
      const sync = c.provider.messageHandlers[0]!;
      c.provider.messageHandlers[0] = (encoder, decoder, provider, emitSynced, type) => {
        if (decoding.peekVarUint(decoder) === 1 && !provider.synced) delivered.push(absNow() - t0);
        sync(encoder, decoder, provider, emitSynced, type);
      };
      c.provider.on('sync', (ok: boolean) => void (ok && synced.push(absNow() - t0)));
      return c;
    });
    await waitFor(() => synced.length === users.length, 'joined', 60_000);
    for (const c of joiners) c.destroy();
    return { kind: 'joined', delivered, synced };
  }
}

if (parentPort) void run(parentPort, workerData as TWorkerInput);
