import 'server-only';
import {
  AlignmentType,
  Document,
  ExternalHyperlink,
  HeadingLevel,
  ImageRun,
  LevelFormat,
  Packer,
  PageBreak,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { TDocBlock, TExportDocument, THeatMapBlock } from './document';
import { heatMapAltText, heatMapNumbers } from './heat-map';
import { heatMapPng } from './heat-map-image';
import type { TBlock, TRun } from './rich-text';

// DOCX writer. User text only ever enters as the `text` of a TextRun (the docx library writes it
// as an escaped XML text node) or a cell's paragraph; nothing is passed as raw XML.

const HEADINGS = [
  HeadingLevel.HEADING_1,
  HeadingLevel.HEADING_2,
  HeadingLevel.HEADING_3,
  HeadingLevel.HEADING_4,
  HeadingLevel.HEADING_5,
  HeadingLevel.HEADING_6,
];
const ORDERED = 'ordered-list';

type TChild = TextRun | ExternalHyperlink;

function textRuns(r: TRun, style?: string): TextRun[] {
  // A newline is a line break in Word, not a character.
  return r.text
    .split('\n')
    .map(
      (part, i) => new TextRun({ text: part, bold: r.bold, italics: r.italic, break: i > 0 ? 1 : undefined, style }),
    );
}

function runChildren(runs: readonly TRun[]): TChild[] {
  return runs.flatMap((r): TChild[] =>
    r.href ? [new ExternalHyperlink({ link: r.href, children: textRuns(r, 'Hyperlink') })] : textRuns(r),
  );
}

// Each ordered list restarts at 1: docx numbers lists of one reference by `instance`.
type TListState = { instance: number };

function blockParagraphs(b: TBlock | TDocBlock, depth: number, lists: TListState): (Paragraph | Table)[] {
  switch (b.kind) {
    case 'heading':
      return [
        new Paragraph({ heading: HEADINGS[Math.min(6, Math.max(1, b.level)) - 1], children: runChildren(b.runs) }),
      ];
    case 'paragraph':
      return [new Paragraph({ children: runChildren(b.runs) })];
    case 'list': {
      const instance = ++lists.instance;
      return b.items.flatMap((item) =>
        item.flatMap((child, i) => {
          if (child.kind === 'list') return blockParagraphs(child, depth + 1, lists);
          const runs = child.runs;
          // The item's first paragraph carries the bullet or number; later ones are indented text.
          if (i > 0) return [new Paragraph({ children: runChildren(runs), indent: { left: 720 * (depth + 1) } })];
          return [
            new Paragraph({
              children: runChildren(runs),
              ...(b.ordered
                ? { numbering: { reference: ORDERED, level: Math.min(depth, 8), instance } }
                : { bullet: { level: Math.min(depth, 8) } }),
            }),
          ];
        }),
      );
    }
    case 'table':
      return [tableOf(b.header, b.rows, b.bands)];
    case 'heatMap':
      return heatMapFigure(b);
    case 'pageBreak':
      return [new Paragraph({ children: [new PageBreak()] })];
  }
}

function cell(text: string, bold: boolean, columnSpan?: number): TableCell {
  return new TableCell({
    columnSpan,
    children: text.split('\n').map((line) => new Paragraph({ children: [new TextRun({ text: line, bold })] })),
  });
}

// A band (an outcome or objective of the plan) is one bold cell across the table.
function tableOf(header: readonly string[], rows: readonly string[][], bands: readonly number[] = []): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: header.map((h) => cell(h, true)) }),
      ...rows.map(
        (r, i) =>
          new TableRow({
            children: bands.includes(i) ? [cell(r[0] ?? '', true, header.length)] : r.map((c) => cell(c, false)),
          }),
      ),
    ],
  });
}

// The column header of the numbers table doubles as the chart's legend: a swatch of the column's
// colour carrying its label (white on the full colour, as the darkest cells are).
function swatchCell(text: string, colour: string): TableCell {
  return new TableCell({
    shading: { type: ShadingType.CLEAR, color: 'auto', fill: colour.slice(1) },
    children: [new Paragraph({ children: [new TextRun({ text, bold: true, color: 'FFFFFF' })] })],
  });
}

// Shown at three quarters of its pixel size: it is drawn larger so that it stays sharp in print.
const IMAGE_SCALE = 0.75;

// The heat map as a picture of its shaded cells (alt text says what it shows), its caption, and
// right after it the numbers as a table whose header is the legend: the numbers stay text.
function heatMapFigure(b: THeatMapBlock): (Paragraph | Table)[] {
  const image = heatMapPng(b);
  const numbers = heatMapNumbers(b);
  const header = new TableRow({
    tableHeader: true,
    children: [
      cell(b.rowHeader, true),
      ...b.columns.map((c) => swatchCell(c.label, c.colour)),
      cell(numbers.header.at(-1)!, true),
    ],
  });
  const rows = b.rows.map((r, n) =>
    r.counts
      ? new TableRow({ children: numbers.rows[n]!.map((c, i) => cell(c, i === numbers.header.length - 1)) })
      : new TableRow({
          children: [
            cell(r.label, false),
            new TableCell({
              columnSpan: b.columns.length + 1,
              children: [new Paragraph({ children: [new TextRun({ text: b.emptyRow, italics: true })] })],
            }),
          ],
        }),
  );
  return [
    new Paragraph({
      children: [
        new ImageRun({
          type: 'png',
          data: image.png,
          transformation: { width: image.width * IMAGE_SCALE, height: image.height * IMAGE_SCALE },
          altText: { name: b.title, title: b.title, description: heatMapAltText(b) },
        }),
      ],
    }),
    new Paragraph({ children: [new TextRun({ text: b.title, italics: true, size: 18 })] }),
    new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: [header, ...rows] }),
  ];
}

/** Writes a document as a DOCX file. */
export async function documentDocx(doc: TExportDocument): Promise<Buffer> {
  const lists: TListState = { instance: 0 };
  const file = new Document({
    creator: 'IDG Workshop',
    title: doc.title,
    numbering: {
      config: [
        {
          reference: ORDERED,
          levels: Array.from({ length: 9 }, (_, level) => ({
            level,
            format: LevelFormat.DECIMAL,
            text: `%${level + 1}.`,
            alignment: AlignmentType.START,
            style: { paragraph: { indent: { left: 720 * (level + 1), hanging: 360 } } },
          })),
        },
      ],
    },
    sections: [
      {
        children: [
          new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun({ text: doc.title })] }),
          new Paragraph({ children: [new TextRun({ text: doc.subtitle, italics: true })] }),
          ...(doc.credit
            ? [new Paragraph({ children: [new TextRun({ text: doc.credit, italics: true, size: 18 })] })]
            : []),
          ...doc.blocks.flatMap((b) => blockParagraphs(b, 0, lists)),
        ],
      },
    ],
  });
  return Packer.toBuffer(file);
}
