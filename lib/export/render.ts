import 'server-only';
import type { TExportDocument } from './document';
import type { TSheet } from './xlsx';

// The CPU-heavy half of an export, from plain data to file bytes. It takes only structured-clone
// data (no database, no Yjs document), so that the render worker (render-worker.ts) can run it
// off the event loop; bench/export.ts also runs it inline to show what that costs. Each writer
// is imported when first needed: a fresh worker asked for a DOCX need not load pdfkit and exceljs.

/** What to render: an assembled document in one of its formats, or a workbook of sheets. */
export type TRenderJob =
  | { kind: 'document'; format: 'docx' | 'pdf' | 'html'; doc: TExportDocument }
  | { kind: 'workbook'; title: string; sheets: TSheet[]; credit?: string };

/** Renders a job: the file's bytes, or the HTML text. */
export async function renderJob(job: TRenderJob): Promise<Uint8Array | string> {
  if (job.kind === 'workbook') return (await import('./xlsx')).sheetsXlsx(job.title, job.sheets, job.credit);
  switch (job.format) {
    case 'docx':
      return (await import('./docx')).documentDocx(job.doc);
    case 'pdf':
      return (await import('./pdf')).documentPdf(job.doc);
    case 'html':
      return (await import('./html')).documentHtml(job.doc);
  }
}
