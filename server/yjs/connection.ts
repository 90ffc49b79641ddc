import type { RawData } from 'ws';
import * as Y from 'yjs';
import { CloseCode, type TCloseCode, closeReason } from '../../lib/collab/close-codes';
import { MalformedMessageError } from './bounded-decoder';
import { TokenBucket, type TYjsLimits } from './limits';
import type { TYjsLogger } from './logger';
import { applyOwnAwareness } from './awareness-guard';
import { MessageType, decodeClientMessage, encodeAwareness, encodeSyncStep1 } from './protocol';
import type { SharedDoc, TDocConnection } from './shared-doc';
import { validateStateVector, validateUpdate } from './validate-update';

// An update with no structs and no deletions: what a read-only client answers to sync step 2
// when it has nothing of its own. Dropping it is not worth a log line.
const isEmptyUpdate = (u: Uint8Array): boolean => u.length === 2 && u[0] === 0 && u[1] === 0;

const toBytes = (data: RawData): Uint8Array =>
  Array.isArray(data) ? Buffer.concat(data) : data instanceof ArrayBuffer ? new Uint8Array(data) : data;

/** Closes a connection with a named code. */
export function closeWith(conn: TDocConnection, code: TCloseCode): void {
  if (conn.ws.readyState === conn.ws.OPEN || conn.ws.readyState === conn.ws.CONNECTING) conn.ws.close(code, closeReason(code));
}

/**
 * Runs the y-websocket protocol for one connection to one document: answers sync step 1,
 * applies a writer's updates (after validating them within their own bytes), drops a reader's
 * updates with one log line, relays awareness, and closes only this connection on anything hostile.
 */
export function runConnection(shared: SharedDoc, conn: TDocConnection, limits: TYjsLimits, logger: TYjsLogger): void {
  const { ws } = conn;
  const syncBucket = new TokenBucket(limits.messagesPerSecond, limits.messageBurst);
  const awarenessBucket = new TokenBucket(limits.awarenessPerSecond, limits.awarenessBurst);
  const ctx = { doc: shared.name, user: conn.userId };
  // One log line per read-only connection, however many updates it sends.
  let droppedUpdates = 0;

  const refuse = (code: TCloseCode, detail: string): void => {
    logger.warn('connection-refused-message', { ...ctx, code, reason: closeReason(code), detail });
    closeWith(conn, code);
  };

  // The answer to a sync step 1 is a client's only acknowledgement (it is what makes its "all
  // saved" true), so when this connection has applied updates since, the log is written first:
  // a crash after it loses nothing the client believes saved, and what a crash loses before it the
  // client still holds and resends on reconnect. Updates themselves keep the batched log (a write
  // per update would cost the event loop), and relaying is never held up. A write the database
  // refused stays queued in memory; the client is told to reconnect and resend.
  let unacknowledged = false;
  let acknowledged: Promise<void> = Promise.resolve();

  // Returns whether an update was applied, so the caller can wait for it to be committed.
  const handle = (buf: Uint8Array): boolean => {
    const msg = decodeClientMessage(buf);
    switch (msg.type) {
      case 'sync-step1':
        validateStateVector(msg.stateVector);
        if (unacknowledged) {
          unacknowledged = false;
          acknowledged = acknowledged.then(() => shared.flush()).catch(() => refuse(CloseCode.internalError, 'persistence failed'));
        }
        // Chained, so answers keep their order behind a write in flight.
        acknowledged = acknowledged.then(() => void (ws.readyState === ws.OPEN && ws.send(shared.syncStep2(msg.stateVector))));
        return false;
      case 'sync-update':
        if (conn.access === 'read') {
          if (!isEmptyUpdate(msg.update) && droppedUpdates++ === 0) logger.info('read-only-update-dropped', ctx);
          return false;
        }
        validateUpdate(msg.update);
        Y.applyUpdate(shared.doc, msg.update, conn);
        // Updates whose dependencies never arrive wait in memory; a client that piles them up is hostile.
        if ((shared.doc.store.pendingStructs?.update.length ?? 0) > limits.maxPayload) throw new MalformedMessageError('too many pending structs');
        return true;
      case 'awareness':
        // Readers' awareness is relayed too: an observer or senior manager should be seen to be
        // present. It carries only presence (name, colour, cursor), never document content.
        applyOwnAwareness(shared, conn, msg.update, limits.maxAwarenessClientsPerConnection);
        return false;
      case 'query-awareness':
        ws.send(encodeAwareness(shared.awareness, [...shared.awareness.getStates().keys()]));
        return false;
    }
  };

  ws.on('message', (data: RawData) => {
    if (ws.readyState !== ws.OPEN) return;
    const buf = toBytes(data);
    // The first byte is the message type for every type we know (all below 128).
    const bucket = buf[0] === MessageType.awareness ? awarenessBucket : syncBucket;
    if (!bucket.take()) return refuse(CloseCode.rateLimited, 'message rate');
    try {
      if (handle(buf)) unacknowledged = true;
    } catch (err) {
      refuse(CloseCode.malformed, err instanceof Error ? err.message : String(err));
    }
  });
  ws.on('error', (err: Error & { code?: string }) => {
    // ws closes an over-long frame itself, with 1009; we only say so.
    logger.warn('connection-error', { ...ctx, error: err.code ?? err.message });
  });

  // Ask a writer for what it has that we lack (offline edits); a reader's answer would be dropped.
  if (conn.access === 'write') ws.send(encodeSyncStep1(shared.doc));
  const states = shared.awareness.getStates();
  if (states.size > 0) ws.send(encodeAwareness(shared.awareness, [...states.keys()]));
}
