import type * as Y from 'yjs';
import type { TPlanActivity, TPlanDraft, TPlanOrphan, TPlanOutcome } from '../domain/plan/plan-tree';
import { type TUserRef, isDocId, isFiniteNumber, isOneOf, isRecord, isText, parseUserRef } from './read-guards';

// The layout of the action plan draft (`assessment.<id>.plan`). Several people add, move and
// delete rows and type in them at once, and a nested type two clients create at once loses one
// side, so nothing anyone types is nested:
// - `rows` (top-level Y.Map) holds each row's small metadata under its client-made id, written
//   whole: kind, parent id, a fractional order key among its siblings, who made it. A move
//   rewrites one entry; two moves of different rows both survive.
// - each text field of a row is its own top-level Y.Text `text:<rowId>:<field>`, so concurrent
//   typing in one field merges character by character;
// - the other values of a row (dates, budget, staff, owner) are keys of its own top-level Y.Map
//   `fields:<rowId>`, and its KPI ids are keys of `kpis:<rowId>` (id → true), so two people
//   linking two KPIs at once keep both;
// - the communication strategy (Part I, 5 and Part IV, 1), one text for the whole plan, is the
//   top-level Y.Text `communication`;
// - a deletion is a tombstone: `deleted: true` in the metadata and an entry of the top-level
//   `deleted` map, which a concurrent move (rewriting the metadata) cannot undo. Texts are kept.
// A row whose parent was deleted while someone added or moved it is not lost: readPlan returns
// it as an orphan, to be placed again.

export const PLAN_ROWS_MAP = 'rows';
export const PLAN_COMMUNICATION_TEXT = 'communication';
export const PLAN_DELETED_MAP = 'deleted';

export const PLAN_ROW_KINDS = ['outcome', 'objective', 'activity'] as const;
export type TPlanRowKind = (typeof PLAN_ROW_KINDS)[number];

/** The text fields of each kind of row (each a top-level Y.Text). */
export const PLAN_TEXT_FIELDS = {
  outcome: ['title'],
  objective: ['title'],
  activity: ['title', 'responsible', 'target', 'resources', 'strategicLink'],
} as const satisfies Record<TPlanRowKind, readonly string[]>;
export type TActivityTextField = (typeof PLAN_TEXT_FIELDS.activity)[number];

/** A row id: what newPlanRowId makes, or shorter test ids; never a dot or colon. */
export const isPlanRowId = isDocId;

/** The metadata of one row, as stored in `rows`. */
export type TPlanRowMeta = {
  kind: TPlanRowKind;
  parentId: string | null;
  order: number;
  createdBy: TUserRef;
  createdAt: number;
  candidateId?: string | null;
  /** A row that came from the guide's Annex 9 example, so the plan can credit the guide. */
  source?: 'annex9';
  deleted?: boolean;
};

/** A `rows` entry as written by a client, or null when malformed; only the known keys are kept. */
export function parsePlanRowMeta(value: unknown): TPlanRowMeta | null {
  if (!isRecord(value)) return null;
  const { kind, parentId, order, createdAt, candidateId, source, deleted } = value;
  const createdBy = parseUserRef(value.createdBy);
  if (!isOneOf(PLAN_ROW_KINDS, kind) || !(parentId === null || isPlanRowId(parentId)) || !createdBy) return null;
  if (!isFiniteNumber(order) || !isFiniteNumber(createdAt)) return null;
  if (!(candidateId == null || isText(candidateId, 0, 100))) return null;
  if (!(source === undefined || source === 'annex9') || !(deleted === undefined || typeof deleted === 'boolean')) {
    return null;
  }
  const meta: TPlanRowMeta = { kind, parentId, order, createdBy, createdAt };
  if (candidateId !== undefined) meta.candidateId = candidateId;
  if (source) meta.source = source;
  if (deleted !== undefined) meta.deleted = deleted;
  return meta;
}

// Values of `fields:<rowId>`, checked on read: a client's junk reads as unset.
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const isAmount = (v: unknown): v is number => isFiniteNumber(v) && v >= 0 && v <= 1e12;
const FIELD_CHECKS = {
  start: (v: unknown): v is string => typeof v === 'string' && DATE.test(v),
  due: (v: unknown): v is string => typeof v === 'string' && DATE.test(v),
  budget: isAmount,
  staff: isAmount,
  ownerId: (v: unknown): v is string => isText(v, 1, 100),
};
type TFieldValues = { start: string; due: string; budget: number; staff: number; ownerId: string };
export type TPlanFieldName = keyof TFieldValues;

/** A new row id: 128 random bits as hex. */
export function newPlanRowId(): string {
  return [...crypto.getRandomValues(new Uint8Array(16))].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/** The top-level Y.Text of one text field of a row. */
export function planTextName(rowId: string, field: string): string {
  return `text:${rowId}:${field}`;
}

/** The top-level Y.Map of a row's dates, amounts and owner. */
export function planFieldsName(rowId: string): string {
  return `fields:${rowId}`;
}

/** The top-level Y.Map whose keys are the KPI sheet ids an activity uses. */
export function planKpisName(rowId: string): string {
  return `kpis:${rowId}`;
}

type TLiveRow = TPlanRowMeta & { id: string };

/** Every live row's metadata (not deleted, well-formed), unordered. */
export function liveRows(doc: Y.Doc): TLiveRow[] {
  const deleted = doc.getMap<unknown>(PLAN_DELETED_MAP);
  const out: TLiveRow[] = [];
  for (const [id, value] of doc.getMap<unknown>(PLAN_ROWS_MAP).entries()) {
    const meta = parsePlanRowMeta(value);
    if (!meta || meta.deleted || deleted.has(id) || !isPlanRowId(id)) continue;
    out.push({ id, ...meta });
  }
  return out;
}

/**
 * Whether any live row came from the guide's Annex 9 example (the plan then credits the guide).
 * Here, not beside the example's writer (./plan-example.ts): that one brings the guide's process
 * data, 8 kB the plan page need not load for members who cannot start from the example.
 */
export function planHasExampleRows(doc: Y.Doc): boolean {
  return liveRows(doc).some((r) => r.source === 'annex9');
}

// Equal orders (two rows added at once) fall back to the id, so every client agrees.
const byOrder = (a: TLiveRow, b: TLiveRow) => a.order - b.order || (a.id < b.id ? -1 : 1);

/** The live children of a parent (null: the outcomes), in order. */
export function childRows(doc: Y.Doc, parentId: string | null, kind: TPlanRowKind): TLiveRow[] {
  return liveRows(doc)
    .filter((r) => r.kind === kind && r.parentId === parentId)
    .sort(byOrder);
}

/** The text of one field of a row. */
export function readPlanText(doc: Y.Doc, rowId: string, field: string): string {
  return doc.getText(planTextName(rowId, field)).toJSON();
}

/** The plan's communication strategy as written so far. */
export function readPlanCommunication(doc: Y.Doc): string {
  return doc.getText(PLAN_COMMUNICATION_TEXT).toJSON();
}

/** One value of a row's `fields` map, or null when unset or malformed. */
export function readPlanField<F extends TPlanFieldName>(doc: Y.Doc, rowId: string, field: F): TFieldValues[F] | null {
  const value = doc.getMap<unknown>(planFieldsName(rowId)).get(field);
  return FIELD_CHECKS[field](value) ? (value as TFieldValues[F]) : null;
}

function readActivity(doc: Y.Doc, row: TLiveRow, number: string): TPlanActivity {
  const text = (f: TActivityTextField) => readPlanText(doc, row.id, f);
  const kpiIds = [...doc.getMap<unknown>(planKpisName(row.id)).entries()]
    .filter(([, v]) => v === true)
    .map(([k]) => k)
    .sort();
  return {
    id: row.id,
    number,
    title: text('title'),
    responsible: text('responsible'),
    ownerId: readPlanField(doc, row.id, 'ownerId'),
    target: text('target'),
    resources: text('resources'),
    budget: readPlanField(doc, row.id, 'budget'),
    staff: readPlanField(doc, row.id, 'staff'),
    start: readPlanField(doc, row.id, 'start'),
    due: readPlanField(doc, row.id, 'due'),
    strategicLink: text('strategicLink'),
    kpiIds,
    candidateId: row.candidateId ?? null,
  };
}

/** The whole draft as a tree with Annex 9 numbering, plus rows whose parent is gone. */
export function readPlan(doc: Y.Doc): TPlanDraft {
  const rows = liveRows(doc).sort(byOrder);
  const placed = new Set<string>();
  const outcomes: TPlanOutcome[] = rows
    .filter((r) => r.kind === 'outcome' && r.parentId === null)
    .map((o, oi) => {
      placed.add(o.id);
      const objectives = rows
        .filter((r) => r.kind === 'objective' && r.parentId === o.id)
        .map((j, ji) => {
          placed.add(j.id);
          const number = `${oi + 1}.${ji + 1}`;
          const activities = rows
            .filter((r) => r.kind === 'activity' && r.parentId === j.id)
            .map((a, ai) => (placed.add(a.id), readActivity(doc, a, `${number}.${ai + 1}`)));
          return { id: j.id, number, title: readPlanText(doc, j.id, 'title'), activities };
        });
      return { id: o.id, number: String(oi + 1), title: readPlanText(doc, o.id, 'title'), objectives };
    });
  const orphans: TPlanOrphan[] = rows
    .filter((r): r is TLiveRow & { kind: 'objective' | 'activity' } => !placed.has(r.id) && r.kind !== 'outcome')
    .map((r) => ({ id: r.id, kind: r.kind, title: readPlanText(doc, r.id, 'title') }));
  return { outcomes, orphans };
}

/** Adds an empty row at the end of its parent's children; the caller chose the id. */
export function addPlanRow(
  doc: Y.Doc,
  input: {
    id: string;
    kind: TPlanRowKind;
    parentId: string | null;
    candidateId?: string | null;
    title?: string;
    source?: 'annex9';
  },
  user: { id: string; name: string },
  now = Date.now(),
): void {
  const last = childRows(doc, input.parentId, input.kind).at(-1);
  const meta: TPlanRowMeta = {
    kind: input.kind,
    parentId: input.parentId,
    order: (last?.order ?? 0) + 1,
    createdBy: user,
    createdAt: now,
    candidateId: input.candidateId ?? null,
    ...(input.source ? { source: input.source } : {}),
  };
  doc.transact(() => {
    doc.getMap<unknown>(PLAN_ROWS_MAP).set(input.id, meta);
    // The id is new, so its text has no other writer yet: seeding it here cannot conflict.
    if (input.title) doc.getText(planTextName(input.id, 'title')).insert(0, input.title);
  });
}

function rowMeta(doc: Y.Doc, rowId: string): TPlanRowMeta | null {
  const meta = parsePlanRowMeta(doc.getMap<unknown>(PLAN_ROWS_MAP).get(rowId));
  return meta && !meta.deleted ? meta : null;
}

/** Moves a row: a new order among its siblings, and optionally a new parent of the right kind. */
export function movePlanRow(doc: Y.Doc, rowId: string, order: number, parentId?: string | null): void {
  const meta = rowMeta(doc, rowId);
  if (!meta) return;
  doc
    .getMap<unknown>(PLAN_ROWS_MAP)
    .set(rowId, { ...meta, order, parentId: parentId === undefined ? meta.parentId : parentId });
}

/** Deletes a row and the descendants this client knows of (both tombstones, one transaction). */
export function deletePlanRow(doc: Y.Doc, rowId: string, userId: string, now = Date.now()): void {
  const all = liveRows(doc);
  const doomed = new Set([rowId]);
  for (let grew = true; grew;) {
    grew = false;
    for (const r of all) {
      if (r.parentId && doomed.has(r.parentId) && !doomed.has(r.id)) {
        doomed.add(r.id);
        grew = true;
      }
    }
  }
  doc.transact(() => {
    const rows = doc.getMap<unknown>(PLAN_ROWS_MAP);
    for (const id of doomed) {
      const meta = rowMeta(doc, id);
      if (meta) rows.set(id, { ...meta, deleted: true });
      doc.getMap<unknown>(PLAN_DELETED_MAP).set(id, { userId, at: now });
    }
  });
}

/** Sets (or clears, with null) one value of a row's `fields` map. */
export function setPlanField(doc: Y.Doc, rowId: string, field: TPlanFieldName, value: string | number | null): void {
  const map = doc.getMap<unknown>(planFieldsName(rowId));
  if (value === null || value === '') map.delete(field);
  else map.set(field, value);
}

/** Links (or unlinks) a KPI sheet to an activity. */
export function setPlanKpi(doc: Y.Doc, rowId: string, kpiId: string, linked: boolean): void {
  const map = doc.getMap<unknown>(planKpisName(rowId));
  if (linked) map.set(kpiId, true);
  else map.delete(kpiId);
}
