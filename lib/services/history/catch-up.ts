import 'server-only';
import * as Y from 'yjs';
import type { TSessionUser } from '../../auth/current-user';
import { factorDocName } from '../../collab/doc-names';
import { type TDocQuestionChange, changesSince } from '../../collab/history-changes';
import { renderType } from '../../collab/history-render';
import { decodeSnapshot } from '../../collab/history-snapshot';
import { answerFragmentName } from '../../collab/layout';
import { eachPersistedDoc, loadPersistedDoc } from '../../collab/persisted-doc';
import { areaOfQuestionKey } from '../../contracts/checklist';
import type { TAreaChangesResponse, TQuestionChange, TQuestionDiffResponse } from '../../contracts/history';
import type { TDb } from '../../db/client';
import { type TEffectiveArea, effectiveAreaQuestions } from '../../domain/checklist/checklist-adaptation';
import { DomainError } from '../../domain/shared/errors';
import { requireAccess } from '../access/access';
import { effectiveChecklist } from '../checklist/assessment-checklist';
import { assertQuestionInScope } from '../checklist/comments';
import { peopleByIds } from './people';
import { loadAttribution } from './store';
import { readVisit, writeVisit } from './visits';

// Catching up on a checklist area between sessions (docs/history.md). A member's visit of an area is
// the time and the whole document's snapshot when they last marked it seen (or first opened it);
// what changed since is read from the document against that snapshot, credited by author, and each
// changed answer can be shown with its insertions and deletions marked. Only members who may read
// the area reach any of it, the same rule as the area page.

async function areaQuestionKeys(db: TDb, assessmentId: string, areaId: string): Promise<string[]> {
  const { areas } = await effectiveChecklist(db, assessmentId);
  const area = areas.find((a) => a.id === areaId);
  if (!area) throw new DomainError('not_found');
  return effectiveAreaQuestions(area).map((q) => q.key);
}

async function asResponse(db: TDb, changes: TDocQuestionChange[], fallback: string): Promise<TQuestionChange[]> {
  const people = await peopleByIds(
    db,
    changes.flatMap((c) => c.by),
  );
  return changes.map((c) => ({
    questionKey: c.questionKey,
    answer: c.answer,
    evaluation: c.evaluation,
    by: c.by.flatMap((id) => people.get(id) ?? []),
    at: c.at === null ? fallback : new Date(c.at).toISOString(),
  }));
}

/**
 * What changed in an area since `since`, else since the member's last visit. A first visit has
 * nothing to compare with: it is recorded, and nothing is reported as changed.
 */
export async function areaChanges(
  db: TDb,
  assessmentId: string,
  user: TSessionUser,
  areaId: string,
  since?: string,
): Promise<TAreaChangesResponse> {
  await requireAccess(db, assessmentId, user, 'checklist.view');
  const keys = await areaQuestionKeys(db, assessmentId, areaId);
  const docName = factorDocName(assessmentId, areaId);
  if (since !== undefined) return { since, changes: await changesByVersions(db, docName, keys, user.id, since) };
  const [visit, doc, who] = await Promise.all([
    readVisit(db, docName, user.id),
    loadPersistedDoc(db, docName, { withHistory: true }),
    loadAttribution(db, docName),
  ]);
  try {
    if (!visit) {
      await writeVisit(db, docName, user.id, doc);
      return { since: null, changes: [] };
    }
    return {
      since: visit.seenAt,
      changes: await asResponse(db, changesSince(doc, visit.snapshot, who, keys, user.id), visit.seenAt),
    };
  } finally {
    doc.destroy();
  }
}

// Since a given time, the document holds no snapshot to compare with: the version points taken
// after it say which answers and evaluations changed and by whom (a change still being typed shows
// once its writer pauses).
async function changesByVersions(
  db: TDb,
  docName: string,
  keys: readonly string[],
  me: string,
  since: string,
): Promise<TQuestionChange[]> {
  const rows = await db
    .selectFrom('doc_versions')
    .select(['type_name', 'created_at', 'authors'])
    .where('doc_name', '=', docName)
    .where('created_at', '>', new Date(since).toISOString())
    .orderBy('id')
    .execute();
  const byKey = new Map<string, TDocQuestionChange>();
  const known = new Set(keys);
  for (const r of rows) {
    const [kind, key] = [
      r.type_name.slice(0, r.type_name.indexOf(':')),
      r.type_name.slice(r.type_name.indexOf(':') + 1),
    ];
    const authors = (JSON.parse(r.authors) as string[]).filter((a) => a !== me);
    if (!known.has(key) || authors.length === 0) continue;
    const c = byKey.get(key) ?? { questionKey: key, answer: false, evaluation: false, by: [], at: null };
    if (kind === 'answer') c.answer = true;
    else c.evaluation = true;
    for (const a of authors) if (!c.by.includes(a)) c.by.push(a);
    c.at = Date.parse(r.created_at);
    byKey.set(key, c);
  }
  const ordered = keys.flatMap((k) => byKey.get(k) ?? []);
  return asResponse(db, ordered, since);
}

/** Marks an area seen now: the next "changed since your last visit" starts here. */
export async function markAreaSeen(
  db: TDb,
  assessmentId: string,
  user: TSessionUser,
  areaId: string,
): Promise<{ seenAt: string }> {
  await requireAccess(db, assessmentId, user, 'checklist.view');
  await areaQuestionKeys(db, assessmentId, areaId);
  const docName = factorDocName(assessmentId, areaId);
  const doc = await loadPersistedDoc(db, docName, { withHistory: true });
  try {
    return { seenAt: await writeVisit(db, docName, user.id, doc) };
  } finally {
    doc.destroy();
  }
}

/** One answer now, with what was added and deleted since the member's last visit of its area marked by author. */
export async function questionChanges(
  db: TDb,
  assessmentId: string,
  user: TSessionUser,
  questionKey: string,
): Promise<TQuestionDiffResponse> {
  await requireAccess(db, assessmentId, user, 'checklist.view');
  await assertQuestionInScope(db, assessmentId, questionKey);
  const docName = factorDocName(assessmentId, areaOfQuestionKey(questionKey));
  const [visit, doc, who] = await Promise.all([
    readVisit(db, docName, user.id),
    loadPersistedDoc(db, docName, { withHistory: true }),
    loadAttribution(db, docName),
  ]);
  try {
    const now = Y.snapshot(doc);
    const blocks = renderType(doc, answerFragmentName(questionKey), now, visit?.snapshot ?? now, who);
    const ids = blocks.flatMap((b) => [b.change, ...b.spans.map((s) => s.change)].map((c) => c?.userId));
    return { since: visit?.seenAt ?? null, blocks, people: [...(await peopleByIds(db, ids)).values()] };
  } finally {
    doc.destroy();
  }
}

/**
 * Per area (of the assessment's effective checklist, which the page has read), how many questions
 * others changed since this member's last visit of it; areas never visited are left out.
 */
export async function changedCounts(
  db: TDb,
  assessmentId: string,
  userId: string,
  areas: readonly TEffectiveArea[],
): Promise<Map<string, number>> {
  const names = areas.map((a) => factorDocName(assessmentId, a.id));
  const visits = await db
    .selectFrom('doc_visits')
    .select(['doc_name', 'snapshot'])
    .where('user_id', '=', userId)
    .where('doc_name', 'in', names.length > 0 ? names : [''])
    .execute();
  const visitOf = new Map(visits.map((v) => [v.doc_name, v.snapshot]));
  const visited = areas.filter((_, i) => visitOf.has(names[i]!));
  const docNames = visited.map((a) => factorDocName(assessmentId, a.id));
  const who = await Promise.all(docNames.map((n) => loadAttribution(db, n)));
  const found = await eachPersistedDoc(
    db,
    docNames,
    (doc, i) => {
      const keys = effectiveAreaQuestions(visited[i]!).map((q) => q.key);
      return changesSince(doc, decodeSnapshot(visitOf.get(docNames[i]!)!), who[i]!, keys, userId).length;
    },
    { withHistory: true },
  );
  const counts = new Map(visited.map((a, i) => [a.id, found[i] ?? 0]));
  return counts;
}
