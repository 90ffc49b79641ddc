import type * as Y from 'yjs';
import { termsOfReferenceFields } from '../idg/process';

// The layout of the report document (`assessment.<id>.report`). The sync server lets facilitators
// write it and every other member read it (access 'assessment.edit'), which is who writes both the
// step 6 report narrative and the Annex 5 terms of reference (activity 4.4: EF or LF). Every piece
// is top-level, so two facilitators typing at once never lose one side:
// - each narrative section of the report is its own XmlFragment `section:<id>` (Tiptap rich text);
// - each terms-of-reference field is its own Y.Text `tor:<key>` (plain text, one form field);
// - each section of the pre-mission report is its own Y.Text `pre-mission:<key>`, written the same way.

/** The narrative sections of the assessment report (step 6), in the order the report prints them. */
export const REPORT_SECTIONS = [
  { id: 'description', title: 'Description of the integrity assessment' },
  { id: 'scope', title: 'Scope and mode of the assessment' },
  { id: 'methodology', title: 'Methodology followed' },
  { id: 'challenges', title: 'Challenges encountered' },
  { id: 'recommendations', title: 'Recommendations and solutions' },
  { id: 'key-messages', title: 'Key messages and clear outcomes for decision-makers' },
] as const;
export type TReportSectionId = (typeof REPORT_SECTIONS)[number]['id'];

/** The top-level fragment of one narrative section. */
export function reportSectionFragmentName(id: TReportSectionId): string {
  return `section:${id}`;
}

/** One Annex 5 field: a stable key for its Y.Text and the guide's own label. */
export type TTorField = { key: string; label: string; multiline: boolean };

// Short fields of the Annex 5 header table; the rest are paragraphs.
const SHORT = new Set([
  'Programme/Project name',
  'Date',
  'Location',
  'Beneficiary',
  'Target group',
  'Funding organization',
  'Donor Member',
]);

/** The Annex 5 terms-of-reference fields, read from the guide's typed data. */
export const TOR_FIELDS: readonly TTorField[] = termsOfReferenceFields.map((label) => ({
  key: label
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, ''),
  label,
  multiline: !SHORT.has(label),
}));

/** The top-level Y.Text holding one terms-of-reference field. */
export function torTextName(key: string): string {
  return `tor:${key}`;
}

/** Every terms-of-reference field's current text, by key. */
export function readTermsOfReference(doc: Y.Doc): Record<string, string> {
  return Object.fromEntries(TOR_FIELDS.map((f) => [f.key, doc.getText(torTextName(f.key)).toJSON()]));
}

/**
 * The sections of the pre-mission report (Part II, step 1): the results of the research carried out,
 * then the objectives, inputs, expected outputs and outcomes of the assessment, and the planning of
 * the joint initiative; its agenda is the sessions' own.
 */
export const PRE_MISSION_SECTIONS = ['research', 'objectives', 'inputs', 'outputs', 'outcomes', 'planning'] as const;
export type TPreMissionSection = (typeof PRE_MISSION_SECTIONS)[number];

/** The top-level Y.Text holding one section of the pre-mission report. */
export function preMissionTextName(key: TPreMissionSection): string {
  return `pre-mission:${key}`;
}

/** Every pre-mission report section's current text, by key. */
export function readPreMissionReport(doc: Y.Doc): Record<TPreMissionSection, string> {
  return Object.fromEntries(
    PRE_MISSION_SECTIONS.map((k) => [k, doc.getText(preMissionTextName(k)).toJSON()]),
  ) as Record<TPreMissionSection, string>;
}
