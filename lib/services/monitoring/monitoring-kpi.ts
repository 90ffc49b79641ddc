import 'server-only';
import crypto from 'node:crypto';
import { DomainError } from '../../domain/shared/errors';
import type { TDb } from '../../db/client';
import { parseMeasurementsCsv, type TMeasurementInput } from '../../domain/monitoring/kpi-measurements-csv';
import { periodEnd } from '../../domain/monitoring/kpi-periods';
import { assertCan } from '../../domain/access/assert-can';
import { audit } from '../shared/audit';
import type { TMembership } from '../access/membership';
import { monitoredKpis, monitoredPlan } from './monitoring-plan';
import type { TCsvImportResponse, TMeasurementInputBody } from '../../contracts/monitoring';

async function kpisOfAdoptedPlan(db: TDb, assessmentId: string) {
  const plan = await monitoredPlan(db, assessmentId);
  if (!plan) throw new DomainError('measurements.no_adopted_plan');
  return monitoredKpis(plan);
}

/** Writes measurements in one transaction; a value for a KPI and period already measured replaces it. */
async function upsertMeasurements(db: TDb, actor: TMembership, rows: readonly TMeasurementInput[]): Promise<void> {
  const now = new Date().toISOString();
  await db.transaction().execute(async (trx) => {
    for (const r of rows) {
      const values = {
        value: r.value,
        period_end: r.periodEnd,
        disaggregated: JSON.stringify(r.disaggregated),
        source: r.source,
        entered_by: actor.userId,
        entered_at: now,
      };
      await trx
        .insertInto('kpi_measurements')
        .values({
          id: crypto.randomUUID(),
          assessment_id: actor.assessmentId,
          kpi_id: r.kpiId,
          period: r.period,
          ...values,
        })
        .onConflict((oc) => oc.columns(['assessment_id', 'kpi_id', 'period']).doUpdateSet(values))
        .execute();
    }
  });
}

/** Records one KPI value for one period, with its source and any disaggregated values. */
export async function recordMeasurement(db: TDb, actor: TMembership, input: TMeasurementInputBody): Promise<void> {
  assertCan(actor, 'kpi.measure', 'measurements.forbidden');
  const kpis = await kpisOfAdoptedPlan(db, actor.assessmentId);
  if (!kpis.some((k) => k.id === input.kpiId))
    throw new DomainError('measurements.kpi_not_in_plan', undefined, {
      fieldErrors: { kpiId: ['Pick a KPI of the adopted plan.'] },
    });
  await upsertMeasurements(db, actor, [{ ...input, periodEnd: periodEnd(input.period)! }]);
  await audit(db, {
    assessmentId: actor.assessmentId,
    actorId: actor.userId,
    action: 'kpi.measure',
    detail: { kpiId: input.kpiId, period: input.period },
  });
}

/**
 * Imports a measurements CSV: every row is checked first and nothing is written unless all are
 * right. A refusal is a 400 whose field errors are keyed `row <n>`, one per wrong row, with every reason.
 */
export async function importMeasurementsCsv(db: TDb, actor: TMembership, csv: string): Promise<TCsvImportResponse> {
  assertCan(actor, 'kpi.measure', 'measurements.forbidden');
  const kpis = await kpisOfAdoptedPlan(db, actor.assessmentId);
  const result = parseMeasurementsCsv(csv, kpis);
  if (!result.ok) {
    const fieldErrors = Object.fromEntries(result.errors.map((e) => [`row ${e.row}`, e.reasons]));
    throw new DomainError('measurements.import_failed', { n: result.errors.length }, { fieldErrors });
  }
  await upsertMeasurements(db, actor, result.rows);
  await audit(db, {
    assessmentId: actor.assessmentId,
    actorId: actor.userId,
    action: 'kpi.import',
    detail: { rows: result.rows.length },
  });
  return { imported: result.rows.length };
}
