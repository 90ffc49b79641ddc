import * as Y from 'yjs';
import { parseDocName } from './doc-name-parse';
import { ANSWER_FRAGMENT_PREFIX, STATUS_MAP } from './layout';

// A version point of one top-level type (docs/history.md): the document's state vector and the
// deletions inside that type only. A whole-document snapshot would carry every deletion anyone made
// anywhere in the area, at every point of every answer; this one grows only with its own type's edits.
// Reading a type at such a snapshot needs the document kept without garbage collection (`gc: false`),
// which is why the kinds that have history are loaded that way (`keepsHistory`).

/** Prefix of an evaluation's history: `status:<questionKey>` is the `status` map's entry for that question. */
export const STATUS_HISTORY_PREFIX = 'status:';
/** Prefix of a plan draft's text fields (`text:<rowId>:<field>`, lib/collab/plan-layout.ts). */
export const PLAN_TEXT_PREFIX = 'text:';
/** Prefix of a finding's text in a group's document (`finding:<id>`, lib/collab/findings-layout.ts). */
const FINDING_TEXT_PREFIX = 'finding:';

/** Whether a document kind keeps its deleted content for history: checklist areas, groups' findings, the plan draft. */
export function keepsHistory(docName: string): boolean {
  const kind = parseDocName(docName)?.kind;
  return kind === 'factor' || kind === 'group' || kind === 'plan';
}

/** The history names of what a change touched: a top-level type's name, or `status:<key>` for a `status` entry. */
export function historyNamesOf(docName: string, topLevel: string, mapKeys: Iterable<string | null> = []): string[] {
  const kind = parseDocName(docName)?.kind;
  if (kind === 'factor') {
    if (topLevel === STATUS_MAP) return [...mapKeys].flatMap((k) => (k === null ? [] : [STATUS_HISTORY_PREFIX + k]));
    return topLevel.startsWith(ANSWER_FRAGMENT_PREFIX) ? [topLevel] : [];
  }
  if (kind === 'plan') return topLevel.startsWith(PLAN_TEXT_PREFIX) ? [topLevel] : [];
  if (kind === 'group') return topLevel.startsWith(FINDING_TEXT_PREFIX) ? [topLevel] : [];
  return [];
}

type TRange = { clock: number; len: number };

/**
 * The snapshot of `historyName` as `doc` holds it now, or, given the transaction that is changing it,
 * as it was before that transaction.
 */
export function typeSnapshot(doc: Y.Doc, historyName: string, before?: Y.Transaction): Y.Snapshot {
  const ranges = new Map<number, TRange[]>();
  const add = (item: Y.Item): void => {
    if (!item.deleted || (before && Y.isDeleted(before.deleteSet, item.id))) return;
    const list = ranges.get(item.id.client) ?? [];
    list.push({ clock: item.id.clock, len: item.length });
    ranges.set(item.id.client, list);
  };
  for (const item of itemsOf(doc, historyName)) add(item);
  const ds = Y.createDeleteSet();
  for (const [client, list] of ranges) ds.clients.set(client, merged(list));
  const sv = before ? new Map(before.beforeState) : Y.decodeStateVector(Y.encodeStateVector(doc));
  return Y.createSnapshot(ds, sv);
}

/** Whether `historyName` had content before the transaction `before` (an empty answer has no earlier version). */
export function hadContentBefore(doc: Y.Doc, historyName: string, before: Y.Transaction): boolean {
  return itemsOf(doc, historyName).some(
    (item) =>
      item.id.clock < (before.beforeState.get(item.id.client) ?? 0) &&
      (!item.deleted || Y.isDeleted(before.deleteSet, item.id)) &&
      item.countable,
  );
}

/** The items of a history name: a type's own and those of every type inside it, deleted ones included. */
export function itemsOf(doc: Y.Doc, historyName: string): Y.Item[] {
  const out: Y.Item[] = [];
  if (historyName.startsWith(STATUS_HISTORY_PREFIX)) {
    const status = doc.share.get(STATUS_MAP);
    let item = status?._map.get(historyName.slice(STATUS_HISTORY_PREFIX.length)) ?? null;
    for (; item; item = item.left) out.push(item);
    return out;
  }
  const type = doc.share.get(historyName);
  if (type) walk(type, out);
  return out;
}

/** Any shared type, as yjs's own functions take it. */
type TType = Parameters<typeof Y.findRootTypeKey>[0];

function walk(type: TType, out: Y.Item[]): void {
  for (let item = type._start; item; item = item.right) {
    out.push(item);
    if (item.content instanceof Y.ContentType) walk(item.content.type, out);
  }
  for (const last of type._map.values()) {
    for (let item: Y.Item | null = last; item; item = item.left) {
      out.push(item);
      if (item.content instanceof Y.ContentType) walk(item.content.type, out);
    }
  }
}

// Yjs keeps a delete set's ranges sorted by clock and adjacent ones merged; its encoder assumes so.
function merged(list: TRange[]): TRange[] {
  list.sort((a, b) => a.clock - b.clock);
  const out: TRange[] = [];
  for (const r of list) {
    const last = out.at(-1);
    if (last && last.clock + last.len >= r.clock) last.len = Math.max(last.len, r.clock + r.len - last.clock);
    else out.push({ ...r });
  }
  return out;
}

/** Stored form of a snapshot. */
export function encodeSnapshot(snapshot: Y.Snapshot): Uint8Array {
  return Y.encodeSnapshotV2(snapshot);
}

/** A stored snapshot; throws on damaged bytes. */
export function decodeSnapshot(bytes: Uint8Array): Y.Snapshot {
  return Y.decodeSnapshotV2(bytes);
}
