import type { Kysely } from 'kysely';
import * as Y from 'yjs';
import { SENSITIVE_MAP, parseSensitive } from '../../collab/layout';
import { logger } from '../../log/logger';

// Answer flags move from the checklist documents to the database. Until now a facilitator's
// "sensitive" flag was an entry of the top-level Y.Map `sensitive` in each area's Yjs document,
// which every member's browser receives and any writer could clear. The table is written only
// through the server (facilitators) and read only by facilitators and senior management.
//
// Existing flags are carried over from the persisted documents (state row plus update log, as the
// sync server left them; this runs before the server starts), and the legacy map is emptied by
// one more logged update, so that the flags stop reaching every member's browser.

const log = logger('db');
const FACTOR_DOC = /^assessment\.([A-Za-z0-9_-]{1,64})\.factor\.([A-Za-z0-9_-]{1,64})$/;

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type TAnyDb = Kysely<any>;

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('answer_flags')
    .addColumn('assessment_id', 'text', (c) => c.notNull().references('assessments.id').onDelete('cascade'))
    .addColumn('question_key', 'text', (c) => c.notNull())
    .addColumn('flag', 'text', (c) => c.notNull())
    .addColumn('set_by', 'text', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('set_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('answer_flags_pk', ['assessment_id', 'question_key', 'flag'])
    .execute();
  await carryOverLegacyFlags(db);
}

/** Every persisted checklist document's name (a document may have only log rows so far). */
async function factorDocNames(db: TAnyDb): Promise<string[]> {
  const states = await db
    .selectFrom('yjs_documents')
    .select('name')
    .where('name', 'like', 'assessment.%.factor.%')
    .execute();
  const logs = await db
    .selectFrom('yjs_updates')
    .select('doc_name')
    .distinct()
    .where('doc_name', 'like', 'assessment.%.factor.%')
    .execute();
  return [...new Set([...states.map((r) => String(r.name)), ...logs.map((r) => String(r.doc_name))])]
    .filter((n) => FACTOR_DOC.test(n))
    .sort();
}

async function loadDoc(db: TAnyDb, name: string): Promise<Y.Doc> {
  const doc = new Y.Doc();
  const state = await db.selectFrom('yjs_documents').select('state').where('name', '=', name).executeTakeFirst();
  const rows = await db.selectFrom('yjs_updates').select('update').where('doc_name', '=', name).orderBy('id').execute();
  for (const u of [...(state ? [state.state as Uint8Array] : []), ...rows.map((r) => r.update as Uint8Array)]) {
    try {
      Y.applyUpdate(doc, u);
    } catch (err) {
      // As the sync server does: one damaged row must not stop the rest from loading.
      log.warn({ migration: '012_answer_flags', doc: name, error: String(err) }, 'unreadable-update-skipped');
    }
  }
  return doc;
}

/**
 * Carries `sensitive` map entries of the persisted checklist documents into answer_flags and
 * empties the map (exported for its test).
 */
export async function carryOverLegacyFlags(db: TAnyDb): Promise<void> {
  const assessments = new Set((await db.selectFrom('assessments').select('id').execute()).map((r) => String(r.id)));
  const now = new Date().toISOString();
  let carried = 0;
  for (const name of await factorDocNames(db)) {
    const [, assessmentId = '', areaId = ''] = FACTOR_DOC.exec(name) ?? [];
    const doc = await loadDoc(db, name);
    try {
      const legacy = doc.getMap<unknown>(SENSITIVE_MAP);
      if (legacy.size === 0) continue;
      // Only for a question of this document's area (a guide question, or one the administration added).
      const keys = [...legacy.entries()]
        .filter(([key, value]) => parseSensitive(value) && new RegExp(`^${areaId}\\.a?\\d{1,4}$`).test(key))
        .map(([key]) => key);
      if (assessments.has(assessmentId) && keys.length > 0) {
        await db
          .insertInto('answer_flags')
          .values(
            keys.map((key) => ({
              assessment_id: assessmentId,
              question_key: key,
              flag: 'sensitive',
              set_by: null,
              set_at: now,
            })),
          )
          .onConflict((oc) => oc.columns(['assessment_id', 'question_key', 'flag']).doNothing())
          .execute();
        carried += keys.length;
      }
      // Empty the legacy map: its entries would otherwise go on reaching every member.
      const before = Y.encodeStateVector(doc);
      doc.transact(() => {
        for (const key of [...legacy.keys()]) legacy.delete(key);
      });
      await db
        .insertInto('yjs_updates')
        .values({ doc_name: name, update: Buffer.from(Y.encodeStateAsUpdate(doc, before)), created_at: now })
        .execute();
    } finally {
      doc.destroy();
    }
  }
  if (carried > 0) log.info({ migration: '012_answer_flags', carried }, 'sensitive-flags-carried-over');
}
