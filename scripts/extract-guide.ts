// Dev-time only: reads the guide's full text (lib/idg/data/integrity-development-guide-2021.txt,
// the project's copy, which tests also check quotes against) and writes the parts the checklist's
// guide panel shows into lib/idg/data/: each area's own chapter (Part II), the chapters on
// collective action that have no area of their own, the good practices of WCO Members (Annex 2)
// and the glossary (Annex 1).
// The JSON is committed; the app never reads the text at run time. Run: node --import tsx scripts/extract-guide.ts
import fs from 'node:fs';
import path from 'node:path';

const SOURCE = path.resolve(process.argv[2] ?? 'lib/idg/data/integrity-development-guide-2021.txt');
const OUT = path.resolve('lib/idg/data');

/** Each checklist area: the heading its chapter starts at in Part II, and its Annex 2 section number. */
const AREAS: { areaId: string; chapter: string; practices: number }[] = [
  { areaId: 'leadership-commitment', chapter: '3.1. LEADERSHIP AND COMMITMENT', practices: 1 },
  { areaId: 'regulatory-framework', chapter: '3.2. REGULATORY FRAMEWORK', practices: 2 },
  { areaId: 'transparency', chapter: '3.3. TRANSPARENCY', practices: 3 },
  { areaId: 'automation', chapter: '3.4. AUTOMATION', practices: 4 },
  { areaId: 'reform-modernization', chapter: '3.5. REFORM AND MODERNIZATION', practices: 5 },
  { areaId: 'audit-investigation', chapter: '3.6. AUDIT AND INVESTIGATION', practices: 6 },
  { areaId: 'code-of-conduct', chapter: '3.7. CODE OF CONDUCT', practices: 7 },
  { areaId: 'human-resource-management', chapter: '3.8. HUMAN RESOURCE MANAGEMENT', practices: 8 },
  { areaId: 'morale-culture', chapter: '3.9. MORALE AND ORGANIZATIONAL CULTURE', practices: 9 },
  { areaId: 'private-sector', chapter: '3.10. RELATIONSHIP WITH THE PRIVATE SECTOR', practices: 10 },
  // The collective-action areas share Annex 2's section 12; gender equality is its section 11.
  {
    areaId: 'anti-corruption-authorities',
    chapter: '4.1. Cooperation with State anti-corruption authorities',
    practices: 12,
  },
  { areaId: 'customs-to-customs', chapter: '4.3. Customs-To-Customs cooperation', practices: 12 },
  { areaId: 'media-social-networks', chapter: '4.4. Role of the media and social networks', practices: 12 },
  { areaId: 'gender-diversity', chapter: '5. Gender Equality, Diversity and Integrity', practices: 11 },
];

/** Part II chapters on collective action without a checklist area: shown with the collective-action areas. */
const COLLECTIVE_ACTION = [
  '4.2. Cooperation with other government agencies',
  '4.5. Cooperation with civil society organizations',
];

/** Where each chapter ends: the next heading of the same or a higher level. */
const CHAPTER_END =
  /^(3\.\d+\. [A-Z][A-Z ]+$|4\. Collective Action|4\.\d\. |5\. Gender|III\. INTEGRITY ACTION PLANNING)/;

type TBlock = { kind: 'heading' | 'paragraph' | 'item'; text: string };

const lines = fs.readFileSync(SOURCE, 'utf8').split(/\r?\n/);

/** Strips the conversion's markup: bold/italic stars, link and underline tags, footnote marks. */
function clean(text: string): string {
  return (
    text
      .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
      .replace(/<u>|<\/u>/g, '')
      .replace(/<(https?:[^>]+)>/g, '$1')
      .replace(/\*\*([^*]+)\*\*/g, '$1')
      .replace(/\*([^*]+)\*/g, '$1')
      // A bold or italic span the page break cut in two leaves its marks unpaired.
      .replace(/\*+/g, '')
      .replace(/[⁰¹²³⁴⁵⁶⁷⁸⁹]+/g, '')
      .replace(/\s+/g, ' ')
      .trim()
  );
}

/** Page furniture of the converted PDF: page numbers, footnotes, table rules. */
function isNoise(line: string): boolean {
  const t = line.trim();
  return t === '' || /^\d{1,3}$/.test(t) || /^[⁰¹²³⁴⁵⁶⁷⁸⁹]/.test(t) || /^[-|\s]+$/.test(t);
}

function lineIndex(exact: string, from = 0): number {
  const i = lines.findIndex((l, n) => n >= from && l.trim() === exact);
  if (i < 0) throw new Error(`Heading not found: ${exact}`);
  return i;
}

/** Paragraphs of a range of lines; one that starts in lower case continues the last (a page break split it). */
function blocks(from: number, to: number, headingOf: (t: string) => boolean): TBlock[] {
  const out: TBlock[] = [];
  for (const raw of lines.slice(from, to)) {
    if (isNoise(raw)) continue;
    const text = clean(raw.replace(/^\s*[-•]\s+/, '• '));
    if (!text) continue;
    const last = out[out.length - 1];
    if (last && last.kind === 'paragraph' && /^[a-z(]/.test(text)) {
      last.text = `${last.text} ${text}`;
      continue;
    }
    if (text.startsWith('• ')) out.push({ kind: 'item', text: text.slice(2) });
    else out.push({ kind: headingOf(text) ? 'heading' : 'paragraph', text });
  }
  return out;
}

// Part II (the body, after the table of contents, which repeats the headings).
const bodyStart = lineIndex('3.1. LEADERSHIP AND COMMITMENT');
function chapterAt(heading: string) {
  const start = lineIndex(heading, bodyStart - 1);
  const end = lines.findIndex((l, n) => n > start && CHAPTER_END.test(l.trim()));
  if (end < 0) throw new Error(`No end for ${heading}`);
  const title = clean(heading.replace(/^[\d.]+\s*/, ''));
  const number = heading.match(/^[\d.]+/)![0].replace(/\.$/, '');
  return {
    reference: `Part II, ${number}`,
    title,
    blocks: blocks(start + 1, end, (t) => /^\d+(\.\d+)+\.? /.test(t) || (/^[a-z]\) [A-Z]/.test(t) && t.length < 90)),
  };
}
const chapters = AREAS.map((a) => ({ areaId: a.areaId, ...chapterAt(a.chapter) }));
const collectiveAction = COLLECTIVE_ACTION.map(chapterAt);

// Annex 2: sections "N. TITLE" up to Annex 3.
const annex2 = lineIndex('Annex 2. Examples of Good Practice by WCO Members');
const annex3 = lineIndex('Annex 3. IDG Checklist Questions');
const sectionStarts = new Map<number, number>();
for (let n = annex2; n < annex3; n++) {
  const m = /^(\d{1,2})\. [A-Z ,]+$/.exec(lines[n]!.trim());
  if (m) sectionStarts.set(Number(m[1]), n);
}
const isTopic = (t: string) => t.length < 90 && !/[.:;,)”"]$/.test(t) && /^[A-Z]/.test(t);
const practices = AREAS.map((a) => {
  const start = sectionStarts.get(a.practices);
  if (start === undefined) throw new Error(`Annex 2 section ${a.practices} not found`);
  const next = [...sectionStarts.entries()].filter(([k]) => k === a.practices + 1).map(([, v]) => v)[0] ?? annex3;
  const title = clean(lines[start]!.trim().replace(/^\d+\.\s*/, ''));
  const items: { topic: string | null; text: string }[] = [];
  let topic: string | null = null;
  for (const b of blocks(start + 1, next, isTopic)) {
    if (b.kind === 'heading') topic = b.text;
    else items.push({ topic, text: b.text });
  }
  return { areaId: a.areaId, reference: `Annex 2, ${a.practices}`, title, practices: items };
});

// Annex 1: "TERM<tab>DEFINITION<tab>SOURCE" rows up to Annex 2; a row starting with a tab continues the last.
const annex1 = lineIndex('Annex 1. IDG Glossary');
const glossary: { term: string; definition: string; source: string }[] = [];
for (const raw of lines.slice(annex1 + 1, annex2)) {
  if (isNoise(raw) || !raw.includes('\t')) continue;
  const cells = raw.split('\t').map(clean);
  if (cells[0] === 'TERM') continue;
  const last = glossary[glossary.length - 1];
  if (raw.startsWith('\t') && last) {
    last.definition = clean(`${last.definition} ${cells[1] ?? ''}`);
    if (cells[2]) last.source = clean(`${last.source} ${cells[2]}`);
    continue;
  }
  if (cells[0] && cells[1]) glossary.push({ term: cells[0], definition: cells[1], source: cells[2] ?? '' });
}
glossary.sort((a, b) => a.term.localeCompare(b.term, 'en', { sensitivity: 'base' }));

const source = 'WCO Integrity Development Guide (2021 edition)';
const write = (name: string, data: unknown) =>
  fs.writeFileSync(path.join(OUT, name), `${JSON.stringify(data, null, 1)}\n`);
write('guide-chapters.json', { source, chapters, collectiveAction });
write('good-practices.json', {
  source: `${source}, Annex 2 - Examples of Good Practice by WCO Members`,
  sections: practices,
});
write('glossary.json', { source: `${source}, Annex 1 - IDG Glossary`, entries: glossary });
console.log(
  `${chapters.length} chapters, ${practices.reduce((n, p) => n + p.practices.length, 0)} good practices, ${glossary.length} glossary entries`,
);
