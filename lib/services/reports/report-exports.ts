import 'server-only';
import type { TDb } from '../../db/client';
import { nameScrubber } from '../../domain/reports/redaction';
import type { TExportDocument } from '../../export/document';
import { documentHtml } from '../../export/html';
import { renderPool } from '../../export/render-pool';
import { blocksText } from '../../export/rich-text';
import { DomainError } from '../../domain/shared/errors';
import { GUIDE_EXPORT_CREDIT } from '../../idg/checklist';
import { findAssessment } from '../assessments/assessments';
import { listMembers } from '../accounts/members';
import { loadReportData, readReportAreas } from './report-data';
import { reportDocument } from './report-document';
import { reportContentHash, reportSignoff } from './report-signoff';
import { listSessions } from '../workshop/sessions';
import { preMissionReportDocument, readPreMissionSections } from './pre-mission-report';
import { readTermsOfReferenceFields, termsOfReferenceDocument } from './terms-of-reference';
import { listTorApprovals } from './tor-approvals';

/** A finished export: its bytes, type and file name. */
export type TExportFile = { body: Buffer | string; contentType: string; filename: string };

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

// DOCX and PDF are rendered in the worker pool (seconds of CPU for a full report, which would
// stall live editing on the event loop); the HTML preview is string building, a few milliseconds,
// and stays here so that it never waits behind someone's PDF.
async function write(doc: TExportDocument, format: 'docx' | 'pdf' | 'html', base: string): Promise<TExportFile> {
  if (format === 'html')
    return { body: documentHtml(doc), contentType: 'text/html; charset=utf-8', filename: `${base}.html` };
  const body = await renderPool().render({ kind: 'document', format, doc });
  return format === 'docx'
    ? { body, contentType: DOCX, filename: `${base}.docx` }
    : { body, contentType: 'application/pdf', filename: `${base}.pdf` };
}

/**
 * The assembled report document, redacted or not (for the exports and the preview; bench/export.ts renders it inline).
 */
export async function assembleReport(db: TDb, assessmentId: string, redacted: boolean): Promise<TExportDocument> {
  const data = await loadReportData(db, assessmentId);
  const signoff = await reportSignoff(db, assessmentId, reportContentHash(data));
  return reportDocument(data, signoff, { redacted });
}

/** The step 6 report as DOCX, PDF or an HTML preview. */
export async function reportExport(
  db: TDb,
  assessmentId: string,
  format: 'docx' | 'pdf' | 'html',
  redacted: boolean,
): Promise<TExportFile> {
  return write(
    await assembleReport(db, assessmentId, redacted),
    format,
    redacted ? 'integrity-assessment-report-redacted' : 'integrity-assessment-report',
  );
}

/** The Annex 5 terms of reference as DOCX. */
export async function termsOfReferenceExport(db: TDb, assessmentId: string, redacted: boolean): Promise<TExportFile> {
  const assessment = await findAssessment(db, assessmentId);
  if (!assessment) throw new DomainError('assessment.not_found');
  const [fields, members, sessions, approvals] = await Promise.all([
    readTermsOfReferenceFields(db, assessmentId),
    listMembers(db, assessmentId),
    listSessions(db, assessmentId),
    listTorApprovals(db, assessmentId),
  ]);
  const doc = termsOfReferenceDocument(
    assessment,
    fields,
    { sessions, approvals },
    { redacted, memberNames: members.map((m) => m.name) },
  );
  return write(doc, 'docx', redacted ? 'terms-of-reference-redacted' : 'terms-of-reference');
}

/** The pre-mission report as DOCX: its sections, the agenda and the approvals. */
export async function preMissionReportExport(db: TDb, assessmentId: string, redacted: boolean): Promise<TExportFile> {
  const assessment = await findAssessment(db, assessmentId);
  if (!assessment) throw new DomainError('assessment.not_found');
  const [sections, members, sessions, approvals] = await Promise.all([
    readPreMissionSections(db, assessmentId),
    listMembers(db, assessmentId),
    listSessions(db, assessmentId),
    listTorApprovals(db, assessmentId),
  ]);
  const doc = preMissionReportDocument(
    assessment,
    sections,
    { sessions, approvals },
    { redacted, memberNames: members.map((m) => m.name) },
  );
  return write(doc, 'docx', redacted ? 'pre-mission-report-redacted' : 'pre-mission-report');
}

const STATUS = {
  'in-place': 'In place',
  'needs-improvement': 'Needs improvement',
  'action-required': 'Action required',
  'not-applicable': 'Not applicable',
} as const;

/**
 * The checklist answers as XLSX: one row per in-scope question. Redacted, names are left out and
 * a sensitive answer's cell is empty, as an unanswered one is: the file does not tell which
 * answers were flagged (members other than facilitators and senior management only ever get this).
 */
export async function checklistExport(db: TDb, assessmentId: string, redacted: boolean): Promise<TExportFile> {
  const assessment = await findAssessment(db, assessmentId);
  if (!assessment) throw new DomainError('assessment.not_found');
  const [areas, members] = await Promise.all([readReportAreas(db, assessment), listMembers(db, assessmentId)]);
  const scrub = redacted ? nameScrubber(members.map((m) => m.name)) : (t: string) => t;
  const rows = areas.flatMap((area) =>
    area.answers.map((a) => {
      const answer = a.sensitive && redacted ? '' : scrub(blocksText(a.blocks));
      const base = [
        area.label,
        a.section ?? '',
        a.added ? `A${a.number}` : a.number,
        a.text,
        a.status ? STATUS[a.status] : '',
        answer,
      ];
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
  const body = await renderPool().render({
    kind: 'workbook',
    title: 'IDG checklist answers',
    sheets: [{ name: 'Checklist answers', columns, rows }],
    credit: GUIDE_EXPORT_CREDIT,
  });
  return { body, contentType: XLSX, filename: redacted ? 'checklist-answers-redacted.xlsx' : 'checklist-answers.xlsx' };
}
