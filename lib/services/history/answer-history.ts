import 'server-only';
import type { TSessionUser } from '../../auth/current-user';
import { factorDocName } from '../../collab/doc-names';
import { LAST_EDIT_MAP, type TLastEdit, answerFragmentName } from '../../collab/layout';
import { areaOfQuestionKey } from '../../contracts/checklist';
import type { THistoryResponse, TRestoreResponse, TVersionViewResponse } from '../../contracts/history';
import type { TDb } from '../../db/client';
import { requireAccess, requireAreaEditable } from '../access/access';
import { assertQuestionInScope } from '../checklist/comments';
import { editableAreas } from '../workshop/area-allocation';
import { lockedAreas } from '../workshop/live-state';
import * as history from './type-history';

// The versions of one answer: read by whoever reads the area, restored by whoever may edit it (the
// sync server's rule). Nothing here is shown to anyone the area page would not show it to.

async function answerTarget(
  db: TDb,
  assessmentId: string,
  user: TSessionUser,
  questionKey: string,
): Promise<history.THistoryTarget> {
  await requireAccess(db, assessmentId, user, 'checklist.view');
  await assertQuestionInScope(db, assessmentId, questionKey);
  const areaId = areaOfQuestionKey(questionKey);
  return {
    assessmentId,
    docName: factorDocName(assessmentId, areaId),
    typeName: answerFragmentName(questionKey),
    shape: 'blocks',
    mayRestore: async () =>
      (await editableAreas(db, assessmentId, user.id, await lockedAreas(db, assessmentId))).has(areaId),
    requireRestore: async () => void (await requireAreaEditable(db, assessmentId, user, areaId)),
    alsoOnRestore: (doc, at) => {
      const stamp: TLastEdit = { userId: user.id, name: user.name, at };
      doc.getMap(LAST_EDIT_MAP).set(questionKey, stamp);
    },
    audit: { action: 'answer.restore', detail: { questionKey } },
  };
}

/** An answer's versions, newest first, and whether this member may restore one. */
export async function listHistory(
  db: TDb,
  assessmentId: string,
  user: TSessionUser,
  questionKey: string,
): Promise<THistoryResponse> {
  const target = await answerTarget(db, assessmentId, user, questionKey);
  return { questionKey, ...(await history.listVersions(db, target)) };
}

/** One version of an answer as it was, and the answer now with what changed since marked by author. */
export async function viewVersion(
  db: TDb,
  assessmentId: string,
  user: TSessionUser,
  questionKey: string,
  versionId: string,
): Promise<TVersionViewResponse> {
  return history.viewVersion(db, await answerTarget(db, assessmentId, user, questionKey), versionId);
}

/** Brings an earlier version of an answer back, as a new change by `user`. */
export async function restoreVersion(
  db: TDb,
  assessmentId: string,
  user: TSessionUser,
  questionKey: string,
  versionId: string,
): Promise<TRestoreResponse> {
  return history.restoreVersion(db, await answerTarget(db, assessmentId, user, questionKey), user, versionId);
}
