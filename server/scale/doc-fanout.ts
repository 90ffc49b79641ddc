import * as awarenessProtocol from 'y-protocols/awareness';
import * as Y from 'yjs';
import { z } from 'zod';
import type { TConnectionFilter } from '../../lib/collab/access-changes';
import { CloseCode, type TCloseCode } from '../../lib/collab/close-codes';
import type { TYjsFanout } from '../yjs/server';
import { PEER_ORIGIN, type SharedDoc } from '../yjs/shared-doc';
import type { TRedisPair, TScaleLogger } from './redis';
import { type TPeerMessage, decodePeerMessage, encodePeerMessage } from './wire';

export type TDocFanoutOptions = {
  redis: TRedisPair;
  /** This instance's name on the channels; unique per process. */
  instanceId: string;
  logger: TScaleLogger;
  /** Channel prefix, so that several deployments can share one Redis. */
  prefix?: string;
  /** After a reconnection, the state vector exchange is repeated once after this delay (ms). */
  resyncAgainMs?: number;
};

export type TDocFanout = TYjsFanout & { close: () => Promise<void> };

const ZCloseSchema = z.object({
  from: z.string(),
  filter: z.object({ userId: z.string().optional(), assessmentId: z.string().optional() }),
  code: z
    .number()
    .int()
    .refine((c): c is TCloseCode => (Object.values(CloseCode) as number[]).includes(c)),
});

// An update with nothing in it: not worth a message.
const isEmptyUpdate = (u: Uint8Array): boolean => u.length === 2 && u[0] === 0 && u[1] === 0;

/**
 * Yjs fan-out between instances over Redis pub/sub: one channel per loaded document carries the
 * updates and awareness changes this instance applies from its clients, which every other
 * instance holding the document applies with PEER_ORIGIN (relayed to its clients and logged, never
 * published again). Pub/sub drops what is sent while a subscriber is away, so on subscribing and
 * after every Redis reconnection each document exchanges state vectors with its peers.
 */
export function createDocFanout(opts: TDocFanoutOptions): TDocFanout {
  const { redis, instanceId: me, logger } = opts;
  const prefix = opts.prefix ?? 'idg:yjs:';
  const closeChannel = `${prefix}close`;
  const docChannel = (name: string): string => `${prefix}doc:${name}`;
  const docs = new Map<string, SharedDoc>();
  let closeLocal: (filter: TConnectionFilter, code: TCloseCode) => void = () => undefined;
  const timers = new Set<NodeJS.Timeout>();

  const publish = (channel: string, payload: Buffer | string): void => {
    redis.pub
      .publish(channel, payload)
      .catch((err: unknown) => logger.warn('redis-publish-failed', { channel, error: String(err) }));
  };
  const send = (shared: SharedDoc, msg: TPeerMessage): void => publish(docChannel(shared.name), encodePeerMessage(msg));
  const requestSync = (shared: SharedDoc): void =>
    send(shared, { kind: 'sync-request', from: me, stateVector: Y.encodeStateVector(shared.doc) });

  const onDocMessage = (shared: SharedDoc, msg: TPeerMessage): void => {
    switch (msg.kind) {
      case 'update':
        Y.applyUpdate(shared.doc, msg.update, PEER_ORIGIN);
        return;
      case 'awareness':
        awarenessProtocol.applyAwarenessUpdate(shared.awareness, msg.update, PEER_ORIGIN);
        return;
      case 'sync-request': {
        // Only the states of our own clients: each instance answers for its own. An id can be
        // owned before the awareness accepted a state for it (a stale clock), so check it is known.
        const ownIds = [...shared.awarenessOwners.keys()].filter((id) => shared.awareness.meta.has(id));
        const own = awarenessProtocol.encodeAwarenessUpdate(shared.awareness, ownIds);
        const update = Y.encodeStateAsUpdate(shared.doc, msg.stateVector);
        send(shared, {
          kind: 'sync-answer',
          from: me,
          to: msg.from,
          update,
          stateVector: Y.encodeStateVector(shared.doc),
          awareness: own,
        });
        return;
      }
      case 'sync-answer': {
        if (msg.to !== me) return;
        Y.applyUpdate(shared.doc, msg.update, PEER_ORIGIN);
        awarenessProtocol.applyAwarenessUpdate(shared.awareness, msg.awareness, PEER_ORIGIN);
        // What the answering instance lacks goes to every peer: it is harmless to those that have it.
        const missing = Y.encodeStateAsUpdate(shared.doc, msg.stateVector);
        if (!isEmptyUpdate(missing)) send(shared, { kind: 'update', from: me, update: missing });
        return;
      }
    }
  };

  redis.sub.on('messageBuffer', (channelBuf: Buffer, message: Buffer) => {
    const channel = channelBuf.toString();
    try {
      if (channel === closeChannel) {
        const parsed = ZCloseSchema.parse(JSON.parse(message.toString()));
        if (parsed.from !== me) closeLocal(parsed.filter, parsed.code);
        return;
      }
      const shared = docs.get(channel);
      if (!shared) return;
      const msg = decodePeerMessage(message);
      if (msg.from !== me) onDocMessage(shared, msg);
    } catch (err) {
      logger.warn('peer-message-dropped', { channel, error: String(err) });
    }
  });
  redis.sub
    .subscribe(closeChannel)
    .catch((err: unknown) => logger.warn('redis-subscribe-failed', { channel: closeChannel, error: String(err) }));

  const resyncAll = (): void => {
    for (const shared of docs.values()) requestSync(shared);
  };
  // Peers may resubscribe in any order after Redis restarts; a request sent before a peer is back
  // is lost, so the exchange is repeated once a little later.
  redis.onReconnect(() => {
    resyncAll();
    const t = setTimeout(() => (timers.delete(t), resyncAll()), opts.resyncAgainMs ?? 1000);
    timers.add(t);
  });

  return {
    onLocalUpdate: (shared, update) => send(shared, { kind: 'update', from: me, update }),
    onLocalAwareness: (shared, changed) =>
      send(shared, {
        kind: 'awareness',
        from: me,
        update: awarenessProtocol.encodeAwarenessUpdate(shared.awareness, changed),
      }),
    attach: (shared) => {
      const channel = docChannel(shared.name);
      docs.set(channel, shared);
      // Not awaited: with Redis down the document still serves this instance's clients; the
      // exchange after subscribing fetches whatever peers applied before it.
      void redis.sub.subscribe(channel).then(
        () => docs.get(channel) === shared && requestSync(shared),
        (err: unknown) => logger.warn('redis-subscribe-failed', { channel, error: String(err) }),
      );
    },
    detach: (shared) => {
      const channel = docChannel(shared.name);
      if (docs.get(channel) !== shared) return;
      docs.delete(channel);
      redis.sub
        .unsubscribe(channel)
        .catch((err: unknown) => logger.warn('redis-unsubscribe-failed', { channel, error: String(err) }));
    },
    publishClose: (filter, code) => publish(closeChannel, JSON.stringify({ from: me, filter, code })),
    onPeerClose: (fn) => {
      closeLocal = fn;
    },
    close: async () => {
      for (const t of timers) clearTimeout(t);
      docs.clear();
      await redis.sub.unsubscribe().catch(() => undefined);
    },
  };
}
