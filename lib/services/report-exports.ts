import 'server-only';
import type { TDb } from '../db/client';
import { WITHHELD_ANSWER, nameScrubber } from '../domain/redaction';
import { documentDocx } from '../export/docx';
import type { TExportDocument } from '../export/document';
import { documentHtml } from '../export/html';
import { oneAtATime } from '../export/limit';
import { documentPdf } from '../export/pdf';
import { blocksText } from '../export/rich-text';
import { sheetsXlsx } from '../export/xlsx';
import { ApiError } from '../api/errors';
import { findAssessment } from './assessments';
import { listMembers } from './members';
import { loadReportData, readReportAreas } from './report-data';
import { reportDocument } from './report-document';
import { reportContentHash, reportSignoff } from './report-signoff';
import { readTermsOfReferenceFields, termsOfReferenceDocument } from './terms-of-reference';

/** A finished export: its bytes, type and file name. */
export type TExportFile = { body: Buffer | string; contentType: string; filename: string };

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

async function write(doc: TExportDocument, format: 'docx' | 'pdf' | 'html', base: string): Promise<TExportFile> {
  if (format === 'docx') return { body: await documentDocx(doc), contentType: DOCX, filename: `${base}.docx` };
  if (format === 'pdf') return { body: await documentPdf(doc), contentType: 'application/pdf', filename: `${base}.pdf` };
  return { body: documentHtml(doc), contentType: 'text/html; charset=utf-8', filename: `${base}.html` };
}

/** The assembled report document, redacted or not (for the exports and the preview). */
async function buildReport(db: TDb, assessmentId: string, redacted: boolean): Promise<TExportDocument> {
  const data = await loadReportData(db, assessmentId);
  const signoff = await reportSignoff(db, assessmentId, reportContentHash(data));
  return reportDocument(data, signoff, { redacted });
}

/** The step 6 report as DOCX, PDF or an HTML preview. */
export async function reportExport(db: TDb, assessmentId: string, format: 'docx' | 'pdf' | 'html', redacted: boolean): Promise<TExportFile> {
  return oneAtATime(async () => write(await buildReport(db, assessmentId, redacted), format, redacted ? 'integrity-assessment-report-redacted' : 'integrity-assessment-report'));
}

/** The Annex 5 terms of reference as DOCX. */
export async function termsOfReferenceExport(db: TDb, assessmentId: string, redacted: boolean): Promise<TExportFile> {
  const assessment = await findAssessment(db, assessmentId);
  if (!assessment) throw new ApiError(404, 'Assessment not found.');
  const [fields, members] = await Promise.all([readTermsOfReferenceFields(db, assessmentId), listMembers(db, assessmentId)]);
  const doc = termsOfReferenceDocument(assessment, fields, { redacted, memberNames: members.map((m) => m.name) });
  return write(doc, 'docx', redacted ? 'terms-of-reference-redacted' : 'terms-of-reference');
}

const STATUS = { 'in-place': 'In place', 'needs-improvement': 'Needs improvement', 'action-required': 'Action required', 'not-applicable': 'Not applicable' } as const;

/** The checklist answers as XLSX: one row per in-scope question; redacted, sensitive answers and names are left out. */
export async function checklistExport(db: TDb, assessmentId: string, redacted: boolean): Promise<TExportFile> {
  const assessment = await findAssessment(db, assessmentId);
  if (!assessment) throw new ApiError(404, 'Assessment not found.');
  const [areas, members] = await Promise.all([readReportAreas(db, assessment), listMembers(db, assessmentId)]);
  const scrub = redacted ? nameScrubber(members.map((m) => m.name)) : (t: string) => t;
  const rows = areas.flatMap((area) =>
    area.answers.map((a) => {
      const answer = a.sensitive && redacted ? WITHHELD_ANSWER : scrub(blocksText(a.blocks));
      const base = [area.label, a.section ?? '', a.number, a.text, a.status ? STATUS[a.status] : '', answer];
      return redacted ? base : [...base, a.sensitive ? 'Yes' : ''];
    }),
  );
  const columns = [
    { header: 'Area', width: 30 },
    { header: 'Section', width: 24 },
    { header: 'No.', width: 6 },
    { header: 'Question', width: 60 },
    { header: 'Evaluation', width: 18 },
    { header: 'Answer', width: 80 },
    ...(redacted ? [] : [{ header: 'Sensitive', width: 10 }]),
  ];
  const body = await oneAtATime(() => sheetsXlsx('IDG checklist answers', [{ name: 'Checklist answers', columns, rows }]));
  return { body, contentType: XLSX, filename: redacted ? 'checklist-answers-redacted.xlsx' : 'checklist-answers.xlsx' };
}
