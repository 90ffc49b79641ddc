import type { Kysely } from 'kysely';

// The quality criteria for selecting KPIs (the guide's Part III step 3) that the facilitators
// credit each KPI sheet with: a JSON array of criterion ids, none until someone ticks them.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('kpi_sheets')
    .addColumn('criteria', 'text', (c) => c.notNull().defaultTo('[]'))
    .execute();
}
