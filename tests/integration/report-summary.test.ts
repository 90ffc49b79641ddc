// The report decision-makers read first: the executive summary (every area's evaluations as a
// chart with its numbers, the agreed priorities, the key messages) before the detail, and the
// unanswered questions summarised per area, in DOCX, PDF and the HTML preview.
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TDb } from '@/lib/db/client';
import { areaLabel, checklistAreas } from '@/lib/idg/checklist';
import { NO_ANSWER_REDACTED } from '@/lib/services/reports/report-document';
import { reportExport } from '@/lib/services/reports/report-exports';
import { ADDED_QUESTION, buildExportFixture, type TFixture } from './exports-fixture';
import { docxParts, docxText, pdfText, squash } from './exports-read';
import { dbTargets, openMigrated } from './helpers/db-targets';

const KEY_MESSAGES = 'Narrative of Key messages and clear outcomes for decision-makers';
const OUT_OF_SCOPE = 'Not in the scope of this assessment';

describe.each(dbTargets())('the report summary on $name', (target) => {
  let db: TDb;
  let fx: TFixture;
  const buf = (b: Buffer | string) => (typeof b === 'string' ? Buffer.from(b) : b);
  const docx = async (redacted = false) => buf((await reportExport(db, fx.assessmentId, 'docx', redacted)).body);

  beforeAll(async () => {
    db = await openMigrated(target);
    fx = await buildExportFixture(db, {
      areas: ['transparency', 'leadership-commitment'],
      wordsPerAnswer: 20,
      planActivities: 2,
    });
  });
  afterAll(async () => {
    await db?.destroy();
    await target.cleanUp();
  });

  it('opens the DOCX with the summary: all fourteen areas by evaluation, priorities, key messages', async () => {
    const file = await docx();
    const text = await docxText(file);
    const summary = text.slice(text.indexOf('Executive summary'), text.indexOf('1. Description'));
    expect(text.indexOf('Executive summary')).toBeLessThan(text.indexOf('1. Description'));
    for (const area of checklistAreas) expect(summary).toContain(areaLabel(area));
    expect(summary.match(new RegExp(OUT_OF_SCOPE, 'g'))).toHaveLength(12);
    for (const s of ['In place', 'Needs improvement', 'Action required', 'Not applicable', 'Not evaluated yet'])
      expect(summary).toContain(s);
    expect(summary).toContain('High: Publish rulings online');
    expect(summary).toContain(KEY_MESSAGES);
    // The detail keeps its place in the guide's order and points to the summary instead of repeating it.
    const detail = text.slice(text.indexOf('1. Description'));
    expect(detail).not.toContain(KEY_MESSAGES);
    // The chart is a PNG picture with its alt text; its numbers follow in a table whose header is
    // the legend, a swatch of each evaluation's colour.
    const { document } = await docxParts(file);
    const media = Object.keys((await JSZip.loadAsync(file)).files).filter((f) => f.startsWith('word/media/'));
    expect(media).toHaveLength(1);
    expect(media[0]).toMatch(/\.png$/);
    expect(document).toMatch(/<wp:docPr [^>]*descr="Figure 1\. Evaluations of the checklist questions[^"]*heat map/);
    expect(document).toContain('<a:blip r:embed=');
    expect(document.match(/<w:shd [^>]*w:fill="(?!FFFFFF|F1F5F9)[0-9A-Fa-f]{6}"/g)).toHaveLength(5);
  });

  it('puts the chart in the PDF as an image described in words, the area names and numbers as text', async () => {
    const pdf = buf((await reportExport(db, fx.assessmentId, 'pdf', false)).body);
    const raw = pdf.toString('latin1');
    expect(raw.match(/\/Subtype \/Image/g)).toHaveLength(1);
    expect(raw).toMatch(/\/Span <<\n?\/Alt \(Figure 1\. Evaluations/);
    const text = squash(pdfText(pdf));
    expect(text.indexOf('Executivesummary')).toBeLessThan(text.indexOf(squash('1. Description')));
    for (const area of checklistAreas) expect(text).toContain(squash(areaLabel(area)));
    expect(text).toContain(squash('Figure 1. Evaluations of the checklist questions'));
    // A rectangle per cell of the numbers: 2 areas × 6 cells, and one across each of the 12 out-of-scope rows.
    expect(pdf.toString('latin1').match(/ re\n/g)?.length).toBeGreaterThanOrEqual(2 * 6 + 12);
    expect(text.match(new RegExp(squash(OUT_OF_SCOPE), 'g'))).toHaveLength(12);
  });

  it('shows the chart as an image with its numbers in a table beside it in the preview', async () => {
    const html = String((await reportExport(db, fx.assessmentId, 'html', false)).body);
    expect(html).toMatch(/<figure><svg [^>]*role="img"/);
    expect(html).toContain(`<th scope="col">Not evaluated yet</th>`);
  });

  it('summarises the unanswered questions of an area in one line, never one "No answer." each', async () => {
    const text = await docxText(await docx());
    expect(text.split('\n')).not.toContain('No answer.');
    expect(text).toContain(
      `No answer yet. Question without one (1 of 24): A1. ${ADDED_QUESTION} (Added by the administration).`,
    );
    // Redacted, the sensitive answer joins them, worded as any missing answer.
    const redacted = await docxText(await docx(true));
    expect(redacted).toContain(`${NO_ANSWER_REDACTED} Questions without one (2 of 24): 2 (needs improvement) and A1.`);
  });
});
