import 'server-only';
import ExcelJS from 'exceljs';
import type { TEndorsement } from '../../contracts/plan';
import { PLAN_EXPORT_COLUMNS, planExportRows, type TPlanSnapshot } from '../../domain/plan/plan-snapshot';

const ENDORSEMENT_COLUMNS = [
  { header: 'Endorsed by', key: 'name', width: 30 },
  { header: 'Office', key: 'office', width: 30 },
  { header: 'Endorsed on', key: 'endorsedOn', width: 14 },
  { header: 'Note', key: 'note', width: 50 },
];

/**
 * The plan as an XLSX workbook: a flat "Action plan" sheet with the Annex 9 columns, filterable by
 * outcome; an "Endorsements" sheet naming the top government officials who endorsed it; and the
 * communication strategy on a sheet of its own when the plan has one.
 */
export async function planXlsx(
  snapshot: TPlanSnapshot,
  title: string,
  endorsements: readonly TEndorsement[],
): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.title = title;
  wb.creator = 'IDG Workshop';
  const ws = wb.addWorksheet('Action plan', { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = PLAN_EXPORT_COLUMNS.map((c) => ({
    header: c,
    key: c,
    width: ['Outcome', 'Objective', 'Activity', 'Key Performance Indicator (KPI)'].includes(c) ? 40 : 18,
  }));
  ws.getRow(1).font = { bold: true };
  for (const row of planExportRows(snapshot)) ws.addRow(row);
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: PLAN_EXPORT_COLUMNS.length } };
  const es = wb.addWorksheet('Endorsements', { views: [{ state: 'frozen', ySplit: 1 }] });
  es.columns = ENDORSEMENT_COLUMNS;
  es.getRow(1).font = { bold: true };
  for (const e of endorsements) es.addRow({ name: e.name, office: e.office, endorsedOn: e.endorsedOn, note: e.note });
  if (snapshot.communication?.trim()) {
    const cs = wb.addWorksheet('Communication strategy');
    cs.columns = [{ header: 'Communication strategy', key: 'text', width: 100 }];
    cs.getRow(1).font = { bold: true };
    cs.addRow({ text: snapshot.communication }).alignment = { wrapText: true, vertical: 'top' };
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
