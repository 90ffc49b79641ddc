import * as Y from 'yjs';
import type { TDiffBlock, TDiffChange, TDiffSpan } from '../contracts/history';
import { PLAN_TEXT_PREFIX, STATUS_HISTORY_PREFIX } from './history-snapshot';
import { STATUS_MAP } from './layout';

// Renders one answer (or plan field) as it was at a snapshot, or what changed between two snapshots
// with each insertion and deletion credited to its author: the same reading of a Yjs document that
// y-prosemirror's snapshot view does (items visible in either snapshot, `ychange` on those visible in
// only one), done on the server so that a browser receives plain blocks and spans and needs neither
// the deleted content nor a second editor. Text formatting is not shown: what changed is the point.
// Rendering splits items, so it must run on a copy of the document (`loadPersistedDoc`), never on
// the sync server's.

/** Who wrote and who deleted what in a document, from the sync server's records (docs/history.md). */
export type TAttribution = {
  /** The user who sent a Yjs client id's structs. */
  authorOf: (client: number) => string | null;
  /** The user who deleted an item. */
  deleterOf: (id: Y.ID) => string | null;
};

/** The blocks of `typeName` at `snapshot`; with `prev`, also what was there at `prev` and is no more, marked. */
export function renderType(
  doc: Y.Doc,
  typeName: string,
  snapshot: Y.Snapshot,
  prev: Y.Snapshot | null,
  who: TAttribution,
): TDiffBlock[] {
  if (typeName.startsWith(STATUS_HISTORY_PREFIX)) return renderStatus(doc, typeName, snapshot, prev);
  if (!doc.share.has(typeName)) return [];
  const change = (kind: TDiffChange['kind'], id: Y.ID): TDiffChange => ({
    kind,
    userId: kind === 'added' ? who.authorOf(id.client) : who.deleterOf(id),
  });
  // A plan field is one Y.Text; an answer a fragment of blocks.
  if (typeName.startsWith(PLAN_TEXT_PREFIX))
    return [{ node: 'paragraph', spans: textSpans(doc.getText(typeName), snapshot, prev, change) }];
  const blocks: TDiffBlock[] = [];
  collectBlocks(doc.getXmlFragment(typeName), snapshot, prev, change, blocks, null);
  return blocks;
}

type TChangeOf = (kind: TDiffChange['kind'], id: Y.ID) => TDiffChange;

function collectBlocks(
  parent: Y.XmlFragment | Y.XmlElement,
  snapshot: Y.Snapshot,
  prev: Y.Snapshot | null,
  change: TChangeOf,
  out: TDiffBlock[],
  inherited: TDiffChange | null,
): void {
  // Children present at either snapshot: existing at `snapshot`, not yet deleted at `prev`.
  const listing = prev ? Y.createSnapshot(prev.ds, snapshot.sv) : snapshot;
  for (const child of Y.typeListToArraySnapshot(parent, listing) as (Y.XmlElement | Y.XmlText)[]) {
    const item = child._item!;
    const own = blockChange(item, snapshot, prev, change) ?? inherited;
    if (child instanceof Y.XmlText) {
      out.push({ node: 'paragraph', spans: textSpans(child, snapshot, prev, change), ...(own && { change: own }) });
      continue;
    }
    const texts = Y.typeListToArraySnapshot(child, listing).filter((c): c is Y.XmlText => c instanceof Y.XmlText);
    if (texts.length > 0 || child.nodeName === 'paragraph' || child.nodeName === 'heading') {
      const spans = texts.flatMap((t) => textSpans(t, snapshot, prev, change));
      out.push({ node: child.nodeName, spans, ...(own && { change: own }) });
    } else collectBlocks(child, snapshot, prev, change, out, own);
  }
}

function blockChange(item: Y.Item, snapshot: Y.Snapshot, prev: Y.Snapshot | null, change: TChangeOf) {
  if (!prev) return null;
  if (!visible(item, snapshot)) return change('removed', item.id);
  if (!visible(item, prev)) return change('added', item.id);
  return null;
}

function textSpans(text: Y.Text, snapshot: Y.Snapshot, prev: Y.Snapshot | null, change: TChangeOf): TDiffSpan[] {
  const delta = text.toDelta(snapshot, prev ?? undefined, change) as {
    insert: unknown;
    attributes?: { ychange?: TDiffChange };
  }[];
  const spans: TDiffSpan[] = [];
  for (const op of delta) {
    if (typeof op.insert !== 'string') continue;
    const c = op.attributes?.ychange;
    const last = spans.at(-1);
    if (last && last.change?.kind === c?.kind && last.change?.userId === c?.userId) last.text += op.insert;
    else spans.push({ text: op.insert, ...(c && { change: c }) });
  }
  return spans;
}

function renderStatus(doc: Y.Doc, typeName: string, snapshot: Y.Snapshot, prev: Y.Snapshot | null): TDiffBlock[] {
  const status = doc.getMap(STATUS_MAP);
  const key = typeName.slice(STATUS_HISTORY_PREFIX.length);
  const at = Y.typeMapGetSnapshot(status, key, snapshot);
  const before = prev ? Y.typeMapGetSnapshot(status, key, prev) : at;
  const spans: TDiffSpan[] = [];
  // Who chose an evaluation is the version point's author; the spans carry only what changed.
  if (prev && before !== at && typeof before === 'string')
    spans.push({ text: before, change: { kind: 'removed', userId: null } });
  if (typeof at === 'string')
    spans.push({ text: at, ...(prev && before !== at && { change: { kind: 'added', userId: null } }) });
  return [{ node: 'status', spans }];
}

/** Whether an item existed and was not deleted at a snapshot (Yjs's own rule, which it does not export). */
function visible(item: Y.Item, snapshot: Y.Snapshot): boolean {
  return item.id.clock < (snapshot.sv.get(item.id.client) ?? 0) && !Y.isDeleted(snapshot.ds, item.id);
}

/** The plain text of blocks, one line each (which versions differ, tests). */
export function blocksText(blocks: readonly TDiffBlock[]): string {
  return blocks.map((b) => b.spans.map((s) => s.text).join('')).join('\n');
}
