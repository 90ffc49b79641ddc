// Reading exports back as text, for the export tests and the bench: DOCX through its zip,
// PDF through its (uncompressed) text operators, XLSX through exceljs.
import ExcelJS from 'exceljs';
import JSZip from 'jszip';

const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
const decodeXml = (s: string) => s.replace(/&(lt|gt|amp|quot|apos);/g, (_, e: string) => ENTITIES[e]!);

/** The raw parts of a DOCX package that matter here. */
export async function docxParts(buf: Buffer): Promise<{ document: string; rels: string }> {
  const zip = await JSZip.loadAsync(buf);
  return {
    document: await zip.file('word/document.xml')!.async('string'),
    rels: await zip.file('word/_rels/document.xml.rels')!.async('string'),
  };
}

/** The text of a DOCX: one line per paragraph, runs joined. */
export async function docxText(buf: Buffer): Promise<string> {
  const { document } = await docxParts(buf);
  return document
    .split('</w:p>')
    .map((p) => [...p.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => decodeXml(m[1]!)).join(''))
    .filter((l) => l.length > 0)
    .join('\n');
}

/** The text shown by a pdfkit PDF written without compression: its TJ strings (hex, WinAnsi), one line per operator. */
export function pdfText(buf: Buffer): string {
  const content = buf.toString('latin1');
  return [...content.matchAll(/\[([^\]]*)\]\s*TJ/g)]
    .map((m) =>
      [...m[1]!.matchAll(/<([0-9a-fA-F]*)>/g)].map((h) => Buffer.from(h[1]!, 'hex').toString('latin1')).join(''),
    )
    .join('\n');
}

/** The rows of an XLSX's first sheet (or the named one) as strings. */
export async function xlsxRows(buf: Buffer, sheet?: string): Promise<string[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf as unknown as ArrayBuffer);
  const rows: string[][] = [];
  const ws = sheet === undefined ? wb.worksheets[0] : wb.getWorksheet(sheet);
  if (!ws) throw new Error(`no sheet ${sheet}`);
  ws.eachRow((row) =>
    rows.push(
      (row.values as unknown[])
        .slice(1)
        .map((v) =>
          v === null || v === undefined
            ? ''
            : typeof v === 'object'
              ? JSON.stringify(v)
              : String(v as string | number | boolean),
        ),
    ),
  );
  return rows;
}

/** Text with all whitespace removed: PDF lines wrap anywhere, so comparisons ignore it. */
export const squash = (s: string) => s.replace(/\s+/g, '');
