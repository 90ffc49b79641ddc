import 'server-only';
import ExcelJS from 'exceljs';

/** One sheet: its name, column headers with widths, and rows of plain values. */
export type TSheet = { name: string; columns: { header: string; width: number }[]; rows: (string | number | null)[][] };

/** The sheet that credits the guide, after the data sheets (readers of the first sheet see the data as before). */
export const CREDIT_SHEET = 'Source';

/**
 * Writes sheets as an XLSX workbook; every value is a cell value (strings never become formulas).
 * With a credit, the workbook carries it in its properties and on a last sheet of its own.
 */
export async function sheetsXlsx(title: string, sheets: readonly TSheet[], credit?: string): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.title = title;
  wb.creator = 'IDG Workshop';
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name, { views: [{ state: 'frozen', ySplit: 1 }] });
    ws.columns = s.columns.map((c) => ({ header: c.header, width: c.width }));
    ws.getRow(1).font = { bold: true };
    for (const row of s.rows) ws.addRow(row);
    ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: s.columns.length } };
  }
  if (credit) {
    wb.description = credit;
    const ws = wb.addWorksheet(CREDIT_SHEET);
    ws.getColumn(1).width = 120;
    ws.addRow([credit]);
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}
