import type { TExportDocument, TDocBlock } from './document';
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
    case 'table':
      return `<table><thead><tr>${b.header.map((h) => `<th scope="col">${escapeHtml(h)}</th>`).join('')}</tr></thead><tbody>${b.rows
        .map((r) => `<tr>${r.map((c) => `<td>${escapeHtml(c).replace(/\n/g, '<br>')}</td>`).join('')}</tr>`)
        .join('')}</tbody></table>`;
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
