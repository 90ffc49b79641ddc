'use client';

import { useEffect, useMemo, useSyncExternalStore } from 'react';
import type { Awareness } from 'y-protocols/awareness';
import type { TCollabUser } from '@/lib/collab/collab-session';
import { isRecord, isText, parseUserRef } from '@/lib/collab/read-guards';

const COLOR = /^#[0-9a-fA-F]{6}$/;

/** Awareness states come from other browsers: checked, never trusted (see read-guards on why not zod). */
export function parsePresenceState(state: unknown): { user: TCollabUser; questionKey: string | null } | null {
  if (!isRecord(state)) return null;
  const { user, questionKey } = state;
  const ref = parseUserRef(user);
  const color = isRecord(user) ? user.color : undefined;
  if (!ref || typeof color !== 'string' || !COLOR.test(color)) return null;
  if (questionKey != null && !isText(questionKey, 0, 100)) return null;
  return { user: { ...ref, color }, questionKey: questionKey ?? null };
}

/** Other people by the question they are on. */
export type TPresence = ReadonlyMap<string, readonly TCollabUser[]>;

const NONE: TPresence = new Map();

function readPresence(awareness: Awareness, selfId: string): TPresence {
  const byQuestion = new Map<string, TCollabUser[]>();
  const seen = new Set<string>();
  for (const [clientId, state] of awareness.getStates()) {
    if (clientId === awareness.clientID) continue;
    const parsed = parsePresenceState(state);
    if (!parsed?.questionKey) continue;
    const { user, questionKey } = parsed;
    // Someone with two tabs on one question shows once; my own other tabs are not "others".
    if (user.id === selfId || seen.has(`${user.id}@${questionKey}`)) continue;
    seen.add(`${user.id}@${questionKey}`);
    byQuestion.set(questionKey, [...(byQuestion.get(questionKey) ?? []), user]);
  }
  return byQuestion;
}

function createPresenceStore(awareness: Awareness, selfId: string) {
  let snapshot = readPresence(awareness, selfId);
  let signature = JSON.stringify([...snapshot]);
  return {
    subscribe: (listener: () => void) => {
      const fresh = readPresence(awareness, selfId);
      if (JSON.stringify([...fresh]) !== signature) {
        snapshot = fresh;
        signature = JSON.stringify([...fresh]);
      }
      // Cursor moves change awareness too; only a change of who is where re-renders.
      const onChange = () => {
        const next = readPresence(awareness, selfId);
        const nextSignature = JSON.stringify([...next]);
        if (nextSignature === signature) return;
        snapshot = next;
        signature = nextSignature;
        listener();
      };
      awareness.on('change', onChange);
      return () => awareness.off('change', onChange);
    },
    getSnapshot: () => snapshot,
  };
}

const noop = () => () => {};
const none = () => NONE;

/** Who else is on which question, live from awareness. */
export function usePresence(awareness: Awareness | null, selfId: string): TPresence {
  const store = useMemo(() => (awareness ? createPresenceStore(awareness, selfId) : null), [awareness, selfId]);
  return useSyncExternalStore(store?.subscribe ?? noop, store?.getSnapshot ?? none, none);
}

const ANNOUNCE_INTERVAL_MS = 250;

/**
 * A function that tells the others which question the local user is on (null: none),
 * throttled to a few awareness updates per second; the latest value always goes out.
 */
export function useQuestionAnnouncer(awareness: Awareness | null): (questionKey: string | null) => void {
  const announcer = useMemo(() => {
    if (!awareness) return { announce: () => {}, stop: () => {} };
    let timer: ReturnType<typeof setTimeout> | null = null;
    let lastSent = 0;
    let pending: string | null = null;
    const send = () => {
      timer = null;
      lastSent = Date.now();
      if ((awareness.getLocalState()?.questionKey ?? null) !== pending)
        awareness.setLocalStateField('questionKey', pending);
    };
    return {
      announce: (questionKey: string | null) => {
        pending = questionKey;
        if (timer !== null) return;
        timer = setTimeout(send, Math.max(0, lastSent + ANNOUNCE_INTERVAL_MS - Date.now()));
      },
      stop: () => {
        if (timer !== null) clearTimeout(timer);
        timer = null;
      },
    };
  }, [awareness]);
  useEffect(() => () => announcer.stop(), [announcer]);
  return announcer.announce;
}
