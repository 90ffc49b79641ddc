import 'server-only';
import crypto from 'node:crypto';
import { DomainError } from '../../domain/shared/errors';
import type { TDb } from '../../db/client';
import type { KpiSheetsTable } from '../../db/schema';
import type { TKpiSheet, TKpiSheetInput } from '../../contracts/plan';
import { annex11Example, blankKpiSheet, isBlankKpiSheet, kpiSheetName } from '../../domain/plan/kpi-sheet';
import { assertCan } from '../../domain/access/assert-can';
import { audit } from '../shared/audit';
import type { TMembership } from '../access/membership';

function toSheet(row: KpiSheetsTable): TKpiSheet {
  return {
    id: row.id,
    name: row.name,
    fields: JSON.parse(row.fields) as Record<string, string>,
    types: JSON.parse(row.types) as string[],
    criteria: JSON.parse(row.criteria) as string[],
    baselineValue: row.baseline_value,
    baselineDate: row.baseline_date,
    targetNumber: row.target_number,
    targetDate: row.target_date,
    owner: row.owner,
    custodian: row.custodian,
    steward: row.steward,
    updatedAt: row.updated_at,
  };
}

function columns(input: TKpiSheetInput) {
  return {
    name: kpiSheetName(input),
    fields: JSON.stringify(input.fields),
    types: JSON.stringify(input.types),
    criteria: JSON.stringify(input.criteria),
    baseline_value: input.baselineValue,
    baseline_date: input.baselineDate,
    target_number: input.targetNumber,
    target_date: input.targetDate,
    owner: input.owner,
    custodian: input.custodian,
    steward: input.steward,
  };
}

/** Every KPI sheet of an assessment, by name. */
export async function listKpiSheets(db: TDb, assessmentId: string): Promise<TKpiSheet[]> {
  const rows = await db
    .selectFrom('kpi_sheets')
    .selectAll()
    .where('assessment_id', '=', assessmentId)
    .orderBy('name')
    .orderBy('id')
    .execute();
  return rows.map(toSheet);
}

/** One KPI sheet of the assessment; 404 when it is not one of its sheets. */
export async function getKpiSheet(db: TDb, assessmentId: string, kpiId: string): Promise<TKpiSheet> {
  const row = await db
    .selectFrom('kpi_sheets')
    .selectAll()
    .where('assessment_id', '=', assessmentId)
    .where('id', '=', kpiId)
    .executeTakeFirst();
  if (!row) throw new DomainError('kpi_sheet.not_found');
  return toSheet(row);
}

/** Creates a KPI sheet, blank or from the guide's Annex 11 example; plan editors only. */
export async function createKpiSheet(db: TDb, actor: TMembership, template: 'blank' | 'annex11'): Promise<TKpiSheet> {
  assertCan(actor, 'plan.edit', 'kpi_sheet.create_forbidden');
  return insertKpiSheet(db, actor, template === 'annex11' ? annex11Example() : blankKpiSheet(), template);
}

/** Stores a new KPI sheet with the given content and audits it; the caller has checked the actor's rights. */
export async function insertKpiSheet(
  db: TDb,
  actor: TMembership,
  input: TKpiSheetInput,
  template: string,
): Promise<TKpiSheet> {
  const now = new Date().toISOString();
  const id = crypto.randomUUID();
  await db
    .insertInto('kpi_sheets')
    .values({
      id,
      assessment_id: actor.assessmentId,
      ...columns(input),
      updated_by: actor.userId,
      created_at: now,
      updated_at: now,
    })
    .execute();
  await audit(db, {
    assessmentId: actor.assessmentId,
    actorId: actor.userId,
    action: 'kpi.create',
    detail: { kpiId: id, template },
  });
  return getKpiSheet(db, actor.assessmentId, id);
}

/** Replaces a KPI sheet's content; plan editors only. Adopted versions keep their own copy. */
export async function updateKpiSheet(
  db: TDb,
  actor: TMembership,
  kpiId: string,
  input: TKpiSheetInput,
): Promise<TKpiSheet> {
  assertCan(actor, 'plan.edit', 'kpi_sheet.change_forbidden');
  await getKpiSheet(db, actor.assessmentId, kpiId);
  await db
    .updateTable('kpi_sheets')
    .set({ ...columns(input), updated_by: actor.userId, updated_at: new Date().toISOString() })
    .where('assessment_id', '=', actor.assessmentId)
    .where('id', '=', kpiId)
    .execute();
  await audit(db, { assessmentId: actor.assessmentId, actorId: actor.userId, action: 'kpi.update', detail: { kpiId } });
  return getKpiSheet(db, actor.assessmentId, kpiId);
}

/**
 * Fills an empty KPI sheet with the guide's Annex 11 example; plan editors only. A sheet with
 * anything in it is refused, so the example never overwrites what members wrote.
 */
export async function fillKpiSheetFromExample(db: TDb, actor: TMembership, kpiId: string): Promise<TKpiSheet> {
  assertCan(actor, 'plan.edit', 'kpi_sheet.change_forbidden');
  if (!isBlankKpiSheet(await getKpiSheet(db, actor.assessmentId, kpiId))) throw new DomainError('kpi_sheet.not_blank');
  await db
    .updateTable('kpi_sheets')
    .set({ ...columns(annex11Example()), updated_by: actor.userId, updated_at: new Date().toISOString() })
    .where('assessment_id', '=', actor.assessmentId)
    .where('id', '=', kpiId)
    .execute();
  await audit(db, {
    assessmentId: actor.assessmentId,
    actorId: actor.userId,
    action: 'kpi.update',
    detail: { kpiId, template: 'annex11' },
  });
  return getKpiSheet(db, actor.assessmentId, kpiId);
}
