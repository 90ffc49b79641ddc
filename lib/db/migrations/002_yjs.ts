import type { Kysely } from 'kysely';
import { addSerialId, isPostgres } from '../portable';

// The Yjs documents' persisted state: one compacted state row per document plus an
// append-only log of updates applied since; loading is the state row and then the log replayed.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  const bytes = isPostgres(db) ? 'bytea' : 'blob';
  await db.schema
    .createTable('yjs_documents')
    .addColumn('name', 'text', (c) => c.primaryKey())
    .addColumn('state', bytes, (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await addSerialId(db, db.schema.createTable('yjs_updates'))
    .addColumn('doc_name', 'text', (c) => c.notNull())
    .addColumn('update', bytes, (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('yjs_updates_doc_idx').on('yjs_updates').columns(['doc_name', 'id']).execute();
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('yjs_updates').execute();
  await db.schema.dropTable('yjs_documents').execute();
}
