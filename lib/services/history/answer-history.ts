import 'server-only';
import * as Y from 'yjs';
import type { TSessionUser } from '../../auth/current-user';
import { changeDoc } from '../../collab/doc-change';
import { factorDocName } from '../../collab/doc-names';
import { renderType } from '../../collab/history-render';
import { decodeSnapshot, encodeSnapshot, typeSnapshot } from '../../collab/history-snapshot';
import { LAST_EDIT_MAP, type TLastEdit, answerFragmentName } from '../../collab/layout';
import { loadPersistedDoc } from '../../collab/persisted-doc';
import { areaOfQuestionKey } from '../../contracts/checklist';
import type { THistoryResponse, TRestoreResponse, TVersion, TVersionViewResponse } from '../../contracts/history';
import type { TDb } from '../../db/client';
import { DomainError } from '../../domain/shared/errors';
import { requireAccess, requireAreaEditable } from '../access/access';
import { assertQuestionInScope } from '../checklist/comments';
import { audit } from '../shared/audit';
import { editableAreas } from '../workshop/groups';
import { lockedAreas } from '../workshop/live-state';
import { loadAttribution, writeHistory } from './store';
import { peopleByIds, versionOf } from './people';

// The versions of one answer (docs/history.md): listed newest first, each viewed beside the current
// text with what changed since credited by author, and restored by whoever may edit the answer as a
// new change that everyone editing sees at once. Readers of the area read its history; nothing here
// is shown to anyone the area page would not show it to.

const MAX_VERSIONS = 200;

async function questionDoc(db: TDb, assessmentId: string, user: TSessionUser, questionKey: string) {
  await requireAccess(db, assessmentId, user, 'checklist.view');
  await assertQuestionInScope(db, assessmentId, questionKey);
  const areaId = areaOfQuestionKey(questionKey);
  return { areaId, docName: factorDocName(assessmentId, areaId), typeName: answerFragmentName(questionKey) };
}

/** An answer's versions, newest first, and whether this member may restore one. */
export async function listHistory(
  db: TDb,
  assessmentId: string,
  user: TSessionUser,
  questionKey: string,
): Promise<THistoryResponse> {
  const { areaId, docName, typeName } = await questionDoc(db, assessmentId, user, questionKey);
  const rows = await db
    .selectFrom('doc_versions')
    .select(['id', 'created_at', 'authors', 'restored_from'])
    .where('doc_name', '=', docName)
    .where('type_name', '=', typeName)
    .orderBy('id', 'desc')
    .limit(MAX_VERSIONS)
    .execute();
  const people = await peopleByIds(
    db,
    rows.flatMap((r) => JSON.parse(r.authors) as string[]),
  );
  const editable = await editableAreas(db, assessmentId, user.id, await lockedAreas(db, assessmentId));
  return { questionKey, versions: rows.map((r) => versionOf(r, people)), canRestore: editable.has(areaId) };
}

// A version id from a URL: anything but a positive whole number is no version.
async function versionRow(db: TDb, docName: string, typeName: string, versionParam: string) {
  const versionId = Number(versionParam);
  if (!/^[1-9][0-9]{0,15}$/.test(versionParam)) throw new DomainError('history.version_not_found');
  const row = await db
    .selectFrom('doc_versions')
    .select(['id', 'created_at', 'authors', 'restored_from', 'snapshot'])
    .where('id', '=', versionId)
    .where('doc_name', '=', docName)
    .where('type_name', '=', typeName)
    .executeTakeFirst();
  if (!row) throw new DomainError('history.version_not_found');
  return row;
}

/** One version of an answer as it was, and the answer now with what changed since marked by author. */
export async function viewVersion(
  db: TDb,
  assessmentId: string,
  user: TSessionUser,
  questionKey: string,
  versionId: string,
): Promise<TVersionViewResponse> {
  const { docName, typeName } = await questionDoc(db, assessmentId, user, questionKey);
  const row = await versionRow(db, docName, typeName, versionId);
  const [doc, who] = await Promise.all([
    loadPersistedDoc(db, docName, { withHistory: true }),
    loadAttribution(db, docName),
  ]);
  try {
    const then = decodeSnapshot(row.snapshot);
    const blocks = renderType(doc, typeName, then, null, who);
    const changesSince = renderType(doc, typeName, Y.snapshot(doc), then, who);
    const ids = changesSince.flatMap((b) => [b.change, ...b.spans.map((s) => s.change)].map((c) => c?.userId));
    const people = await peopleByIds(db, [...(JSON.parse(row.authors) as string[]), ...ids]);
    return { version: versionOf(row, people), blocks, changesSince, people: [...people.values()] };
  } finally {
    doc.destroy();
  }
}

/**
 * Brings an earlier version of an answer back, as a new change by `user`: the answer's content is
 * replaced by the version's, and the version before the restore stays in the history.
 */
export async function restoreVersion(
  db: TDb,
  assessmentId: string,
  user: TSessionUser,
  questionKey: string,
  versionId: string,
): Promise<TRestoreResponse> {
  const { areaId, docName, typeName } = await questionDoc(db, assessmentId, user, questionKey);
  await requireAreaEditable(db, assessmentId, user, areaId);
  const row = await versionRow(db, docName, typeName, versionId);
  const source = await loadPersistedDoc(db, docName, { withHistory: true });
  let restored: Y.XmlFragment;
  try {
    restored = Y.createDocFromSnapshot(source, decodeSnapshot(row.snapshot)).getXmlFragment(typeName);
  } finally {
    source.destroy();
  }
  const at = Date.now();
  let snapshot: Y.Snapshot | null = null;
  const made = await changeDoc(db, docName, (doc) => {
    const fragment = doc.getXmlFragment(typeName);
    fragment.delete(0, fragment.length);
    // Tiptap writes elements and text only; a hook (which it never writes) is left out.
    const nodes = restored.toArray().flatMap((n) => (n instanceof Y.XmlHook ? [] : [n.clone()]));
    fragment.insert(0, nodes);
    const stamp: TLastEdit = { userId: user.id, name: user.name, at };
    doc.getMap(LAST_EDIT_MAP).set(questionKey, stamp);
    snapshot = typeSnapshot(doc, typeName);
  });
  restored.doc?.destroy();
  const createdAt = new Date(at).toISOString();
  const [id] = await writeHistory(db, docName, {
    versions: [
      { docName, typeName, createdAt, authors: [user.id], snapshot: encodeSnapshot(snapshot!), restoredFrom: row.id },
    ],
    clients: new Map([[made.clientId, user.id]]),
    deletes: new Map([[user.id, [made.deleteSet]]]),
  });
  await audit(db, { assessmentId, actorId: user.id, action: 'answer.restore', detail: { questionKey, versionId } });
  const version: TVersion = {
    id: id!,
    createdAt,
    authors: [{ id: user.id, name: user.name }],
    restoredFrom: Number(row.id),
  };
  return { restored: true, version };
}
