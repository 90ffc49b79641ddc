import 'server-only';
import { DomainError } from '../../domain/shared/errors';
import { ZTranslationFileSchema } from '../../contracts/checklist';
import {
  type TEffectiveArea,
  type TTranslationRow,
  effectiveQuestions,
} from '../../domain/checklist/checklist-adaptation';
import { titleKeys } from '../../domain/checklist/official-titles';
import { GUIDE_CREDIT, GUIDE_EXPORT_CREDIT, areaLabel } from '../../idg/checklist';
import { sheetsXlsx } from '../../export/xlsx';

// The translation files an administration fills in: JSON `{ language, questions: [{ key, english,
// translation }], titles: [...] }` or an XLSX sheet with the columns below. Both templates carry
// every key of the assessment's effective checklist and the English to translate from, then the
// titles of its areas and sections, which may be left blank (an official translation of them is
// shown instead of the project's own; ../../domain/checklist/official-titles.ts).

const SHEET = 'Checklist translation';
const COLUMNS = [
  { header: 'Key', width: 34 },
  { header: 'Area', width: 30 },
  { header: 'No.', width: 6 },
  { header: 'English', width: 70 },
  { header: 'Translation', width: 70 },
];
/** Largest translation file accepted. */
export const MAX_TRANSLATION_BYTES = 5 * 1024 * 1024;

function templateRows(areas: readonly TEffectiveArea[]) {
  const label = new Map(areas.map((a) => [a.id, areaLabel(a)]));
  return effectiveQuestions(areas).map((q) => ({
    key: q.key,
    area: label.get(q.areaId) ?? q.areaId,
    no: q.added ? `${q.label} (added by the administration)` : q.label,
    english: q.text,
  }));
}

/** The JSON template: every key with its English and an empty translation, the titles apart. */
export function translationTemplateJson(areas: readonly TEffectiveArea[]): string {
  const questions = templateRows(areas).map((r) => ({ key: r.key, english: r.english, translation: '' }));
  const titles = titleKeys(areas).map((r) => ({ ...r, translation: '' }));
  return JSON.stringify({ source: GUIDE_CREDIT, language: '', questions, titles }, null, 1);
}

/** The XLSX template: one row per key, the Translation column to fill in; the titles last. */
export async function translationTemplateXlsx(areas: readonly TEffectiveArea[]): Promise<Buffer> {
  const titles = titleKeys(areas).map((r) => [r.key, '', 'Title (optional)', r.english, '']);
  const rows = [...templateRows(areas).map((r) => [r.key, r.area, r.no, r.english, '']), ...titles];
  return sheetsXlsx(
    `Translation of the ${GUIDE_CREDIT} checklist`,
    [{ name: SHEET, columns: COLUMNS, rows }],
    GUIDE_EXPORT_CREDIT,
  );
}

/** The rows and language of an uploaded JSON translation (the language may also come from the form). */
export function parseTranslationJson(text: string): { language: string | null; rows: TTranslationRow[] } {
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new DomainError('translation.invalid_json');
  }
  // The template's blank language means "take the one given in the form".
  const withLanguage =
    typeof body === 'object' && body !== null && 'language' in body && body.language === ''
      ? { ...body, language: undefined }
      : body;
  const parsed = ZTranslationFileSchema.partial({ language: true }).safeParse(withLanguage);
  if (!parsed.success) {
    throw new DomainError('translation.wrong_form', undefined, {
      message:
        'The file does not have the template\'s form: { "language": "fr", "questions": [{ "key": "...", "translation": "..." }] }.',
    });
  }
  return {
    language: parsed.data.language ?? null,
    rows: [...parsed.data.questions, ...(parsed.data.titles ?? [])].map((q) => ({
      key: q.key,
      translation: q.translation,
    })),
  };
}
