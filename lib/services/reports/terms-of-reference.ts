import 'server-only';
import { formatDocName } from '../../collab/doc-names';
import { loadPersistedDoc } from '../../collab/persisted-doc';
import { TOR_FIELDS, readTermsOfReference } from '../../collab/report-layout';
import type { TDb } from '../../db/client';
import { WITHHELD_NAME } from '../../domain/reports/redaction';
import { heading, paragraph, run, table, type TDocBlock, type TExportDocument } from '../../export/document';
import type { TAssessment } from '../../contracts/assessments';
import type { TTorApproval } from '../../contracts/reports';
import type { TWorkshopSession } from '../../contracts/sessions';
import { GUIDE_EXPORT_CREDIT } from '../../idg/checklist';
import { agendaBlocks, approvalBlocks } from './mission-blocks';
import { scrubDocument } from './report-document';

// Annex 5's fields that exist to name people: a redacted copy leaves them out whole, since the
// people named there need not be members whose names the scrubber knows.
const PEOPLE_FIELDS = new Set(['experts', 'wco-secretariat-contact', 'wco-member-contacts-name-position-email-phone']);

/** The terms of reference as written so far, by field key (from the report document). */
export async function readTermsOfReferenceFields(db: TDb, assessmentId: string): Promise<Record<string, string>> {
  const doc = await loadPersistedDoc(db, formatDocName({ kind: 'report', assessmentId }));
  try {
    return readTermsOfReference(doc);
  } finally {
    doc.destroy();
  }
}

/** What the terms of reference print beside their fields: the sessions' agenda and the approvals. */
export type TMissionRecords = { sessions: readonly TWorkshopSession[]; approvals: readonly TTorApproval[] };

/**
 * The Annex 5 terms of reference as an exportable document: the short fields as a table, the rest
 * as sections, then the agenda of the assessment and the approvals by senior management of both sides.
 */
export function termsOfReferenceDocument(
  assessment: TAssessment,
  fields: Record<string, string>,
  records: TMissionRecords,
  opts: { redacted: boolean; memberNames: readonly string[] },
): TExportDocument {
  const value = (key: string) => (opts.redacted && PEOPLE_FIELDS.has(key) ? WITHHELD_NAME : (fields[key] ?? '').trim());
  const short = TOR_FIELDS.filter((f) => !f.multiline);
  const blocks: TDocBlock[] = [
    table(
      ['Field', 'Value'],
      short.map((f) => [f.label, value(f.key) || '—']),
    ),
  ];
  for (const f of TOR_FIELDS.filter((x) => x.multiline)) {
    blocks.push(heading(2, f.label));
    const text = value(f.key);
    blocks.push(
      ...(text
        ? text.split(/\n+/).map((line) => paragraph(line))
        : [paragraph(run('Not written yet.', { italic: true }))]),
    );
  }
  blocks.push(
    ...agendaBlocks(records.sessions, assessment.timeZone),
    ...approvalBlocks(records.approvals, opts.redacted),
  );
  const doc: TExportDocument = {
    title: 'Terms of reference: integrity assessment mission',
    subtitle: `${assessment.administration}, ${assessment.country}: ${assessment.title}. Annex 5 of the WCO Integrity Development Guide.${opts.redacted ? ' Redacted: names are left out.' : ''}`,
    credit: GUIDE_EXPORT_CREDIT,
    blocks,
  };
  return opts.redacted ? scrubDocument(doc, opts.memberNames) : doc;
}
