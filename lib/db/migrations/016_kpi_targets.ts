import type { Kysely } from 'kysely';

// A KPI sheet's numeric target and its date, stated by the facilitator when field l gives no
// number (the guide's Annex 11 example says "Regional benchmark"): without them monitoring could
// never judge such a KPI against its line from baseline to target.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('kpi_sheets').addColumn('target_number', 'double precision').execute();
  await db.schema.alterTable('kpi_sheets').addColumn('target_date', 'text').execute();
}
