import 'server-only';
import type * as Y from 'yjs';
import type { TSessionUser } from '../../auth/current-user';
import { type TDocItemChange as TDocChange, findingChangesSince, planChangesSince } from '../../collab/doc-changes';
import { formatDocName } from '../../collab/doc-names';
import type { TAttribution } from '../../collab/history-render';
import { loadPersistedDoc } from '../../collab/persisted-doc';
import type { TDocChangesResponse, TSeenResponse } from '../../contracts/history';
import type { TDb } from '../../db/client';
import { DomainError } from '../../domain/shared/errors';
import { requireAccess } from '../access/access';
import { peopleByIds } from './people';
import { loadAttribution } from './store';
import { readVisit, writeVisit } from './visits';

// Catching up on the plan draft and on a group's findings (docs/history.md): which rows or findings
// others changed since the member last marked them seen, by whom. Read by whoever may read the
// document, the sync server's rule: any member for the plan, members who read the checklist for a
// group's findings.

type TTarget = {
  docName: string;
  read: (doc: Y.Doc, visit: Y.Snapshot, who: TAttribution, me: string) => TDocChange[];
};

async function planTarget(db: TDb, assessmentId: string, user: TSessionUser): Promise<TTarget> {
  await requireAccess(db, assessmentId, user, 'assessment.view');
  return { docName: formatDocName({ kind: 'plan', assessmentId }), read: planChangesSince };
}

async function groupTarget(db: TDb, assessmentId: string, user: TSessionUser, groupId: string): Promise<TTarget> {
  await requireAccess(db, assessmentId, user, 'checklist.view');
  const group = await db
    .selectFrom('breakout_groups')
    .select('id')
    .where('id', '=', groupId)
    .where('assessment_id', '=', assessmentId)
    .executeTakeFirst();
  if (!group) throw new DomainError('not_found');
  return { docName: formatDocName({ kind: 'group', assessmentId, groupId }), read: findingChangesSince };
}

async function changes(db: TDb, user: TSessionUser, target: TTarget): Promise<TDocChangesResponse> {
  const [visit, doc, who] = await Promise.all([
    readVisit(db, target.docName, user.id),
    loadPersistedDoc(db, target.docName, { withHistory: true }),
    loadAttribution(db, target.docName),
  ]);
  try {
    if (!visit) {
      await writeVisit(db, target.docName, user.id, doc);
      return { since: null, changes: [] };
    }
    const found = target.read(doc, visit.snapshot, who, user.id);
    const people = await peopleByIds(
      db,
      found.flatMap((c) => c.by),
    );
    return {
      since: visit.seenAt,
      changes: found.map((c) => ({ id: c.id, label: c.label, by: c.by.flatMap((id) => people.get(id) ?? []) })),
    };
  } finally {
    doc.destroy();
  }
}

async function seen(db: TDb, user: TSessionUser, target: TTarget): Promise<TSeenResponse> {
  const doc = await loadPersistedDoc(db, target.docName, { withHistory: true });
  try {
    return { seenAt: await writeVisit(db, target.docName, user.id, doc) };
  } finally {
    doc.destroy();
  }
}

/** The plan draft's rows others changed since my last visit. */
export async function planChanges(db: TDb, assessmentId: string, user: TSessionUser): Promise<TDocChangesResponse> {
  return changes(db, user, await planTarget(db, assessmentId, user));
}

/** Marks the plan draft seen now. */
export async function markPlanSeen(db: TDb, assessmentId: string, user: TSessionUser): Promise<TSeenResponse> {
  return seen(db, user, await planTarget(db, assessmentId, user));
}

/** A group's findings others changed since my last visit. */
export async function groupChanges(
  db: TDb,
  assessmentId: string,
  user: TSessionUser,
  groupId: string,
): Promise<TDocChangesResponse> {
  return changes(db, user, await groupTarget(db, assessmentId, user, groupId));
}

/** Marks a group's findings seen now. */
export async function markGroupSeen(
  db: TDb,
  assessmentId: string,
  user: TSessionUser,
  groupId: string,
): Promise<TSeenResponse> {
  return seen(db, user, await groupTarget(db, assessmentId, user, groupId));
}
