// Every export of a fully answered assessment, read back: DOCX, PDF, XLSX and the HTML preview,
// full and redacted; user text stays literal text everywhere; sign-off versions; the survey.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { formatDocName } from '@/lib/collab/doc-names';
import { reportSectionFragmentName } from '@/lib/collab/report-layout';
import type { TDb } from '@/lib/db/client';
import { setFeedbackSettings, submitFeedback } from '@/lib/services/reports/feedback';
import { reportStatus, signOffReport } from '@/lib/services/reports/report';
import { CREDIT_SHEET } from '@/lib/export/xlsx';
import { GUIDE_EXPORT_CREDIT, findQuestion } from '@/lib/idg/checklist';
import { actionPlanColumns } from '@/lib/idg/process';
import { NO_ANSWER_REDACTED } from '@/lib/services/reports/report-document';
import { checklistExport, reportExport, termsOfReferenceExport } from '@/lib/services/reports/report-exports';
import {
  ADDED_QUESTION,
  INJECTIONS,
  INTERVIEWEE,
  LOGGED_ACTIVITY,
  PEOPLE,
  SENSITIVE_TEXT,
  buildExportFixture,
  type TFixture,
} from './exports-fixture';
import { docxParts, docxText, pdfText, squash, xlsxRows } from './exports-read';
import { dbTargets, openMigrated } from './helpers/db-targets';

const NAME_PARTS = [...PEOPLE, { name: INTERVIEWEE }].flatMap((p) => [p.name, ...p.name.split(' ')]);

describe.each(dbTargets())('exports on $name', (target) => {
  let db: TDb;
  let fx: TFixture;
  const buf = (b: Buffer | string) => (typeof b === 'string' ? Buffer.from(b) : b);

  beforeAll(async () => {
    db = await openMigrated(target);
    fx = await buildExportFixture(db, {
      areas: ['transparency', 'leadership-commitment'],
      wordsPerAnswer: 40,
      planActivities: 3,
    });
  });
  afterAll(async () => {
    await db?.destroy();
    await target.cleanUp();
  });

  it('writes the full report as DOCX with headings, lists, bold, italic and links, user text as text', async () => {
    const file = buf((await reportExport(db, fx.assessmentId, 'docx', false)).body);
    const text = await docxText(file);
    for (const s of [
      'Integrity assessment report',
      'Current practice',
      'First bullet',
      'Step two',
      'the code',
      SENSITIVE_TEXT,
      'Ana Pérez',
      'Kick-off plenary',
      'Findings of the breakout groups',
      'Strong declaration regime',
      'Plenary: agreed',
      'Publish rulings online',
      'Integrity (anticorruption) compliance rate',
      'Good impact',
    ])
      expect(text).toContain(s);
    for (const s of INJECTIONS) expect(text).toContain(s);
    const { document, rels } = await docxParts(file);
    expect(document).toMatch(/<w:pStyle w:val="Heading\d"\/>/);
    expect(document).toContain('<w:b/>');
    expect(document).toContain('<w:i/>');
    expect(document).toContain('<w:numPr>');
    expect(document).toContain('<w:hyperlink');
    expect(rels).toContain('https://example.org/code');
    // The strings arrive escaped, never as markup.
    expect(document).not.toContain('<script>');
    expect(document).not.toContain('<img');
  });

  it('writes the full report as PDF with every answer and the user text literal', async () => {
    const pdf = buf((await reportExport(db, fx.assessmentId, 'pdf', false)).body);
    const text = squash(pdfText(pdf));
    for (const s of ['Current practice', 'First bullet', SENSITIVE_TEXT, 'AnaPérez', ...INJECTIONS])
      expect(text).toContain(squash(s));
    // Links are link annotations to the typed URL.
    expect(pdf.toString('latin1')).toContain('/URI (https://example.org/code)');
  });

  it('lists the step 3 and 4 activity log beside the sessions, with its date and participants, in DOCX and PDF', async () => {
    const docx = await docxText(buf((await reportExport(db, fx.assessmentId, 'docx', false)).body));
    const section = docx.slice(docx.indexOf('4. Activities with dates'), docx.indexOf('5. Results'));
    expect(section).toContain('Kick-off plenary');
    expect(section).toContain('Activity log of steps 3 and 4');
    expect(section).toContain(`Interview: ${LOGGED_ACTIVITY}`);
    expect(section).toContain('2026-03-04');
    expect(section).toContain('Ana Pérez (Internal contributor)');
    expect(section).toContain('Samuel Lindqvist (Senior management)');
    expect(section).toContain(INTERVIEWEE);
    // A workshop session is listed once, in the sessions table, not again in the log.
    expect(section.match(/Kick-off plenary/g)).toHaveLength(1);
    const pdf = squash(pdfText(buf((await reportExport(db, fx.assessmentId, 'pdf', false)).body)));
    for (const s of ['Activity log of steps 3 and 4', LOGGED_ACTIVITY, '2026-03-04', 'Samuel Lindqvist', INTERVIEWEE])
      expect(pdf).toContain(squash(s));
  });

  it('counts the activity log participants in a redacted report instead of naming them', async () => {
    for (const format of ['docx', 'pdf'] as const) {
      const body = buf((await reportExport(db, fx.assessmentId, format, true)).body);
      const text = squash(format === 'docx' ? await docxText(body) : pdfText(body));
      expect(text).toContain(squash(LOGGED_ACTIVITY));
      expect(text).toContain(
        squash('2: 1 Internal contributor, 1 Senior management; others taking part, not named in this copy'),
      );
      for (const name of NAME_PARTS) expect(text).not.toContain(squash(name));
    }
  });

  it('prints an added question with its label A1 and its mark, also where a finding cites it', async () => {
    const docx = await docxText(buf((await reportExport(db, fx.assessmentId, 'docx', false)).body));
    expect(docx).toContain(`A1. ${ADDED_QUESTION} (Added by the administration)`);
    expect(docx.split('\n')).not.toContain(`1. ${ADDED_QUESTION} (Added by the administration)`);
    expect(docx).toContain(
      `Questions: ${fx.addedKey.split('.')[0]}.1, ${fx.addedKey} (A1, Added by the administration)`,
    );
    const pdf = squash(pdfText(buf((await reportExport(db, fx.assessmentId, 'pdf', false)).body)));
    expect(pdf).toContain(squash(`A1. ${ADDED_QUESTION}`));
  });

  it('prints the plan annex as the table of Annex 9: outcome and objective across it, the guide columns', async () => {
    const file = buf((await reportExport(db, fx.assessmentId, 'docx', false)).body);
    const { document } = await docxParts(file);
    // The outcome and the objective rows are one cell across the seven columns.
    expect(document.match(/<w:gridSpan w:val="7"\/>/g)).toHaveLength(2);
    const lines = (await docxText(file)).split('\n');
    const header = lines.indexOf('Key Performance Indicator (KPI)');
    expect(lines.slice(header - 2, header + 5)).toEqual([...actionPlanColumns]);
    expect(lines).toContain('Outcome 1: Transparent Customs');
    expect(lines).toContain('1.1: All rulings online by 2027');
    const pdf = squash(pdfText(buf((await reportExport(db, fx.assessmentId, 'pdf', false)).body)));
    for (const s of ['Outcome 1: Transparent Customs', '1.1: All rulings online by 2027', 'Link to strategic plan'])
      expect(pdf).toContain(squash(s));
    const html = String((await reportExport(db, fx.assessmentId, 'html', false)).body);
    expect(html).toContain('<th scope="rowgroup" colspan="7">Outcome 1: Transparent Customs</th>');
  });

  it('shows user text escaped in the HTML preview', async () => {
    const html = String((await reportExport(db, fx.assessmentId, 'html', false)).body);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&quot;&gt;&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('{{7*7}}');
    expect(html).not.toMatch(/<script|<img/i);
    expect(html).toContain('<a href="https://example.org/code" rel="noopener noreferrer nofollow">the code</a>');
  });

  it('writes the checklist answers as XLSX, one row per question', async () => {
    const rows = await xlsxRows(buf((await checklistExport(db, fx.assessmentId, false)).body));
    expect(rows[0]).toEqual(['Area', 'Section', 'No.', 'Question', 'Evaluation', 'Answer', 'Sensitive']);
    expect(rows).toHaveLength(fx.questions + 1);
    expect(rows.some((r) => r[5]!.includes(INJECTIONS[0]!))).toBe(true);
    expect(rows.filter((r) => r[6] === 'Yes')).toHaveLength(2);
    expect(rows.find((r) => r[6] === 'Yes')?.[5]).toContain(SENSITIVE_TEXT);
  });

  it('credits the guide in the report (DOCX, PDF, preview), the checklist XLSX and the terms of reference', async () => {
    for (const redacted of [false, true]) {
      const docx = await docxText(buf((await reportExport(db, fx.assessmentId, 'docx', redacted)).body));
      expect(docx.split('\n').slice(0, 3)).toContain(GUIDE_EXPORT_CREDIT);
      const pdf = squash(pdfText(buf((await reportExport(db, fx.assessmentId, 'pdf', redacted)).body)));
      expect(pdf).toContain(squash(GUIDE_EXPORT_CREDIT));
      expect(String((await reportExport(db, fx.assessmentId, 'html', redacted)).body)).toContain(GUIDE_EXPORT_CREDIT);
      const xlsx = buf((await checklistExport(db, fx.assessmentId, redacted)).body);
      expect(await xlsxRows(xlsx, CREDIT_SHEET)).toEqual([[GUIDE_EXPORT_CREDIT]]);
      const tor = await docxText(buf((await termsOfReferenceExport(db, fx.assessmentId, redacted)).body));
      expect(tor).toContain(GUIDE_EXPORT_CREDIT);
    }
  });

  it('prints the guide footnote 111 right under Transparency question 1', async () => {
    const q = findQuestion('transparency.1')!;
    const lines = (await docxText(buf((await reportExport(db, fx.assessmentId, 'docx', false)).body))).split('\n');
    const at = lines.indexOf(`1. ${q.text}`);
    expect(at).toBeGreaterThan(0);
    expect(lines[at + 1]).toBe(`111 ${q.footnote!.text}`);
  });

  it('marks sensitive answers in the full report, for those who may see it', async () => {
    const text = await docxText(buf((await reportExport(db, fx.assessmentId, 'docx', false)).body));
    expect(text.match(/Sensitive: left out of redacted exports/g)).toHaveLength(2);
  });

  it('leaves the sensitive answer cell of the redacted checklist empty, with no column saying why', async () => {
    const rows = await xlsxRows(buf((await checklistExport(db, fx.assessmentId, true)).body));
    expect(rows[0]).toEqual(['Area', 'Section', 'No.', 'Question', 'Evaluation', 'Answer']);
    expect(rows).toHaveLength(fx.questions + 1);
    // The second question of each area is the sensitive one (the fixture's first area is transparency).
    const second = rows.filter((r) => r[0] === rows[1]![0])[1]!;
    expect(second[5] ?? '').toBe('');
  });

  it('writes the terms of reference as DOCX', async () => {
    const text = await docxText(buf((await termsOfReferenceExport(db, fx.assessmentId, false)).body));
    expect(text).toContain('Terms of reference');
    expect(text).toContain('Mission objective: written by Fay Okafor');
    expect(text).toContain(INJECTIONS[0]);
  });

  it('leaves every sensitive answer and every name out of every redacted export', async () => {
    const texts = [
      await docxText(buf((await reportExport(db, fx.assessmentId, 'docx', true)).body)),
      pdfText(buf((await reportExport(db, fx.assessmentId, 'pdf', true)).body)),
      String((await reportExport(db, fx.assessmentId, 'html', true)).body),
      (await xlsxRows(buf((await checklistExport(db, fx.assessmentId, true)).body))).flat().join('\n'),
      await docxText(buf((await termsOfReferenceExport(db, fx.assessmentId, true)).body)),
    ];
    for (const text of texts) {
      expect(squash(text)).not.toContain(SENSITIVE_TEXT);
      for (const name of NAME_PARTS) expect(squash(text)).not.toContain(squash(name));
    }
    // The sensitive answer is left out the way an empty one is: nothing says which answers were flagged.
    for (const text of texts) expect(text).not.toMatch(/Sensitive: left out|answer withheld|marked sensitive/i);
    expect(texts[0]).toContain(NO_ANSWER_REDACTED);
    expect(texts[0]).toContain('3: 1 External facilitator, 1 Internal contributor, 1 Senior management');
  });

  it('signs off a version, marks it stale after an edit and numbers the next one', async () => {
    await expect(
      signOffReport(db, fx.members.ana, (await reportStatus(db, fx.members.ana)).hash),
    ).rejects.toMatchObject({ status: 403 });
    const first = await reportStatus(db, fx.members.ef);
    expect(first.version).toBeNull();
    const signed = await signOffReport(db, fx.members.ef, first.hash);
    expect(signed).toMatchObject({
      version: 1,
      stale: false,
      signedByMe: true,
      signatures: [{ who: 'Fay Okafor', role: 'EF' }],
    });
    await expect(signOffReport(db, fx.members.ef, first.hash)).rejects.toMatchObject({ status: 409 });
    // Someone edits the narrative after sign-off, as the sync server would log it.
    const name = formatDocName({ kind: 'report', assessmentId: fx.assessmentId });
    const doc = new Y.Doc();
    const row = await db.selectFrom('yjs_documents').select('state').where('name', '=', name).executeTakeFirstOrThrow();
    Y.applyUpdate(doc, row.state);
    const before = Y.encodeStateVector(doc);
    doc.getXmlFragment(reportSectionFragmentName('challenges')).insert(0, [new Y.XmlElement('paragraph')]);
    (doc.getXmlFragment(reportSectionFragmentName('challenges')).get(0) as Y.XmlElement).insert(0, [
      new Y.XmlText('A late addition.'),
    ]);
    await db
      .insertInto('yjs_updates')
      .values({
        doc_name: name,
        update: Buffer.from(Y.encodeStateAsUpdate(doc, before)),
        created_at: new Date().toISOString(),
      })
      .execute();
    const stale = await reportStatus(db, fx.members.sam);
    expect(stale).toMatchObject({ version: 1, stale: true });
    expect(await docxText(buf((await reportExport(db, fx.assessmentId, 'docx', false)).body))).toContain(
      'needs to be signed off again',
    );
    await expect(signOffReport(db, fx.members.ef, first.hash)).rejects.toMatchObject({ status: 409 });
    expect(await signOffReport(db, fx.members.ef, stale.hash)).toMatchObject({ version: 2, stale: false });
  });

  it('keeps no user id in an anonymous survey, takes one answer per member, and fixes anonymity once answered', async () => {
    const rows = await db
      .selectFrom('feedback_responses')
      .select(['user_id'])
      .where('assessment_id', '=', fx.assessmentId)
      .execute();
    expect(rows).toHaveLength(2);
    expect(rows.every((r) => r.user_id === null)).toBe(true);
    await expect(submitFeedback(db, fx.members.ana, { answers: { impact: 'again' } })).rejects.toMatchObject({
      status: 409,
    });
    await expect(setFeedbackSettings(db, fx.members.ef, { open: true, anonymous: false })).rejects.toMatchObject({
      status: 409,
    });
    await expect(setFeedbackSettings(db, fx.members.ana, { open: false, anonymous: true })).rejects.toMatchObject({
      status: 403,
    });
  });
});
