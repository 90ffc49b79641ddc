import 'server-only';
import PDFDocument from 'pdfkit';
import type { TDocBlock, TExportDocument, THeatMapBlock } from './document';
import { cellShare, heatFill, heatInk } from './heat-map';
import { writeGridTable } from './pdf-grid';
import type { TBlock, TRun } from './rich-text';

// PDF writer. User text only ever enters through pdfkit's text() (which encodes it as a string
// operand, never as content-stream operators). Compression is off so that the text operators stay
// readable (tests read them back); the standard fonts cover Western European text (WinAnsi).

type TPdf = PDFKit.PDFDocument;

const HEADING_SIZES = [18, 15, 13, 12, 11, 11];
const BODY = 10;
const LINK_COLOUR = '#1d4ed8';

function fontOf(r: Pick<TRun, 'bold' | 'italic'>): string {
  if (r.bold && r.italic) return 'Helvetica-BoldOblique';
  if (r.bold) return 'Helvetica-Bold';
  return r.italic ? 'Helvetica-Oblique' : 'Helvetica';
}

function writeRuns(pdf: TPdf, runs: readonly TRun[], size: number, indent: number, prefix = ''): void {
  const x = pdf.page.margins.left + indent;
  const width = pdf.page.width - pdf.page.margins.right - x;
  const parts: TRun[] = [
    ...(prefix ? [{ text: prefix, bold: false, italic: false, href: null }] : []),
    ...runs.filter((r) => r.text.length > 0),
  ];
  if (parts.length === 0) return;
  pdf.fontSize(size);
  parts.forEach((r, i) => {
    pdf.font(fontOf(r)).fillColor(r.href ? LINK_COLOUR : 'black');
    // pdfkit carries a continued call's options over where the next leaves them undefined, so a
    // run after a link passes `link: null` (never undefined) or it would become part of the link.
    const options = { continued: i < parts.length - 1, width, link: r.href, underline: r.href !== null };
    if (i === 0) pdf.text(r.text, x, pdf.y, options);
    else pdf.text(r.text, options);
  });
  pdf.fillColor('black').moveDown(0.4);
}

const GRID = '#cbd5e1';
const CHART_ROW = 16;
const CHART_FONT = 7.5;
const CHART_HEAD = 26;

// The heat map drawn as vector shapes, each cell shaded and carrying its number, so that it is a
// chart and its table at once. It is kept on one page: a chart split across pages reads as two.
function writeHeatMap(pdf: TPdf, b: THeatMapBlock, indent: number): void {
  const left = pdf.page.margins.left + indent;
  const width = pdf.page.width - pdf.page.margins.right - left;
  const labelW = width * 0.36;
  const cellW = (width - labelW) / (b.columns.length + 1);
  // A long area name wraps onto a second line and its row grows with it.
  pdf.fontSize(CHART_FONT).font('Helvetica');
  const heights = b.rows.map((r) => Math.max(CHART_ROW, pdf.heightOfString(r.label, { width: labelW - 4 }) + 6));
  const height = CHART_HEAD + heights.reduce((sum, h) => sum + h, 0);
  if (pdf.y + height > pdf.page.height - pdf.page.margins.bottom) pdf.addPage();
  const top = pdf.y;
  const centred = (text: string, x: number, y: number, w: number, ink: string, font = 'Helvetica') =>
    pdf.font(font).fillColor(ink).text(text, x, y, { width: w, align: 'center' });
  [...b.columns.map((c) => c.label), 'Questions'].forEach((label, i) =>
    centred(label, left + labelW + cellW * i + 1, top + 2, cellW - 2, 'black', 'Helvetica-Bold'),
  );
  pdf.font('Helvetica-Bold').text(b.rowHeader, left, top + CHART_HEAD - 10, { width: labelW - 4 });
  let y = top + CHART_HEAD;
  b.rows.forEach((r, n) => {
    const h = heights[n]!;
    const middle = y + h / 2 - CHART_FONT / 2;
    pdf
      .font('Helvetica')
      .fillColor('black')
      .text(r.label, left, y + 3, { width: labelW - 4 });
    if (!r.counts) {
      pdf.rect(left + labelW, y, cellW * (b.columns.length + 1), h).fillAndStroke('#f1f5f9', GRID);
      pdf
        .font('Helvetica-Oblique')
        .fillColor('#475569')
        .text(b.emptyRow, left + labelW + 4, middle);
    } else {
      r.counts.forEach((count, i) => {
        const share = cellShare(count, r.total);
        const x = left + labelW + cellW * i;
        pdf.rect(x, y, cellW, h).fillAndStroke(heatFill(b.columns[i]!.colour, share), GRID);
        centred(String(count), x, middle, cellW, heatInk(share));
      });
      const x = left + labelW + cellW * r.counts.length;
      pdf.rect(x, y, cellW, h).fillAndStroke('#ffffff', GRID);
      centred(String(r.total), x, middle, cellW, 'black', 'Helvetica-Bold');
    }
    y += h;
  });
  pdf.fillColor('black').strokeColor('black');
  pdf.x = pdf.page.margins.left;
  pdf.y = y + 4;
  writeRuns(pdf, [{ text: b.title, bold: false, italic: true, href: null }], BODY - 1, indent);
}

function writeBlock(pdf: TPdf, b: TBlock | TDocBlock, indent: number): void {
  switch (b.kind) {
    case 'heading':
      pdf.moveDown(0.3);
      writeRuns(
        pdf,
        b.runs.map((r) => ({ ...r, bold: true })),
        HEADING_SIZES[Math.min(6, Math.max(1, b.level)) - 1]!,
        indent,
      );
      return;
    case 'paragraph':
      writeRuns(pdf, b.runs, BODY, indent);
      return;
    case 'list':
      b.items.forEach((item, n) => {
        item.forEach((child, i) => {
          if (child.kind === 'list') writeBlock(pdf, child, indent + 18);
          else if (i === 0) writeRuns(pdf, child.runs, BODY, indent + 18, b.ordered ? `${n + 1}. ` : '• ');
          else writeRuns(pdf, child.runs, BODY, indent + 18);
        });
      });
      return;
    case 'table':
      if (b.bands) return writeGridTable(pdf, b, indent);
      // One entry per row, "Column: value" per line: readable at any width, unlike a squeezed grid.
      for (const row of b.rows) {
        row.forEach((value, i) =>
          writeRuns(
            pdf,
            [
              { text: `${b.header[i] ?? ''}: `, bold: true, italic: false, href: null },
              { text: value, bold: false, italic: false, href: null },
            ],
            BODY,
            indent,
          ),
        );
        pdf.moveDown(0.3);
      }
      return;
    case 'heatMap':
      pdf.moveDown(0.3);
      writeHeatMap(pdf, b, indent);
      return;
    case 'pageBreak':
      pdf.addPage();
      return;
  }
}

/** Writes a document as a PDF file. */
export async function documentPdf(doc: TExportDocument): Promise<Buffer> {
  const pdf = new PDFDocument({
    compress: false,
    size: 'A4',
    margin: 56,
    info: { Title: doc.title, Creator: 'IDG Workshop' },
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    pdf.on('data', (c: Buffer) => chunks.push(c));
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
  });
  writeRuns(pdf, [{ text: doc.title, bold: true, italic: false, href: null }], 20, 0);
  writeRuns(pdf, [{ text: doc.subtitle, bold: false, italic: true, href: null }], BODY, 0);
  if (doc.credit) writeRuns(pdf, [{ text: doc.credit, bold: false, italic: true, href: null }], BODY - 1, 0);
  for (const b of doc.blocks) writeBlock(pdf, b, 0);
  pdf.end();
  return done;
}
