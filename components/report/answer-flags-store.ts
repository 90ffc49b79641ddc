'use client';

import { useEffect, useSyncExternalStore } from 'react';
import { sendJson } from '@/components/ui/api-client';
import type { TAnswerFlagsResponse } from '@/lib/contracts/checklist';
import type { TReportAccessResponse } from '@/lib/contracts/reports';
import type { TServerEvents } from '@/lib/realtime/events';
import { useSharedLiveSocket } from '@/lib/realtime/live-socket-context';

// The sensitive flags of one assessment's answers, shared by every question card of a page (one
// store per assessment, one request, one socket listener). The server decides who receives them:
// members who may not see flags get a 403 from /answer-flags and no live events, and the store
// then stays "none". Facilitators' and senior management's pages hear each change from the live
// room (the server sends it to their own connections only) and re-read the list when they
// rejoin the room or come back to the tab, so that nothing missed while away stays wrong.

/** Who this member is to the flags: not allowed, may read them, may set them; unknown until asked. */
export type TFlagAccess = 'unknown' | 'none' | 'read' | 'flag';
export type TFlagsSnapshot = { access: TFlagAccess; flags: ReadonlySet<string> };

type TChange = Parameters<TServerEvents['answer-flags:changed']>[0];

class AnswerFlagsStore {
  private snapshot: TFlagsSnapshot = { access: 'unknown', flags: new Set() };
  private readonly listeners = new Set<() => void>();
  private loading: Promise<void> | null = null;
  private readonly onFocus = () => {
    if (document.visibilityState === 'visible') void this.refresh();
  };

  constructor(private readonly assessmentId: string) {}

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    if (this.listeners.size === 1) {
      window.addEventListener('focus', this.onFocus);
      document.addEventListener('visibilitychange', this.onFocus);
    }
    return () => {
      this.listeners.delete(listener);
      if (this.listeners.size === 0) {
        window.removeEventListener('focus', this.onFocus);
        document.removeEventListener('visibilitychange', this.onFocus);
      }
    };
  };

  readonly getSnapshot = (): TFlagsSnapshot => this.snapshot;

  private set(next: TFlagsSnapshot): void {
    this.snapshot = next;
    for (const l of this.listeners) l();
  }

  /** Reads who may see flags and, if this member may, the flags; concurrent calls share one request. */
  refresh(): Promise<void> {
    if (this.snapshot.access === 'none') return Promise.resolve();
    this.loading ??= this.load().finally(() => {
      this.loading = null;
    });
    return this.loading;
  }

  private async load(): Promise<void> {
    const base = `/api/assessments/${this.assessmentId}`;
    try {
      if (this.snapshot.access === 'unknown') {
        const res = await fetch(`${base}/report/access`);
        const access = res.ok ? ((await res.json()) as TReportAccessResponse) : null;
        if (!access?.seesSensitive) {
          // Only a clear answer settles it; a failed request is asked again on the next focus.
          if (access) this.set({ access: 'none', flags: new Set() });
          return;
        }
      }
      const res = await fetch(`${base}/answer-flags`, { cache: 'no-store' });
      if (res.status === 403) return this.set({ access: 'none', flags: new Set() });
      if (!res.ok) return;
      const data = (await res.json()) as TAnswerFlagsResponse;
      this.set({
        access: data.canFlag ? 'flag' : 'read',
        flags: new Set(data.flags.filter((f) => f.flag === 'sensitive').map((f) => f.questionKey)),
      });
    } catch {
      // Offline for a moment: the next focus or rejoin reads again.
    }
  }

  /** Applies a change the server announced or confirmed. */
  readonly apply = (change: TChange): void => {
    if (this.snapshot.access === 'none' || this.snapshot.flags.has(change.questionKey) === change.on) return;
    const flags = new Set(this.snapshot.flags);
    if (change.on) flags.add(change.questionKey);
    else flags.delete(change.questionKey);
    this.set({ ...this.snapshot, flags });
  };

  /** Sets or clears a flag on the server; the error message when refused. */
  async change(questionKey: string, on: boolean): Promise<string | null> {
    const url = `/api/assessments/${this.assessmentId}/answer-flags`;
    const res = on
      ? await sendJson<TChange>(url, 'PUT', { questionKey, flag: 'sensitive' })
      : await sendJson<TChange>(
          `${url}?${new URLSearchParams({ questionKey, flag: 'sensitive' }).toString()}`,
          'DELETE',
        );
    if (!res.ok) return res.fieldErrors.questionKey?.[0] ?? res.error;
    this.apply({ questionKey, flag: 'sensitive', on });
    return null;
  }
}

const stores = new Map<string, AnswerFlagsStore>();
function storeOf(assessmentId: string): AnswerFlagsStore {
  let store = stores.get(assessmentId);
  if (!store) stores.set(assessmentId, (store = new AnswerFlagsStore(assessmentId)));
  return store;
}

const SERVER_SNAPSHOT: TFlagsSnapshot = { access: 'unknown', flags: new Set() };

/** The assessment's answer flags as this member may see them, kept current, and the way to change one. */
export function useAnswerFlags(
  assessmentId: string,
): TFlagsSnapshot & { change: (questionKey: string, on: boolean) => Promise<string | null> } {
  const store = storeOf(assessmentId);
  const snapshot = useSyncExternalStore(store.subscribe, store.getSnapshot, () => SERVER_SNAPSHOT);
  const shared = useSharedLiveSocket();
  const socket = shared?.assessmentId === assessmentId ? shared.socket : null;
  const joined = shared?.joined ?? false;

  useEffect(() => {
    void store.refresh();
  }, [store]);

  // Every card listens; applying the same change twice is a no-op, so no listener count is kept.
  useEffect(() => {
    if (!socket) return;
    socket.on('answer-flags:changed', store.apply);
    return () => {
      socket.off('answer-flags:changed', store.apply);
    };
  }, [socket, store]);

  // (Re)joined the room: events sent while away were missed, read the list again.
  useEffect(() => {
    if (joined) void store.refresh();
  }, [joined, store]);

  return { ...snapshot, change: (questionKey, on) => store.change(questionKey, on) };
}
