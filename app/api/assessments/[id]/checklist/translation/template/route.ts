import { validationError } from '@/lib/api/errors';
import { authedRoute } from '@/lib/api/route';
import { ZTranslationTemplateQuerySchema } from '@/lib/contracts/checklist';
import { getDb } from '@/lib/db/client';
import { fileResponse } from '@/lib/export/response';
import { requireAccess } from '@/lib/services/access/access';
import { effectiveChecklist } from '@/lib/services/checklist/assessment-checklist';
import { translationTemplateJson, translationTemplateXlsx } from '@/lib/services/checklist/checklist-translation-file';

/**
 * The translation template for this assessment's checklist: every key with its English,
 * `?format=json|xlsx` (facilitators).
 */
export const GET = authedRoute<{ id: string }>(async ({ req, params, user }) => {
  const db = getDb();
  await requireAccess(db, params.id, user, 'checklist.adapt');
  const parsed = ZTranslationTemplateQuerySchema.safeParse({
    format: new URL(req.url).searchParams.get('format') ?? undefined,
  });
  if (!parsed.success) throw validationError(parsed.error);
  const { areas } = await effectiveChecklist(db, params.id);
  if (parsed.data.format === 'json') {
    return fileResponse({
      body: translationTemplateJson(areas),
      contentType: 'application/json; charset=utf-8',
      filename: 'checklist-translation-template.json',
    });
  }
  return fileResponse({
    body: await translationTemplateXlsx(areas),
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    filename: 'checklist-translation-template.xlsx',
  });
});
