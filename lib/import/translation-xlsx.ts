// Reading an uploaded XLSX translation (run in the import worker, lib/import/import-worker.ts,
// never on the event loop that carries live editing).
import ExcelJS from 'exceljs';
import type { TTranslationRow } from '../domain/checklist/checklist-adaptation';
import { ImportError } from './import-error';
import { TRANSLATION_ZIP_LIMITS, assertZipWithinLimits } from './zip-limits';

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('text' in value) return String(value.text);
    if ('result' in value)
      return typeof value.result === 'string' || typeof value.result === 'number' ? String(value.result) : '';
    return '';
  }
  return String(value);
}

/**
 * The rows of an uploaded XLSX translation: the first sheet's `Key` and `Translation` columns,
 * found by header. The archive is held to TRANSLATION_ZIP_LIMITS before exceljs unpacks it.
 */
export async function readTranslationXlsx(bytes: Uint8Array): Promise<TTranslationRow[]> {
  assertZipWithinLimits(bytes, TRANSLATION_ZIP_LIMITS);
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(new Uint8Array(bytes).buffer);
  } catch {
    throw new ImportError(400, 'The file is not a readable XLSX workbook.');
  }
  const ws = wb.worksheets[0];
  if (!ws) throw new ImportError(400, 'The workbook has no sheet.');
  const headers = new Map<string, number>();
  ws.getRow(1).eachCell((cell, col) => headers.set(cellText(cell.value).trim().toLowerCase(), col));
  const keyCol = headers.get('key');
  const trCol = headers.get('translation');
  if (!keyCol || !trCol)
    throw new ImportError(400, 'The first sheet needs a "Key" and a "Translation" column (download the template).');
  const rows: TTranslationRow[] = [];
  ws.eachRow((row, n) => {
    if (n === 1) return;
    const key = cellText(row.getCell(keyCol).value).trim();
    const translation = cellText(row.getCell(trCol).value);
    if (key || translation.trim()) rows.push({ key, translation });
  });
  return rows;
}
