import 'server-only';
import PDFDocument from 'pdfkit';
import type { TDocBlock, TExportDocument, THeatMapBlock } from './document';
import { heatMapAltText } from './heat-map';
import { HEAT_MAP_CELL, heatMapPng } from './heat-map-image';
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
const SWATCH = 6;
// The picture is drawn at twice the size it is shown, so that it stays sharp in print.
const IMAGE_SCALE = 0.5;

// The heat map's picture, marked with its alternate description (a Span's Alt, which readers
// speak in place of the image), then its caption.
function writeHeatMapImage(pdf: TPdf, b: THeatMapBlock, left: number): void {
  const image = heatMapPng(b);
  const height = image.height * IMAGE_SCALE;
  pdf.markContent('Span', { alt: heatMapAltText(b) });
  pdf.image(image.png, left, pdf.y, { width: image.width * IMAGE_SCALE, height });
  pdf.endMarkedContent();
  pdf.x = pdf.page.margins.left;
  pdf.y += height + 4;
}

// The heat map's numbers as a grid right after its picture, the rows in the same order. Each
// column header carries a swatch of its colour: the legend. The picture, caption and numbers are
// kept on one page: a chart split from its numbers reads as two.
function writeHeatMap(pdf: TPdf, b: THeatMapBlock, indent: number): void {
  const left = pdf.page.margins.left + indent;
  const width = pdf.page.width - pdf.page.margins.right - left;
  const labelW = width * 0.36;
  const cellW = (width - labelW) / (b.columns.length + 1);
  // A long area name wraps onto a second line and its row grows with it.
  pdf.fontSize(CHART_FONT).font('Helvetica');
  const heights = b.rows.map((r) => Math.max(CHART_ROW, pdf.heightOfString(r.label, { width: labelW - 4 }) + 6));
  const imageHeight = (HEAT_MAP_CELL.height * b.rows.length + 2) * IMAGE_SCALE + 24;
  const height = imageHeight + CHART_HEAD + heights.reduce((sum, h) => sum + h, 0);
  if (pdf.y + height > pdf.page.height - pdf.page.margins.bottom) pdf.addPage();
  writeHeatMapImage(pdf, b, left);
  writeRuns(pdf, [{ text: b.title, bold: false, italic: true, href: null }], BODY - 1, indent);
  pdf.fontSize(CHART_FONT);
  const top = pdf.y;
  const centred = (text: string, x: number, y: number, w: number, font = 'Helvetica') =>
    pdf.font(font).fillColor('black').text(text, x, y, { width: w, align: 'center' });
  [...b.columns.map((c) => c.label), 'Questions'].forEach((label, i) => {
    const x = left + labelW + cellW * i;
    const colour = b.columns[i]?.colour;
    if (colour) pdf.rect(x + 2, top + 2, SWATCH, SWATCH).fillAndStroke(colour, colour);
    centred(label, x + (colour ? SWATCH + 2 : 1), top + 2, cellW - (colour ? SWATCH + 4 : 2), 'Helvetica-Bold');
  });
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
      pdf.rect(left + labelW, y, cellW * (b.columns.length + 1), h).fillAndStroke('#ffffff', GRID);
      pdf
        .font('Helvetica-Oblique')
        .fillColor('#475569')
        .text(b.emptyRow, left + labelW + 4, middle);
    } else {
      [...r.counts, r.total].forEach((count, i) => {
        const x = left + labelW + cellW * i;
        pdf.rect(x, y, cellW, h).fillAndStroke('#ffffff', GRID);
        centred(String(count), x, middle, cellW, i === r.counts!.length ? 'Helvetica-Bold' : 'Helvetica');
      });
    }
    y += h;
  });
  pdf.fillColor('black').strokeColor('black');
  pdf.x = pdf.page.margins.left;
  pdf.y = y + 4;
  pdf.moveDown(0.4);
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
