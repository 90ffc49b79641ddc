import 'server-only';
import type { TTableBlock } from './document';

// A table drawn as a grid, for the tables whose meaning is in their columns (the action plan as
// Annex 9 lays it out): ruled cells of equal width, the rows in `bands` one cell across, the
// header repeated at the top of each page the table runs onto.

type TPdf = PDFKit.PDFDocument;

const SIZE = 7.5;
const PAD = 3;
const GRID = '#cbd5e1';
const HEADER_FILL = '#f1f5f9';
const BAND_FILL = '#f8fafc';

/** Writes a table as a ruled grid at the current position, breaking pages between rows. */
export function writeGridTable(pdf: TPdf, b: TTableBlock, indent: number): void {
  const left = pdf.page.margins.left + indent;
  const width = pdf.page.width - pdf.page.margins.right - left;
  const columnWidth = width / b.header.length;
  const bottom = () => pdf.page.height - pdf.page.margins.bottom;

  const row = (cells: readonly string[], bold: boolean, fill: string | null, across: boolean) => {
    const widths = across ? [width] : cells.map(() => columnWidth);
    pdf.fontSize(SIZE).font(bold ? 'Helvetica-Bold' : 'Helvetica');
    const height =
      Math.max(...cells.map((c, i) => pdf.heightOfString(c || ' ', { width: widths[i]! - 2 * PAD }))) + 2 * PAD;
    return { height, draw: (top: number) => drawRow(pdf, cells, widths, { left, top, height, bold, fill }) };
  };
  const header = row(b.header, true, HEADER_FILL, false);
  const place = (r: ReturnType<typeof row>, isHeader = false) => {
    if (pdf.y + r.height > bottom() && pdf.y > pdf.page.margins.top) {
      pdf.addPage();
      if (!isHeader) place(header, true);
    }
    const top = pdf.y;
    r.draw(top);
    pdf.x = left;
    pdf.y = top + r.height;
  };
  pdf.moveDown(0.3);
  place(header, true);
  b.rows.forEach((cells, i) => {
    const band = b.bands?.includes(i) ?? false;
    place(row(band ? cells.slice(0, 1) : cells, band, band ? BAND_FILL : null, band));
  });
  pdf.fillColor('black').moveDown(0.6);
}

function drawRow(
  pdf: TPdf,
  cells: readonly string[],
  widths: readonly number[],
  at: { left: number; top: number; height: number; bold: boolean; fill: string | null },
): void {
  let x = at.left;
  cells.forEach((text, i) => {
    const w = widths[i]!;
    if (at.fill) pdf.rect(x, at.top, w, at.height).fill(at.fill);
    pdf.rect(x, at.top, w, at.height).lineWidth(0.5).strokeColor(GRID).stroke();
    pdf
      .fillColor('black')
      .fontSize(SIZE)
      .font(at.bold ? 'Helvetica-Bold' : 'Helvetica')
      .text(text, x + PAD, at.top + PAD, { width: w - 2 * PAD });
    x += w;
  });
}
