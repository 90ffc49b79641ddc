import 'server-only';
import { formatDocName } from '../../collab/doc-names';
import { loadPersistedDoc } from '../../collab/persisted-doc';
import { PRE_MISSION_SECTIONS, readPreMissionReport, type TPreMissionSection } from '../../collab/report-layout';
import type { TDb } from '../../db/client';
import { heading, paragraph, run, type TDocBlock, type TExportDocument } from '../../export/document';
import type { TAssessment } from '../../contracts/assessments';
import { translatorOf } from '../../i18n/messages';
import { agendaBlocks, approvalBlocks } from './mission-blocks';
import { scrubDocument } from './report-document';
import type { TMissionRecords } from './terms-of-reference';

/** The pre-mission report as written so far, by section (from the report document). */
export async function readPreMissionSections(
  db: TDb,
  assessmentId: string,
): Promise<Record<TPreMissionSection, string>> {
  const doc = await loadPersistedDoc(db, formatDocName({ kind: 'report', assessmentId }));
  try {
    return readPreMissionReport(doc);
  } finally {
    doc.destroy();
  }
}

/**
 * The pre-mission report as an exportable document: its sections, the agenda of the assessment
 * and the approvals by senior management of both sides, with which it becomes final.
 */
export function preMissionReportDocument(
  assessment: TAssessment,
  sections: Record<TPreMissionSection, string>,
  records: TMissionRecords,
  opts: { redacted: boolean; memberNames: readonly string[] },
): TExportDocument {
  const t = translatorOf('en', 'governance');
  const blocks: TDocBlock[] = [];
  for (const key of PRE_MISSION_SECTIONS) {
    blocks.push(heading(2, t(`preMissionSection.${key}`)));
    const text = sections[key].trim();
    blocks.push(
      ...(text
        ? text.split(/\n+/).map((line) => paragraph(line))
        : [paragraph(run(t('notWritten'), { italic: true }))]),
    );
  }
  blocks.push(
    ...agendaBlocks(records.sessions, assessment.timeZone),
    ...approvalBlocks(records.approvals, opts.redacted),
  );
  const doc: TExportDocument = {
    title: t('preMissionTitle'),
    subtitle: t('preMissionSubtitle', {
      administration: assessment.administration,
      country: assessment.country,
      title: assessment.title,
      redacted: String(opts.redacted),
    }),
    blocks,
  };
  return opts.redacted ? scrubDocument(doc, opts.memberNames) : doc;
}
