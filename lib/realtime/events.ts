import { z } from 'zod';
import type { TComment, TEvidence } from '../contracts/checklist';
import type { TFindingCommentRecord, TFindingOutcomeRecord } from '../contracts/report-back';
import {
  type TLiveOk,
  type TLiveRefusal,
  type TLiveServerEvents,
  type TLiveSnapshot,
  ZLiveSchemas,
} from './live-events';
import { type TVotingOk, type TVotingServerEvents, ZVotingSchemas } from './voting-events';

export { SOCKET_PATH } from './live-constants';

/** The room of everyone currently in one assessment. */
export function assessmentRoom(assessmentId: string): string {
  return `assessment:${assessmentId}`;
}

/** Client → server: join the live room of an assessment (membership is checked on the server). */
export const ZJoinAssessmentSchema = z.object({
  assessmentId: z.string().min(1).max(64),
  /** The page the client shows, for presence; ignored unless it is a page of this assessment. */
  path: z.string().max(300).optional(),
});

/** The room of one member's own connections in an assessment (for what only they should receive). */
export function memberRoom(assessmentId: string, userId: string): string {
  return `assessment:${assessmentId}:user:${userId}`;
}

/** The room of all one user's connections, whatever assessment they are in (their notifications). */
export function userRoom(userId: string): string {
  return `user:${userId}`;
}

/** The answer to `assessment:join`: the live room's snapshot when allowed in. */
export type TJoinAck = { ok: true; snapshot: TLiveSnapshot } | TLiveRefusal;

/** Events the server sends to an assessment's room, with their payloads. */
export type TServerEvents = TLiveServerEvents &
  TVotingServerEvents & {
    'comment:created': (comment: TComment) => void;
    'evidence:added': (evidence: TEvidence) => void;
    'evidence:removed': (removed: { id: string; questionKey: string }) => void;
    /** Sent only to the members who may see answer flags (facilitators, senior management), never to the room. */
    'answer-flags:changed': (change: { questionKey: string; flag: 'sensitive'; on: boolean }) => void;
    /** The plenary's outcome of a group finding was set (or cleared: null) at report-back. */
    'findings:outcome': (change: { findingId: string; outcome: TFindingOutcomeRecord | null }) => void;
    'findings:comment': (comment: TFindingCommentRecord) => void;
    /**
     * The candidate activities (or their agreed priorities) changed: read them again. Sent to the
     * members who may see them.
     */
    'activities:changed': () => void;
    /** Sent to one user's connections: how many of their notifications are unread now. */
    'notifications:unread': (state: { unread: number }) => void;
  };

/** Every client payload's schema, by event name: the server parses each event with its own. */
export const ZClientSchemas = { ...ZLiveSchemas, ...ZVotingSchemas, 'assessment:join': ZJoinAssessmentSchema };
export type TClientEventName = keyof typeof ZClientSchemas;

/** What each client event answers when it is done; any of them may instead be refused. */
export type TClientOk = TLiveOk & TVotingOk & { 'assessment:join': Extract<TJoinAck, { ok: true }> };

/** Events clients send, each answered through its acknowledgement callback. */
export type TClientEvents = {
  [E in TClientEventName]: (payload: unknown, ack: (result: TClientOk[E] | TLiveRefusal) => void) => void;
};
