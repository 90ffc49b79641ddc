import type { Kysely } from 'kysely';
import { addSerialId, isPostgres } from '../portable';

// The history of what people type (docs/history.md). A version point is a Yjs snapshot of one
// top-level type (an answer, an evaluation, a plan field): the state vector and only the deletions
// inside that type, a few dozen bytes, never a copy of the text. The text itself stays in the
// document, which the sync server keeps without garbage collection for the kinds that have history.
// Who wrote what is the server's record of which session user sent which Yjs client id, and which
// deletions; a client never says who it is.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  const bytes = isPostgres(db) ? 'bytea' : 'blob';
  await addSerialId(db, db.schema.createTable('doc_versions'))
    .addColumn('doc_name', 'text', (c) => c.notNull())
    .addColumn('type_name', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('authors', 'text', (c) => c.notNull())
    .addColumn('snapshot', bytes, (c) => c.notNull())
    .addColumn('restored_from', 'integer')
    .execute();
  await db.schema
    .createIndex('doc_versions_type')
    .on('doc_versions')
    .columns(['doc_name', 'type_name', 'id'])
    .execute();
  await db.schema.createIndex('doc_versions_time').on('doc_versions').columns(['doc_name', 'created_at']).execute();
  await db.schema
    .createTable('doc_clients')
    .addColumn('doc_name', 'text', (c) => c.notNull())
    .addColumn('client_id', 'bigint', (c) => c.notNull())
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('doc_clients_pk', ['doc_name', 'client_id'])
    .execute();
  await addSerialId(db, db.schema.createTable('doc_deletions'))
    .addColumn('doc_name', 'text', (c) => c.notNull())
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addColumn('deletes', bytes, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('doc_deletions_doc').on('doc_deletions').columns(['doc_name']).execute();
  await db.schema
    .createTable('doc_visits')
    .addColumn('doc_name', 'text', (c) => c.notNull())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('seen_at', 'text', (c) => c.notNull())
    .addColumn('snapshot', bytes, (c) => c.notNull())
    .addPrimaryKeyConstraint('doc_visits_pk', ['doc_name', 'user_id'])
    .execute();
}
