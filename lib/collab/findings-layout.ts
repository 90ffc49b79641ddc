import type * as Y from 'yjs';
import { type TUserRef, isDocId, isFiniteNumber, isOneOf, isRecord, parseUserRef } from './read-guards';

// The layout of a group's findings document (`assessment.<id>.group.<groupId>`). Two people may
// add, edit, cite and delete findings at the same moment, so nothing they type is ever nested:
// - each finding's rich text is its own top-level XmlFragment `finding:<id>`;
// - its cited question keys are the keys of its own top-level Y.Map `citations:<id>` (key → true),
//   so two citations added at once are two map keys and both survive;
// - the per-kind top-level Y.Map (`strengths`, ...) holds, under the finding's client-made id,
//   only small metadata written whole: who made it, when, and its position;
// - a deletion is a tombstone (`deleted: true` in the metadata) and also an entry of the top-level
//   `deleted` map: a concurrent reorder rewrites the metadata entry last-writer-wins and could
//   drop the flag, while the separate entry cannot be undone by it, so a deleted finding never
//   comes back half-alive. Its fragment and citations are kept, unread, for the history.

/** The four kinds of finding a group reports, in the order the page and the plenary show them. */
export const FINDING_KINDS = ['strengths', 'weaknesses', 'risks', 'activities'] as const;
export type TFindingKind = (typeof FINDING_KINDS)[number];

/** Whether a value names one of the four kinds. */
export const isFindingKind = (value: unknown): value is TFindingKind => isOneOf(FINDING_KINDS, value);

/** How each kind reads as a heading. */
export const FINDING_KIND_LABELS: Record<TFindingKind, string> = {
  strengths: 'Strengths',
  weaknesses: 'Weaknesses',
  risks: 'Risks',
  activities: 'Proposed activities',
};

/** Name of the top-level map of tombstones, finding id → `{ userId, at }`. */
export const DELETED_MAP = 'deleted';

/** A finding id: what `crypto.randomUUID()` makes, or shorter test ids; never a dot or colon. */
const isFindingId = isDocId;

/** The metadata of one finding, as stored in its kind's map. */
type TFindingMeta = { order: number; createdBy: TUserRef; createdAt: number; deleted?: boolean };

/** A finding's metadata as a client wrote it, or null when malformed; only the known keys are kept. */
function parseFindingMeta(value: unknown): TFindingMeta | null {
  if (!isRecord(value)) return null;
  const { order, createdAt, deleted } = value;
  const createdBy = parseUserRef(value.createdBy);
  if (!isFiniteNumber(order) || !isFiniteNumber(createdAt) || !createdBy) return null;
  if (!(deleted === undefined || typeof deleted === 'boolean')) return null;
  return deleted === undefined ? { order, createdBy, createdAt } : { order, createdBy, createdAt, deleted };
}

/** A live finding as views show it: metadata, citations sorted, never a deleted one. */
export type TFinding = {
  id: string;
  kind: TFindingKind;
  order: number;
  createdBy: { id: string; name: string };
  createdAt: number;
  citations: string[];
};

/** A new finding id: 128 random bits as hex (getRandomValues works where randomUUID needs https). */
export function newFindingId(): string {
  return [...crypto.getRandomValues(new Uint8Array(16))].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** The top-level fragment holding a finding's rich text. */
export function findingFragmentName(findingId: string): string {
  return `finding:${findingId}`;
}

/** The top-level map whose keys are the question keys a finding cites. */
export function citationsMapName(findingId: string): string {
  return `citations:${findingId}`;
}

// The shape of a question key, the guide's (`transparency.20`) or one the administration added
// (`transparency.a1`); which keys a group may cite is checked where they are picked.
const QUESTION_KEY = /^[a-z][a-z-]{0,39}\.a?\d{1,4}$/;

const kindMap = (doc: Y.Doc, kind: TFindingKind) => doc.getMap<unknown>(kind);

/** Every live (not deleted) finding of a document by kind, each kind in its order. */
export function readFindings(doc: Y.Doc): Record<TFindingKind, TFinding[]> {
  const deleted = doc.getMap<unknown>(DELETED_MAP);
  const out = { strengths: [], weaknesses: [], risks: [], activities: [] } as Record<TFindingKind, TFinding[]>;
  for (const kind of FINDING_KINDS) {
    for (const [id, value] of kindMap(doc, kind).entries()) {
      // Anything a client wrote that does not fit is skipped rather than trusted.
      const meta = parseFindingMeta(value);
      if (!meta || meta.deleted || deleted.has(id) || !isFindingId(id)) continue;
      const citations = [...doc.getMap<unknown>(citationsMapName(id)).entries()]
        .filter(([k, v]) => v === true && QUESTION_KEY.test(k))
        .map(([k]) => k);
      out[kind].push({
        id,
        kind,
        order: meta.order,
        createdBy: meta.createdBy,
        createdAt: meta.createdAt,
        citations: citations.sort(compareKeys),
      });
    }
    // Equal orders (two findings added at once) fall back to the id, so every client agrees.
    out[kind].sort((a, b) => a.order - b.order || (a.id < b.id ? -1 : 1));
  }
  return out;
}

/**
 * Orders question keys as the checklist does within an area: by area id, the guide's by number,
 * then the added (`a<n>`) by number.
 */
function compareKeys(a: string, b: string): number {
  const [areaA = '', numA = '0'] = a.split('.');
  const [areaB = '', numB = '0'] = b.split('.');
  if (areaA !== areaB) return areaA < areaB ? -1 : 1;
  const addedA = numA.startsWith('a');
  const addedB = numB.startsWith('a');
  return addedA === addedB ? Number(numA.replace('a', '')) - Number(numB.replace('a', '')) : addedA ? 1 : -1;
}

/** Finds a live finding by id across kinds, or null. */
export function findFinding(doc: Y.Doc, findingId: string): TFinding | null {
  const all = readFindings(doc);
  for (const kind of FINDING_KINDS) {
    const hit = all[kind].find((f) => f.id === findingId);
    if (hit) return hit;
  }
  return null;
}

/** Adds an empty finding at the end of its kind; returns nothing, the caller chose the id. */
export function addFinding(
  doc: Y.Doc,
  kind: TFindingKind,
  id: string,
  user: { id: string; name: string },
  now = Date.now(),
): void {
  const last = readFindings(doc)[kind].at(-1);
  const meta: TFindingMeta = {
    order: (last?.order ?? 0) + 1,
    createdBy: { id: user.id, name: user.name },
    createdAt: now,
  };
  kindMap(doc, kind).set(id, meta);
}

/** Marks a finding deleted (both tombstones, in one transaction). */
export function deleteFinding(doc: Y.Doc, finding: TFinding, userId: string, now = Date.now()): void {
  doc.transact(() => {
    const map = kindMap(doc, finding.kind);
    const meta = parseFindingMeta(map.get(finding.id));
    if (meta) map.set(finding.id, { ...meta, deleted: true });
    doc.getMap<unknown>(DELETED_MAP).set(finding.id, { userId, at: now });
  });
}

/** Gives a finding a new position (see findings-order.ts for choosing it). */
export function setFindingOrder(doc: Y.Doc, finding: TFinding, order: number): void {
  const map = kindMap(doc, finding.kind);
  const meta = parseFindingMeta(map.get(finding.id));
  if (!meta || meta.deleted) return;
  map.set(finding.id, { ...meta, order });
}

/** Adds a cited question key to a finding. */
export function addCitation(doc: Y.Doc, findingId: string, questionKey: string): void {
  doc.getMap<unknown>(citationsMapName(findingId)).set(questionKey, true);
}

/** Removes a cited question key from a finding. */
export function removeCitation(doc: Y.Doc, findingId: string, questionKey: string): void {
  doc.getMap<unknown>(citationsMapName(findingId)).delete(questionKey);
}
