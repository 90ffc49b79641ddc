import 'server-only';
import * as Y from 'yjs';
import type { TSessionUser } from '../../auth/current-user';
import { changeDoc } from '../../collab/doc-change';
import { renderType } from '../../collab/history-render';
import { decodeSnapshot, encodeSnapshot, typeSnapshot } from '../../collab/history-snapshot';
import { loadPersistedDoc } from '../../collab/persisted-doc';
import type { TRestoreResponse, TVersion, TVersionViewResponse, TVersionsResponse } from '../../contracts/history';
import type { TDb } from '../../db/client';
import { DomainError } from '../../domain/shared/errors';
import { audit } from '../shared/audit';
import { peopleByIds, versionOf } from './people';
import { loadAttribution, writeHistory } from './store';

// The versions of one top-level type of a document (docs/history.md): an answer (a fragment of
// blocks) or a plan field (one text). Each caller resolves its target, having checked that the
// member may read it; restoring checks, through the target, that they may edit it.

/** What has a history, once the caller has checked the member may read it. */
export type THistoryTarget = {
  assessmentId: string;
  docName: string;
  typeName: string;
  shape: 'blocks' | 'text';
  /** Whether the member may restore a version. */
  mayRestore: () => Promise<boolean>;
  /** Throws unless the member may restore a version. */
  requireRestore: () => Promise<void>;
  /** Anything else a restore changes with the content (the answer's "last edited by"). */
  alsoOnRestore?: (doc: Y.Doc, at: number) => void;
  /** The audit log's action and detail. */
  audit: { action: string; detail: Record<string, unknown> };
};

const MAX_VERSIONS = 200;

/** The target's versions, newest first, and whether the member may restore one. */
export async function listVersions(db: TDb, target: THistoryTarget): Promise<TVersionsResponse> {
  const rows = await db
    .selectFrom('doc_versions')
    .select(['id', 'created_at', 'authors', 'restored_from'])
    .where('doc_name', '=', target.docName)
    .where('type_name', '=', target.typeName)
    .orderBy('id', 'desc')
    .limit(MAX_VERSIONS)
    .execute();
  const people = await peopleByIds(
    db,
    rows.flatMap((r) => JSON.parse(r.authors) as string[]),
  );
  return { versions: rows.map((r) => versionOf(r, people)), canRestore: await target.mayRestore() };
}

// A version id from a URL: anything but a positive whole number is no version.
async function versionRow(db: TDb, target: THistoryTarget, versionParam: string) {
  if (!/^[1-9][0-9]{0,15}$/.test(versionParam)) throw new DomainError('history.version_not_found');
  const row = await db
    .selectFrom('doc_versions')
    .select(['id', 'created_at', 'authors', 'restored_from', 'snapshot'])
    .where('id', '=', Number(versionParam))
    .where('doc_name', '=', target.docName)
    .where('type_name', '=', target.typeName)
    .executeTakeFirst();
  if (!row) throw new DomainError('history.version_not_found');
  return row;
}

/** One version as it was, and the content now with what changed since marked by author. */
export async function viewVersion(db: TDb, target: THistoryTarget, versionId: string): Promise<TVersionViewResponse> {
  const row = await versionRow(db, target, versionId);
  const [doc, who] = await Promise.all([
    loadPersistedDoc(db, target.docName, { withHistory: true }),
    loadAttribution(db, target.docName),
  ]);
  try {
    const then = decodeSnapshot(row.snapshot);
    const blocks = renderType(doc, target.typeName, then, null, who);
    const changesSince = renderType(doc, target.typeName, Y.snapshot(doc), then, who);
    const ids = changesSince.flatMap((b) => [b.change, ...b.spans.map((s) => s.change)].map((c) => c?.userId));
    const people = await peopleByIds(db, [...(JSON.parse(row.authors) as string[]), ...ids]);
    return { version: versionOf(row, people), blocks, changesSince, people: [...people.values()] };
  } finally {
    doc.destroy();
  }
}

// Replaces the content of `typeName` in `doc` by that of `from` (the version's copy).
function replaceContent(doc: Y.Doc, from: Y.Doc, target: THistoryTarget): void {
  if (target.shape === 'text') {
    const text = doc.getText(target.typeName);
    text.delete(0, text.length);
    text.insert(0, from.getText(target.typeName).toJSON());
    return;
  }
  const fragment = doc.getXmlFragment(target.typeName);
  fragment.delete(0, fragment.length);
  // Tiptap writes elements and text only; a hook (which it never writes) is left out.
  const nodes = from
    .getXmlFragment(target.typeName)
    .toArray()
    .flatMap((n) => (n instanceof Y.XmlHook ? [] : [n.clone()]));
  fragment.insert(0, nodes);
}

/**
 * Brings an earlier version back, as a new change by `user` that everyone editing sees: the
 * content is replaced by the version's, and the version before the restore stays in the history.
 */
export async function restoreVersion(
  db: TDb,
  target: THistoryTarget,
  user: TSessionUser,
  versionId: string,
): Promise<TRestoreResponse> {
  await target.requireRestore();
  const row = await versionRow(db, target, versionId);
  const source = await loadPersistedDoc(db, target.docName, { withHistory: true });
  let version: Y.Doc;
  try {
    version = Y.createDocFromSnapshot(source, decodeSnapshot(row.snapshot));
  } finally {
    source.destroy();
  }
  const at = Date.now();
  let snapshot: Y.Snapshot | null = null;
  let made;
  try {
    made = await changeDoc(db, target.docName, (doc) => {
      replaceContent(doc, version, target);
      target.alsoOnRestore?.(doc, at);
      snapshot = typeSnapshot(doc, target.typeName);
    });
  } finally {
    version.destroy();
  }
  const createdAt = new Date(at).toISOString();
  const { docName, typeName } = target;
  const [id] = await writeHistory(db, docName, {
    versions: [
      { docName, typeName, createdAt, authors: [user.id], snapshot: encodeSnapshot(snapshot!), restoredFrom: row.id },
    ],
    clients: new Map([[made.clientId, user.id]]),
    deletes: new Map([[user.id, [made.deleteSet]]]),
  });
  await audit(db, {
    assessmentId: target.assessmentId,
    actorId: user.id,
    action: target.audit.action,
    detail: { ...target.audit.detail, versionId },
  });
  const restored: TVersion = {
    id: id!,
    createdAt,
    authors: [{ id: user.id, name: user.name }],
    restoredFrom: Number(row.id),
  };
  return { restored: true, version: restored };
}
