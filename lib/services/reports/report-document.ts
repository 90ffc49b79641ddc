import { FINDING_KIND_LABELS } from '../../collab/findings-layout';
import { REPORT_SECTIONS, type TReportSectionId } from '../../collab/report-layout';
import { ADDED_MARK } from '../../domain/checklist/checklist-adaptation';
import { nameScrubber } from '../../domain/reports/redaction';
import { listInWords, unansweredQuestions } from '../../domain/reports/report-summary';
import { ROLE_NAMES, type TRole } from '../../domain/access/roles';
import { heading, paragraph, run, table, type TDocBlock, type TExportDocument } from '../../export/document';
import { hasText, mapRunText, nestHeadings } from '../../export/rich-text';
import { GUIDE_EXPORT_CREDIT } from '../../idg/checklist';
import { findMode } from '../../idg/process';
import { kpiAnnex, planAnnex } from './plan-annex';
import { reportActivities } from './report-activities';
import type { TReportData } from './report-data';
import { reportTime } from './report-time';
import { STATUS_LABELS, executiveSummary } from './executive-summary';

/** A facilitator's sign-off as the report prints it. */
export type TReportSignature = { userId: string; name: string; role: TRole; signedAt: string };

/** The latest signed version, its signatures, and whether the report changed since (needs re-sign-off). */
export type TReportSignoff = { version: number | null; signatures: TReportSignature[]; stale: boolean };

/** What a redacted copy prints for a question without an answer, or whose answer is sensitive. */
export const NO_ANSWER_REDACTED = 'No answer in this copy.';

function narrative(data: TReportData, id: TReportSectionId): TDocBlock[] {
  const blocks = data.narrative[id];
  return hasText(blocks) ? nestHeadings(blocks, 2) : [paragraph(run('Not written yet.', { italic: true }))];
}

function sectionTitle(id: TReportSectionId): string {
  return REPORT_SECTIONS.find((s) => s.id === id)!.title;
}

function results(data: TReportData, redacted: boolean): TDocBlock[] {
  const out: TDocBlock[] = [];
  for (const area of data.areas) {
    out.push(heading(3, area.label));
    const counts = Object.entries(STATUS_LABELS).map(([k, label]) => [
      label,
      area.answers.filter((a) => a.status === k).length,
    ]);
    out.push(
      table(['Evaluation', 'Questions'], [
        ...counts,
        ['Not evaluated yet', area.answers.filter((a) => a.status === null).length],
      ] as (string | number)[][]),
    );
    // Redacted, a sensitive answer reads exactly as an unanswered one: the copy says that
    // sensitive answers are left out, never which (its readers may not see the flag).
    const shown = (a: TReportData['areas'][number]['answers'][number]) => (redacted && a.sensitive ? [] : a.blocks);
    for (const a of area.answers.filter((q) => hasText(shown(q)))) {
      // The label, as the checklist page shows it: `12`, or `A1` for a question the administration added.
      out.push(paragraph(run(`${a.label}. ${a.text}`, { bold: true })));
      // The guide's own footnote, under its question as in Annex 3.
      if (a.footnote) out.push(paragraph(run(`${a.footnote.number} ${a.footnote.text}`, { italic: true })));
      out.push(
        paragraph(
          run('Evaluation: ', { italic: true }),
          a.status ? STATUS_LABELS[a.status] : 'not evaluated',
          ...(a.sensitive && !redacted ? [run(' · Sensitive: left out of redacted exports', { italic: true })] : []),
        ),
      );
      out.push(...nestHeadings(shown(a), 3));
    }
    // The questions without an answer in one line per area, not one "No answer." each. A guide
    // question is named by its number (Annex 3 has its text); an added one also by its text.
    const { missing, of } = unansweredQuestions(
      area.answers.map((a) => ({
        label: a.added ? `${a.label}. ${a.text}` : a.label,
        status: a.status,
        answered: hasText(shown(a)),
      })),
    );
    if (missing.length)
      out.push(
        paragraph(
          run(`${redacted ? NO_ANSWER_REDACTED : 'No answer yet.'} `, { italic: true }),
          `${missing.length === 1 ? 'Question' : 'Questions'} without one (${missing.length} of ${of}): ${listInWords(
            missing.map((q) => (q.status ? `${q.label} (${STATUS_LABELS[q.status].toLowerCase()})` : q.label)),
          )}.`,
        ),
      );
  }
  return out.length ? out : [paragraph(run('No areas in scope.', { italic: true }))];
}

// A cited question as the report names it: its key, and for a question the administration added
// its label and mark too, so it is never taken for one of the guide's.
function citedQuestions(data: TReportData): (keys: readonly string[]) => string {
  const added = new Map(
    data.areas.flatMap((a) => a.answers.filter((q) => q.added).map((q) => [q.key, q.label] as const)),
  );
  return (keys) => keys.map((k) => (added.has(k) ? `${k} (${added.get(k)}, ${ADDED_MARK})` : k)).join(', ');
}

function groupFindings(data: TReportData): TDocBlock[] {
  const groups = data.findings.filter((g) => g.items.length > 0);
  if (groups.length === 0) return [];
  const out: TDocBlock[] = [heading(2, 'Findings of the breakout groups')];
  const cited = citedQuestions(data);
  for (const g of groups) {
    out.push(heading(3, `${g.group}${g.areas.length ? `: ${g.areas.join('; ')}` : ''}`));
    for (const [kind, label] of Object.entries(FINDING_KIND_LABELS)) {
      const items = g.items.filter((i) => i.kind === kind);
      if (items.length === 0) continue;
      out.push(heading(4, label));
      out.push({
        kind: 'list',
        ordered: false,
        items: items.map((i) => [
          ...(hasText(i.blocks) ? nestHeadings(i.blocks, 4) : [paragraph(run('(empty)', { italic: true }))]),
          paragraph(
            run(
              `Plenary: ${i.outcome ?? 'not discussed yet'}${i.citations.length ? ` · Questions: ${cited(i.citations)}` : ''}`,
              { italic: true },
            ),
          ),
        ]),
      });
    }
  }
  return out;
}

function priorities(data: TReportData): TDocBlock[] {
  if (data.agreed.length === 0) return [paragraph(run('No priorities agreed yet.', { italic: true }))];
  const cited = citedQuestions(data);
  return [
    table(
      ['Priority', 'Activity', 'Description', 'Source questions'],
      data.agreed.map((a) => [a.priority, a.title, a.description, cited(a.sources)]),
    ),
  ];
}

function feedback(data: TReportData): TDocBlock[] {
  const f = data.feedback;
  if (f.responses === 0) return [paragraph(run('No feedback collected yet.', { italic: true }))];
  const out: TDocBlock[] = [
    paragraph(`${f.responses} response${f.responses === 1 ? '' : 's'}${f.anonymous ? ', collected anonymously' : ''}.`),
  ];
  for (const t of f.topics) {
    out.push(heading(3, `${t.title} (${t.answers.length})`));
    out.push(
      t.answers.length
        ? { kind: 'list', ordered: false, items: t.answers.map((a) => [paragraph(a.text)]) }
        : paragraph(run('No answers.', { italic: true })),
    );
  }
  return out;
}

/**
 * The report's content (everything but the sign-off and the date it was made), in the order of
 * step 6. Its unredacted form is what a sign-off's hash covers.
 */
export function reportContent(data: TReportData, redacted: boolean): TDocBlock[] {
  const a = data.assessment;
  const mode = findMode(a.mode);
  return [
    ...executiveSummary(data, narrative(data, 'key-messages')),
    { kind: 'pageBreak' },
    heading(1, `1. ${sectionTitle('description')}`),
    ...narrative(data, 'description'),
    heading(1, `2. ${sectionTitle('scope')}`),
    paragraph(run('Mode: ', { bold: true }), mode ? `${mode.name}. ${mode.description}` : String(a.mode)),
    paragraph(
      run('Scope: ', { bold: true }),
      `${a.scope === 'comprehensive' ? 'Comprehensive' : 'Targeted'}: ${data.areas.map((x) => x.label).join('; ')}`,
    ),
    ...narrative(data, 'scope'),
    heading(1, `3. ${sectionTitle('methodology')}`),
    ...narrative(data, 'methodology'),
    heading(1, '4. Activities with dates, duration and participants'),
    ...reportActivities(data, redacted),
    heading(1, '5. Results: findings and evaluations per area'),
    ...results(data, redacted),
    ...groupFindings(data),
    heading(1, '6. Agreed priorities'),
    ...priorities(data),
    heading(1, `7. ${sectionTitle('challenges')}`),
    ...narrative(data, 'challenges'),
    heading(1, `8. ${sectionTitle('recommendations')}`),
    ...narrative(data, 'recommendations'),
    heading(1, `9. ${sectionTitle('key-messages')}`),
    paragraph(run('Given in the executive summary, at the start of this report.', { italic: true })),
    heading(1, '10. Feedback on the assessment (activity 6.2)'),
    ...feedback(data),
    { kind: 'pageBreak' },
    heading(1, 'Annex A. Integrity action plan'),
    ...planAnnex(data, redacted),
    heading(1, 'Annex B. KPI metadata sheets'),
    ...kpiAnnex(data),
  ];
}

/** The whole report as an exportable document; redacted, it leaves out sensitive answers and every name. */
export function reportDocument(
  data: TReportData,
  state: TReportSignoff,
  opts: { redacted: boolean; now?: Date },
): TExportDocument {
  const a = data.assessment;
  const signoff: TDocBlock[] =
    state.version === null
      ? [paragraph(run('Not signed off yet.', { italic: true }))]
      : [
          paragraph(
            run(
              state.stale
                ? `Version ${state.version} was signed off; the report has changed since and needs to be signed off again.`
                : `Version ${state.version}, signed off as printed here.`,
              { italic: true },
            ),
          ),
          table(
            ['Signed off by', 'When'],
            state.signatures.map((s) => [
              opts.redacted ? ROLE_NAMES[s.role] : `${s.name} (${ROLE_NAMES[s.role]})`,
              reportTime(s.signedAt, a.timeZone),
            ]),
          ),
        ];
  const doc: TExportDocument = {
    title: 'Integrity assessment report',
    subtitle: `${a.administration}, ${a.country}: ${a.title}. Made ${reportTime((opts.now ?? new Date()).toISOString(), a.timeZone)}.${opts.redacted ? ' Redacted for sharing outside the administration: sensitive answers and names are left out.' : ''}`,
    credit: GUIDE_EXPORT_CREDIT,
    blocks: [...reportContent(data, opts.redacted), heading(1, 'Sign-off'), ...signoff],
  };
  return opts.redacted
    ? scrubDocument(
        doc,
        [
          ...data.members,
          ...data.sessions.flatMap((s) => s.attendees),
          ...data.activityLog.flatMap((e) => e.participants),
        ].map((p) => p.name),
      )
    : doc;
}

/** The document with every given name replaced wherever it appears in its text (titles, runs, cells). */
export function scrubDocument(doc: TExportDocument, names: readonly string[]): TExportDocument {
  const scrub = nameScrubber(names);
  const blocks = doc.blocks.map((b): TDocBlock => {
    switch (b.kind) {
      case 'table':
        return { ...b, header: b.header.map(scrub), rows: b.rows.map((r) => r.map(scrub)) };
      case 'heatMap':
        return { ...b, title: scrub(b.title), rows: b.rows.map((r) => ({ ...r, label: scrub(r.label) })) };
      case 'pageBreak':
        return b;
      default:
        return mapRunText([b], scrub)[0]!;
    }
  });
  return { ...doc, title: scrub(doc.title), subtitle: scrub(doc.subtitle), blocks };
}
