import { z } from 'zod';
import type { TRaisedHand } from '../domain/workshop/live-hands';
import { MAX_LIVE_PATH_LENGTH } from '../domain/workshop/live-paths';
import type { TPresence } from '../domain/workshop/live-presence';
import { MAX_TIMER_MINUTES } from '../domain/workshop/live-timer';
import type { TRole } from '../domain/access/roles';
import type { TErrorCode } from '../domain/shared/error-codes';
import type { TAgendaNow } from '../contracts/sessions';
import { MAX_ANNOUNCEMENT_LENGTH, REACTIONS } from './live-constants';

// Contracts of the live room (presence, console, timer, hands, reactions), shared by the server
// and the client. Every client payload is parsed with these schemas on the server.

const ZPathSchema = z.string().min(1).max(MAX_LIVE_PATH_LENGTH);
const ZEmptySchema = z.object({}).strict();
const ZIdSchema = z.string().min(1).max(100);

/** Client payloads, by event name. */
export const ZLiveSchemas = {
  // `following`: whether this tab follows the follow-me leader, so the leader sees who does.
  'presence:where': z.object({ path: ZPathSchema, following: z.boolean().optional() }).strict(),
  'breakout:start': ZEmptySchema,
  // Where everyone comes back to: the page the facilitator ends the breakouts from.
  'breakout:end': z.object({ path: ZPathSchema }).strict(),
  'follow:set': z.object({ path: ZPathSchema }).strict(),
  'follow:stop': ZEmptySchema,
  'spotlight:set': z.object({ groupId: z.string().min(1).max(64).nullable() }).strict(),
  'timer:start': z
    .object({ minutes: z.number().int().min(1).max(MAX_TIMER_MINUTES), label: z.string().trim().min(1).max(80) })
    .strict(),
  'timer:pause': ZEmptySchema,
  'timer:resume': ZEmptySchema,
  'timer:add': z.object({ minutes: z.number().int().min(1).max(60) }).strict(),
  'timer:stop': ZEmptySchema,
  'area:lock': z.object({ areaId: z.string().min(1).max(64) }).strict(),
  'area:unlock': z.object({ areaId: z.string().min(1).max(64) }).strict(),
  'announcement:set': z.object({ text: z.string().trim().min(1).max(MAX_ANNOUNCEMENT_LENGTH) }).strict(),
  'announcement:clear': ZEmptySchema,
  'hand:raise': ZEmptySchema,
  'hand:lower': z.object({ userId: z.string().min(1).max(64).optional() }).strict(),
  'hands:clear': ZEmptySchema,
  reaction: z.object({ emoji: z.enum(REACTIONS) }).strict(),
  // The run of show: an agenda item of a session, by its place in the agenda.
  'run:start': z.object({ sessionId: ZIdSchema, index: z.number().int().min(0).max(100) }).strict(),
  'run:extend': z.object({ sessionId: ZIdSchema, minutes: z.number().int().min(1).max(60) }).strict(),
  'run:end': z.object({ sessionId: ZIdSchema }).strict(),
} as const;
export type TLiveEventName = keyof typeof ZLiveSchemas;
export type TLivePayload<E extends TLiveEventName> = z.infer<(typeof ZLiveSchemas)[E]>;

/**
 * A refused live event: the English reason and its code, which the client words in the member's
 * language. The server always sends the code; a refusal the client makes itself (not connected) has none.
 */
export type TLiveRefusal = { ok: false; error: string; code?: TErrorCode };

/** Every acknowledgement of a live event. */
export type TLiveAck = { ok: true } | TLiveRefusal;

/** The shared state of an assessment's live room, sent whole on every change. */
export type TLiveState = {
  breakoutActive: boolean;
  timer: { label: string; endsAt: string | null; pausedRemainingMs: number | null } | null;
  follow: { byUserId: string; byName: string; path: string } | null;
  spotlight: { groupId: string; groupName: string; rapporteurId: string | null; rapporteurName: string | null } | null;
  lockedAreas: string[];
  announcement: { text: string; at: string; byName: string } | null;
  updatedAt: string;
};

/** What a member gets on joining: everything needed to draw the room, and the server's clock. */
export type TLiveSnapshot = {
  serverNow: number;
  me: { id: string; name: string; role: TRole };
  state: TLiveState;
  presence: TPresence[];
  hands: TRaisedHand[];
  groups: { id: string; name: string; rapporteurId: string | null }[];
  areas: { id: string; label: string }[];
  /** The agenda item running now, for the live strip; then kept by `run:update`. */
  agendaItem: TAgendaNow | null;
};

/** A reaction as everyone in the room sees it (never stored). */
export type TReaction = { userId: string; name: string; emoji: (typeof REACTIONS)[number]; at: number };

/** Live-room events the server sends. */
export type TLiveServerEvents = {
  'live:state': (state: TLiveState) => void;
  'presence:update': (presence: TPresence[]) => void;
  'hands:update': (hands: TRaisedHand[]) => void;
  reaction: (reaction: TReaction) => void;
  /**
   * Sent to each member alone when breakouts start (the page of their group), and to everyone when
   * they end (the plenary page).
   */
  'breakout:go': (target: { path: string }) => void;
  /** A session's run of show moved on (an item started, extended or ended): read it again. */
  'run:update': (change: { sessionId: string; currentIndex: number | null; item: TAgendaNow | null }) => void;
  /** Someone changed a checklist area or a group's findings: the groups' progress may have moved. */
  'run:progress': () => void;
};

/** What each live-room event answers when it is done. */
export type TLiveOk = { [E in TLiveEventName]: { ok: true } };
