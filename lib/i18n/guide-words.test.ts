// The guide's words in every language: each id the guide's data has (areas, sections, Annex 4
// steps and activities, criteria, Annex 11 fields) has French and Spanish words, and English is
// the guide's own text, so the catalogue cannot drift from lib/idg's data.
import { describe, expect, it } from 'vitest';
import { areaLabel, checklistAreas, sectionLabel } from '../idg/checklist';
import {
  assessmentSteps,
  kpiMetadataFields,
  kpiSelectionCriteria,
  priorityCriteria,
  type TAssessmentStep,
} from '../idg/process';
import { stepLabel } from './domain-labels';
import {
  activityTitle,
  areaName,
  areaTitle,
  kpiCriterionWords,
  kpiFieldWords,
  priorityCriterionTitle,
  sectionName,
  withOfficialTitles,
} from './guide-words';
import { LOCALES } from './locales';
import { translatorOf } from './messages';

const activities = assessmentSteps.flatMap((s: TAssessmentStep) => s.activities);
const sections = checklistAreas.flatMap((a) => a.sections.filter((s) => s.code).map((s) => ({ areaId: a.id, s })));

/** Every key of the guide's words that the guide's data asks for, with the English it must hold. */
const expected: [string, string][] = [
  ...checklistAreas.map((a): [string, string] => [`area.${a.id}`, a.title]),
  ...sections.map(({ areaId, s }): [string, string] => [`section.${areaId}.${s.code}`, s.title!]),
  ...activities.map((a): [string, string] => [`activity.${a.code}`, a.title]),
  ...priorityCriteria.map((c): [string, string] => [`criterion.${c.id}`, c.title]),
  ...kpiSelectionCriteria.flatMap((c): [string, string][] => [
    [`kpiCriterion.${c.id}.title`, c.title],
    [`kpiCriterion.${c.id}.description`, c.description],
  ]),
  ...kpiMetadataFields.flatMap((f): [string, string][] => [
    [`kpiField.${f.key}.title`, f.title],
    [`kpiField.${f.key}.prompt`, f.prompt],
  ]),
];

describe('the guide’s words', () => {
  it.each(LOCALES)('has every guide id in %s', (locale) => {
    const t = translatorOf(locale, 'guideWords');
    const missing = expected.filter(([key]) => !t.has(key as Parameters<typeof t.has>[0]));
    expect(missing).toEqual([]);
  });

  it('holds the guide’s own text in English', () => {
    const t = translatorOf('en', 'guideWords');
    const differing = expected.filter(([key, english]) => t(key as Parameters<typeof t>[0]) !== english);
    expect(differing).toEqual([]);
  });

  it('names areas and sections in English exactly as the guide does', () => {
    const t = translatorOf('en', 'guideWords');
    for (const area of checklistAreas) {
      expect(areaName(t, area)).toBe(areaLabel(area));
      for (const section of area.sections) expect(sectionName(t, area.id, section)).toBe(sectionLabel(section));
    }
  });

  it('has the Annex 4 step titles in English as the guide gives them', () => {
    const td = translatorOf('en', 'domain');
    for (const step of assessmentSteps) expect(stepLabel(td, step.step, '')).toBe(step.title);
  });

  it('names areas, sections, activities and criteria in French', () => {
    const t = translatorOf('fr', 'guideWords');
    const transparency = checklistAreas.find((a) => a.id === 'transparency')!;
    expect(areaTitle(t, transparency)).toBe('Transparence');
    expect(areaName(t, transparency)).toBe('Facteur clé 3\u00a0: Transparence');
    expect(
      areaName(
        t,
        checklistAreas.find((a) => a.id === 'gender-diversity')!,
      ),
    ).toMatch(/^Thème transversal/);
    expect(sectionName(t, 'transparency', transparency.sections[0]!)).toBe('I. Stratégie de communication');
    expect(sectionName(t, 'transparency', { code: null, title: 'Added by the administration' })).toBe(
      'Added by the administration',
    );
    expect(activityTitle(t, '5.5', 'Operational field visits')).toBe('Visites opérationnelles sur le terrain');
    expect(priorityCriterionTitle(t, { id: 'urgency', title: 'Urgency' })).toBe('Urgence');
    expect(kpiCriterionWords(t, kpiSelectionCriteria[6]!).title).toBe('clair');
    expect(kpiFieldWords(t, kpiMetadataFields[9]!).title).toBe('Périodicité');
  });

  it('keeps the English of an id it does not know, such as a criterion an administration added', () => {
    const t = translatorOf('es', 'guideWords');
    expect(priorityCriterionTitle(t, { id: 'added-1', title: 'Local fit' })).toBe('Local fit');
    expect(activityTitle(t, '9.9', 'Unknown')).toBe('Unknown');
  });
});

describe('official titles over the project translation', () => {
  const fr = translatorOf('fr', 'guideWords');
  const transparency = checklistAreas.find((a) => a.id === 'transparency')!;

  it('names an area and a section by the official title, the rest by the project translation', () => {
    const t = withOfficialTitles(fr, {
      'area.transparency': 'Transparence officielle',
      'section.transparency.I': 'Un',
    });
    expect(areaName(t, transparency)).toMatch(/^Facteur clé 3\s:\sTransparence officielle$/);
    expect(sectionName(t, 'transparency', { code: 'I', title: 'ignored' })).toBe('I. Un');
    expect(sectionName(t, 'transparency', { code: 'II', title: 'ignored' })).toBe(
      `II. ${fr('section.transparency.II')}`,
    );
    expect(activityTitle(t, '2.3', 'English')).toBe(fr('activity.2.3'));
  });

  it('is the translator itself without official titles, English staying the guide own', () => {
    expect(withOfficialTitles(fr, {})).toBe(fr);
    expect(areaName(translatorOf('en', 'guideWords'), transparency)).toBe(areaLabel(transparency));
  });
});
