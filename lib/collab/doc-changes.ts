import type * as Y from 'yjs';
import { fragmentText } from './fragment-text';
import { DELETED_MAP, FINDING_KINDS, citationsMapName, findingFragmentName } from './findings-layout';
import type { TAttribution } from './history-render';
import { changers, entryChangers } from './history-changes';
import {
  PLAN_DELETED_MAP,
  PLAN_ROWS_MAP,
  PLAN_TEXT_FIELDS,
  parsePlanRowMeta,
  planFieldsName,
  planKpisName,
  planTextName,
  readPlanText,
} from './plan-layout';

// What changed since a member's visit in the plan draft (per row) and in a group's findings (per
// finding), by the same reading as the checklist's (history-changes.ts): a row or finding changed
// when anything of it (its texts, its fields, its metadata, its deletion) was written after the
// visit by someone other than the member.

/** One row or finding changed since the visit. */
export type TDocItemChange = {
  id: string;
  /** Its title or the start of its text, as it reads now. */
  label: string;
  /** User ids ('' for a change nobody is recorded for). */
  by: string[];
};

const LABEL_LENGTH = 80;

function collect(lists: readonly string[][], me: string): string[] {
  return [...new Set(lists.flat())].filter((u) => u !== me);
}

/** The plan draft's rows changed since the visit. */
export function planChangesSince(doc: Y.Doc, visit: Y.Snapshot, who: TAttribution, me: string): TDocItemChange[] {
  const out: TDocItemChange[] = [];
  for (const [id, value] of doc.getMap<unknown>(PLAN_ROWS_MAP).entries()) {
    const meta = parsePlanRowMeta(value);
    if (!meta) continue;
    const names = [
      ...PLAN_TEXT_FIELDS[meta.kind].map((f) => planTextName(id, f)),
      planFieldsName(id),
      planKpisName(id),
    ];
    const by = collect(
      [
        ...names.map((n) => changers(doc, n, visit, who)),
        entryChangers(doc, PLAN_ROWS_MAP, id, visit, who),
        entryChangers(doc, PLAN_DELETED_MAP, id, visit, who),
      ],
      me,
    );
    if (by.length > 0) out.push({ id, label: readPlanText(doc, id, 'title').slice(0, LABEL_LENGTH), by });
  }
  return out;
}

/** A group's findings changed since the visit. */
export function findingChangesSince(doc: Y.Doc, visit: Y.Snapshot, who: TAttribution, me: string): TDocItemChange[] {
  const out: TDocItemChange[] = [];
  for (const kind of FINDING_KINDS) {
    for (const id of doc.getMap<unknown>(kind).keys()) {
      const by = collect(
        [
          changers(doc, findingFragmentName(id), visit, who),
          changers(doc, citationsMapName(id), visit, who),
          entryChangers(doc, kind, id, visit, who),
          entryChangers(doc, DELETED_MAP, id, visit, who),
        ],
        me,
      );
      const text = fragmentText(doc.getXmlFragment(findingFragmentName(id)));
      if (by.length > 0) out.push({ id, label: text.slice(0, LABEL_LENGTH), by });
    }
  }
  return out;
}
