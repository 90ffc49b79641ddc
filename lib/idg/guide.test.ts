import { describe, expect, it } from 'vitest';
import { checklistAreas } from './checklist';
import { ZGlossaryResponseSchema, ZGuideAreaResponseSchema } from '../contracts/guide';
import { highlightRuns, searchGlossary } from './glossary-search';
import { GUIDE_VERSION, glossary, goodPractices, guideChapter, relatedChapters } from './guide';

describe('the guide at hand', () => {
  it('has a chapter with text and good practices for every checklist area', () => {
    for (const area of checklistAreas) {
      const chapter = guideChapter(area.id);
      expect(chapter, area.id).toBeDefined();
      expect(chapter!.blocks.filter((b) => b.kind === 'paragraph').length, area.id).toBeGreaterThan(3);
      const practices = goodPractices(area.id);
      expect(practices?.practices.length, area.id).toBeGreaterThan(0);
      for (const p of practices!.practices) expect(p.text.trim()).not.toBe('');
    }
  });

  it('finds the right chapters: key factor 3 is Part II 3.3 Transparency, gender equality is chapter 5', () => {
    expect(guideChapter('transparency')).toMatchObject({ reference: 'Part II, 3.3', title: 'TRANSPARENCY' });
    expect(guideChapter('gender-diversity')?.reference).toBe('Part II, 5');
    expect(guideChapter('customs-to-customs')?.reference).toBe('Part II, 4.3');
    expect(guideChapter('nope')).toBeUndefined();
  });

  it('shows Part II 4.2 and 4.5, which have no area, with every collective-action area and no other', () => {
    for (const area of checklistAreas) {
      const related = relatedChapters(area.id);
      if (area.group !== 'collective-action') {
        expect(related, area.id).toEqual([]);
        continue;
      }
      expect(related.map((c) => `${c.reference} ${c.title}`)).toEqual([
        'Part II, 4.2 Cooperation with other government agencies',
        'Part II, 4.5 Cooperation with civil society organizations',
      ]);
      for (const c of related) expect(c.blocks.filter((b) => b.kind === 'paragraph').length).toBeGreaterThan(3);
    }
    expect(relatedChapters('customs-to-customs')[0]!.blocks[0]!.text).toMatch(/^The border control set-up comprises/);
  });

  it('keeps the conversion noise out: no page numbers, footnotes or markup', () => {
    for (const area of checklistAreas) {
      for (const b of [guideChapter(area.id)!, ...relatedChapters(area.id)].flatMap((c) => c.blocks)) {
        expect(b.text).not.toMatch(/^\d{1,3}$/);
        expect(b.text).not.toMatch(/\*\*|\]\(#\)|[⁰¹²³⁴⁵⁶⁷⁸⁹]/);
      }
    }
  });

  it('has a glossary of non-empty entries sorted by term', () => {
    expect(glossary.length).toBeGreaterThan(40);
    for (const e of glossary) {
      expect(e.term.trim()).not.toBe('');
      expect(e.definition.trim()).not.toBe('');
    }
    const terms = glossary.map((e) => e.term);
    expect(terms).toEqual([...terms].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' })));
  });

  it('searches the glossary by term and definition, ignoring case', () => {
    expect(searchGlossary('WHISTLE', glossary).map((e) => e.term)).toContain('Whistle-blower');
    expect(searchGlossary('', glossary).length).toBe(glossary.length);
    expect(searchGlossary('zzzz-no-such-thing', glossary)).toEqual([]);
  });

  it('splits text into highlighted runs that keep the original letters', () => {
    expect(highlightRuns('Risk and risk management', 'RISK')).toEqual([
      { text: 'Risk', match: true },
      { text: ' and ', match: false },
      { text: 'risk', match: true },
      { text: ' management', match: false },
    ]);
    expect(highlightRuns('abc', '')).toEqual([{ text: 'abc', match: false }]);
  });

  it('fits the contract of the panel’s routes, under a version of the texts', () => {
    for (const area of checklistAreas) {
      const body = {
        chapter: guideChapter(area.id),
        related: relatedChapters(area.id),
        practices: goodPractices(area.id),
      };
      expect(ZGuideAreaResponseSchema.safeParse(body).success, area.id).toBe(true);
    }
    expect(ZGlossaryResponseSchema.safeParse({ entries: glossary }).success).toBe(true);
    expect(GUIDE_VERSION).toMatch(/^[0-9a-f]{16}$/);
  });
});
