import * as Y from 'yjs';
import type { TAttribution } from './history-render';
import { STATUS_HISTORY_PREFIX, itemsOf } from './history-snapshot';
import { LAST_EDIT_MAP, answerFragmentName, parseLastEdit } from './layout';

// What changed in a checklist area since a member's last visit (docs/history.md), read from the
// document itself against the snapshot taken at the visit: an answer changed when text that is
// there now was written after it, or text that was there then is deleted now; an evaluation when
// its value was set after it. Text written and erased in between changed nothing. Each change is
// credited to whoever sent it, as the sync server recorded.

/** One question's changes since the visit. */
export type TDocQuestionChange = {
  questionKey: string;
  answer: boolean;
  evaluation: boolean;
  /** User ids, in the order first met. */
  by: string[];
  /** When it was last changed (ms since the epoch), from the document's `lastEdit` record, if any. */
  at: number | null;
};

/** The questions of `questionKeys` changed since `visit` by someone other than `me`. */
export function changesSince(
  doc: Y.Doc,
  visit: Y.Snapshot,
  who: TAttribution,
  questionKeys: readonly string[],
  me: string,
): TDocQuestionChange[] {
  const out: TDocQuestionChange[] = [];
  const lastEdit = doc.getMap(LAST_EDIT_MAP);
  for (const questionKey of questionKeys) {
    const answerBy = changers(doc, answerFragmentName(questionKey), visit, who);
    const evaluationBy = changers(doc, STATUS_HISTORY_PREFIX + questionKey, visit, who);
    const by = [...new Set([...answerBy, ...evaluationBy])].filter((u) => u !== me);
    if (by.length === 0) continue;
    out.push({
      questionKey,
      answer: answerBy.some((u) => u !== me),
      evaluation: evaluationBy.some((u) => u !== me),
      by,
      at: parseLastEdit(lastEdit.get(questionKey))?.at ?? null,
    });
  }
  return out;
}

/**
 * Who changed a top-level type (or a `status:<key>` entry) since the visit, by user id; a change
 * nobody is recorded for counts as an unknown person ('').
 */
export function changers(doc: Y.Doc, historyName: string, visit: Y.Snapshot, who: TAttribution): string[] {
  return changersOfItems(itemsOf(doc, historyName), visit, who);
}

/** Who set or removed one key of a top-level map since the visit (a plan row's or a finding's metadata). */
export function entryChangers(
  doc: Y.Doc,
  mapName: string,
  key: string,
  visit: Y.Snapshot,
  who: TAttribution,
): string[] {
  const items: Y.Item[] = [];
  for (let item = doc.share.get(mapName)?._map.get(key) ?? null; item; item = item.left) items.push(item);
  return changersOfItems(items, visit, who);
}

function changersOfItems(items: readonly Y.Item[], visit: Y.Snapshot, who: TAttribution): string[] {
  const users: string[] = [];
  for (const item of items) {
    if (!item.countable) continue;
    const newer = item.id.clock >= (visit.sv.get(item.id.client) ?? 0);
    let user: string | null | undefined;
    if (newer && !item.deleted) user = who.authorOf(item.id.client);
    else if (!newer && item.deleted && !Y.isDeleted(visit.ds, item.id)) user = who.deleterOf(item.id);
    else continue;
    if (!users.includes(user ?? '')) users.push(user ?? '');
  }
  return users;
}
