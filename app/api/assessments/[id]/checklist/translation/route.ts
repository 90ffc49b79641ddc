import { readFormData } from '@/lib/api/body';
import { DomainError } from '@/lib/domain/shared/errors';
import { authedRoute, parseBody } from '@/lib/api/route';
import { validationError } from '@/lib/api/errors';
import { getDb } from '@/lib/db/client';
import {
  type TTranslationImportResponse,
  type TTranslationResponse,
  ZTranslationFileSchema,
  ZTranslationUploadSchema,
} from '@/lib/contracts/checklist';
import { readTranslationXlsxInWorker } from '@/lib/import/run-import';
import type { TTranslationRow } from '@/lib/domain/checklist/checklist-adaptation';
import { requireAccess } from '@/lib/services/access/access';
import { effectiveChecklist } from '@/lib/services/checklist/assessment-checklist';
import { importTranslation, removeTranslation } from '@/lib/services/checklist/checklist-adaptation';
import { MAX_TRANSLATION_BYTES, parseTranslationJson } from '@/lib/services/checklist/checklist-translation-file';

/** The assessment's imported translation: its language and when it came in (null without one). */
export const GET = authedRoute<{ id: string }>(async ({ params, user }) => {
  const db = getDb();
  await requireAccess(db, params.id, user, 'checklist.view');
  return { translation: (await effectiveChecklist(db, params.id)).translation } satisfies TTranslationResponse;
});

/**
 * Imports a translation (facilitators), checked question by question before anything is saved:
 * JSON `{ language, questions: [{ key, translation }], titles? }`, or multipart `file` (.json or .xlsx, as
 * the templates) with `language`. A refusal (400) names every missing, unknown or empty key.
 */
export const PUT = authedRoute<{ id: string }>(async ({ req, params, user }) => {
  const db = getDb();
  const actor = await requireAccess(db, params.id, user, 'checklist.adapt');
  let language: string | null;
  let rows: TTranslationRow[];
  if ((req.headers.get('content-type') ?? '').startsWith('multipart/form-data')) {
    const form = await readFormData(req, MAX_TRANSLATION_BYTES, 'The file is over 5 MB.');
    const file = form?.get('file');
    if (!(file instanceof File))
      throw new DomainError('translation.no_file', undefined, { fieldErrors: { file: ['Choose a file.'] } });
    // A blank language means "the file's own", which the import then checks.
    const given = form?.get('language');
    const upload = ZTranslationUploadSchema.safeParse({
      file,
      language: typeof given === 'string' && given.trim() ? given : undefined,
    });
    if (!upload.success) throw validationError(upload.error);
    const name = upload.data.file.name.toLowerCase();
    if (name.endsWith('.xlsx')) {
      rows = await readTranslationXlsxInWorker(new Uint8Array(await upload.data.file.arrayBuffer()));
      language = null;
    } else if (name.endsWith('.json')) {
      ({ language, rows } = parseTranslationJson(await upload.data.file.text()));
    } else {
      throw new DomainError('translation.wrong_type', undefined, { fieldErrors: { file: ['JSON or XLSX only.'] } });
    }
    // The form's language wins: the person importing chose it just now.
    if (upload.data.language) language = upload.data.language;
  } else {
    const body = await parseBody(req, ZTranslationFileSchema, MAX_TRANSLATION_BYTES);
    language = body.language;
    rows = [...body.questions, ...(body.titles ?? [])].map((q) => ({ key: q.key, translation: q.translation }));
  }
  return {
    translation: await importTranslation(db, actor, { language: language ?? '', rows }),
  } satisfies TTranslationImportResponse;
});

/** Removes the translation (facilitators). */
export const DELETE = authedRoute<{ id: string }>(async ({ params, user }) => {
  const db = getDb();
  const actor = await requireAccess(db, params.id, user, 'checklist.adapt');
  await removeTranslation(db, actor);
  return { translation: null } satisfies TTranslationResponse;
});
