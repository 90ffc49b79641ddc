import type { TExportDocument, TDocBlock, THeatMapBlock } from './document';
import { cellShare, heatFill, heatInk, heatMapNumbers } from './heat-map';
import type { TBlock, TRun } from './rich-text';

// The HTML preview of an export. Every piece of user text passes through escapeHtml and every
// link target is one rich-text.ts already checked to be http(s)/mailto, so what anyone typed shows
// as literal text; the route also serves it with a CSP that forbids scripts.

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text safe to place in HTML content or a quoted attribute. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

function runHtml(r: TRun): string {
  let html = escapeHtml(r.text).replace(/\n/g, '<br>');
  if (r.bold) html = `<strong>${html}</strong>`;
  if (r.italic) html = `<em>${html}</em>`;
  return r.href ? `<a href="${escapeHtml(r.href)}" rel="noopener noreferrer nofollow">${html}</a>` : html;
}

const LABEL_W = 440;
const CELL_W = 96;
const ROW_H = 24;
const HEAD_H = 44;
const HEAD_LINE_CHARS = 13;

// A column header as lines short enough for its cell, words kept whole.
function headerLines(label: string): string[] {
  return label.split(' ').reduce<string[]>((lines, word) => {
    const last = lines.at(-1);
    if (last !== undefined && `${last} ${word}`.length <= HEAD_LINE_CHARS) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
    return lines;
  }, []);
}

/** The heat map as an SVG image with its numbers in the cells, described for screen readers by its title. */
export function heatMapSvg(b: THeatMapBlock): string {
  const width = LABEL_W + CELL_W * (b.columns.length + 1);
  const height = HEAD_H + ROW_H * b.rows.length;
  const text = (x: number, y: number, s: string, attrs = '') =>
    `<text x="${x}" y="${y}" ${attrs}>${escapeHtml(s)}</text>`;
  const head = [...b.columns.map((c) => c.label), 'Questions'].map((label, i) => {
    const lines = headerLines(label);
    const x = LABEL_W + CELL_W * i + CELL_W / 2;
    const spans = lines.map(
      (line, n) => `<tspan x="${x}" y="${HEAD_H - 8 - 14 * (lines.length - 1 - n)}">${escapeHtml(line)}</tspan>`,
    );
    return `<text text-anchor="middle" font-weight="bold">${spans.join('')}</text>`;
  });
  const rows = b.rows.map((r, n) => {
    const y = HEAD_H + ROW_H * n;
    const label = text(4, y + 16, r.label);
    if (!r.counts)
      return `${label}<rect x="${LABEL_W}" y="${y}" width="${CELL_W * (b.columns.length + 1)}" height="${ROW_H}" fill="#f1f5f9" stroke="#cbd5e1"/>${text(LABEL_W + 8, y + 16, b.emptyRow, 'font-style="italic" fill="#475569"')}`;
    const cells = r.counts.map((count, i) => {
      const share = cellShare(count, r.total);
      const x = LABEL_W + CELL_W * i;
      return `<rect x="${x}" y="${y}" width="${CELL_W}" height="${ROW_H}" fill="${heatFill(b.columns[i]!.colour, share)}" stroke="#cbd5e1"/>${text(x + CELL_W / 2, y + 16, String(count), `text-anchor="middle" fill="${heatInk(share)}"`)}`;
    });
    const x = LABEL_W + CELL_W * r.counts.length;
    return `${label}${cells.join('')}<rect x="${x}" y="${y}" width="${CELL_W}" height="${ROW_H}" fill="#ffffff" stroke="#cbd5e1"/>${text(x + CELL_W / 2, y + 16, String(r.total), 'text-anchor="middle" font-weight="bold"')}`;
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="${escapeHtml(b.title)}" viewBox="0 0 ${width} ${height}" width="100%" font-family="system-ui,sans-serif" font-size="12">${head.join('')}${rows.join('')}</svg>`;
}

/** The heat map as a figure, its numbers also in a table beside it for those who cannot see the image. */
function heatMapHtml(b: THeatMapBlock): string {
  return `<figure>${heatMapSvg(b)}<figcaption>${escapeHtml(b.title)}</figcaption></figure>${blockHtml({ kind: 'table', ...heatMapNumbers(b) })}`;
}

function blockHtml(b: TBlock | TDocBlock): string {
  switch (b.kind) {
    case 'heading':
      return `<h${b.level}>${b.runs.map(runHtml).join('')}</h${b.level}>`;
    case 'paragraph':
      return `<p>${b.runs.map(runHtml).join('')}</p>`;
    case 'list': {
      const tag = b.ordered ? 'ol' : 'ul';
      return `<${tag}>${b.items.map((item) => `<li>${item.map(blockHtml).join('')}</li>`).join('')}</${tag}>`;
    }
    case 'table': {
      const cellHtml = (c: string) => escapeHtml(c).replace(/\n/g, '<br>');
      const rowHtml = (r: string[], i: number) =>
        b.bands?.includes(i)
          ? `<tr><th scope="rowgroup" colspan="${b.header.length}">${cellHtml(r[0] ?? '')}</th></tr>`
          : `<tr>${r.map((c) => `<td>${cellHtml(c)}</td>`).join('')}</tr>`;
      return `<table><thead><tr>${b.header.map((h) => `<th scope="col">${escapeHtml(h)}</th>`).join('')}</tr></thead><tbody>${b.rows
        .map(rowHtml)
        .join('')}</tbody></table>`;
    }
    case 'heatMap':
      return heatMapHtml(b);
    case 'pageBreak':
      return '<hr>';
  }
}

const STYLE =
  'body{font-family:system-ui,sans-serif;max-width:60rem;margin:1rem auto;padding:0 1rem;line-height:1.5;color:#0f172a}table{border-collapse:collapse;width:100%;margin:.5rem 0}th,td{border:1px solid #cbd5e1;padding:.25rem .5rem;text-align:left;vertical-align:top}a{color:#1d4ed8}';

/** A whole document as a standalone HTML page (the report preview). */
export function documentHtml(doc: TExportDocument): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(doc.title)}</title><style>${STYLE}</style></head><body><main><h1>${escapeHtml(doc.title)}</h1><p>${escapeHtml(doc.subtitle)}</p>${doc.credit ? `<p><small>${escapeHtml(doc.credit)}</small></p>` : ''}${doc.blocks.map(blockHtml).join('\n')}</main></body></html>`;
}
