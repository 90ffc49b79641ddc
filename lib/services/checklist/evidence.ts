import crypto from 'node:crypto';
import { DomainError } from '../../domain/shared/errors';
import type { TDb } from '../../db/client';
import type { EvidenceTable } from '../../db/schema';
import { checkEvidenceFile, safeFileName } from '../../domain/library/file-types';
import type { TEvidence, TEvidenceLink } from '../../contracts/checklist';
import { audit } from '../shared/audit';
import { assertQuestionInScope } from './comments';
import { deleteStoredFile, readStoredFile, storeFile } from '../shared/file-store';

type TEvidenceRow = Omit<EvidenceTable, 'assessment_id' | 'storage_key'> & { added_by_name: string };

function toEvidence(r: TEvidenceRow): TEvidence {
  return {
    id: r.id,
    questionKey: r.question_key,
    kind: r.kind,
    title: r.title,
    url: r.url,
    fileName: r.file_name,
    mimeType: r.mime_type,
    sizeBytes: r.size_bytes === null ? null : Number(r.size_bytes),
    addedBy: { id: r.added_by, name: r.added_by_name },
    createdAt: r.created_at,
  };
}

async function insertEvidence(db: TDb, row: EvidenceTable): Promise<TEvidence> {
  await db.insertInto('evidence').values(row).execute();
  await audit(db, {
    assessmentId: row.assessment_id,
    actorId: row.added_by,
    action: 'evidence.add',
    detail: { questionKey: row.question_key, kind: row.kind, title: row.title },
  });
  const user = await db.selectFrom('users').select('name').where('id', '=', row.added_by).executeTakeFirstOrThrow();
  return toEvidence({ ...row, added_by_name: user.name });
}

/** Attaches a web link to a question. */
export async function addEvidenceLink(
  db: TDb,
  assessmentId: string,
  questionKey: string,
  userId: string,
  input: TEvidenceLink,
): Promise<TEvidence> {
  await assertQuestionInScope(db, assessmentId, questionKey);
  return insertEvidence(db, {
    id: crypto.randomUUID(),
    assessment_id: assessmentId,
    question_key: questionKey,
    kind: 'link',
    title: input.title,
    url: input.url,
    file_name: null,
    storage_key: null,
    mime_type: null,
    size_bytes: null,
    added_by: userId,
    created_at: new Date().toISOString(),
  });
}

/**
 * Stores an uploaded file as evidence after checking its size, type and content; nothing is kept when a check fails.
 */
export async function addEvidenceFile(
  db: TDb,
  assessmentId: string,
  questionKey: string,
  userId: string,
  file: File,
  title: string,
): Promise<TEvidence> {
  await assertQuestionInScope(db, assessmentId, questionKey);
  // The size is checked before the bytes are read, so an oversized upload is not buffered.
  const precheck = checkEvidenceFile(file.name, file.size, new Uint8Array(await file.slice(0, 16).arrayBuffer()));
  if (!precheck.ok)
    throw new DomainError('file.refused', undefined, {
      message: precheck.error,
      fieldErrors: { file: [precheck.error] },
    });
  const bytes = new Uint8Array(await file.arrayBuffer());
  const check = checkEvidenceFile(file.name, bytes.length, bytes.subarray(0, 4096));
  if (!check.ok)
    throw new DomainError('file.refused', undefined, { message: check.error, fieldErrors: { file: [check.error] } });
  const name = safeFileName(file.name);
  const storageKey = await storeFile(assessmentId, bytes);
  try {
    return await insertEvidence(db, {
      id: crypto.randomUUID(),
      assessment_id: assessmentId,
      question_key: questionKey,
      kind: 'file',
      title: title.trim().slice(0, 200) || name,
      url: null,
      file_name: name,
      storage_key: storageKey,
      mime_type: check.mime,
      size_bytes: bytes.length,
      added_by: userId,
      created_at: new Date().toISOString(),
    });
  } catch (err) {
    await deleteStoredFile(storageKey);
    throw err;
  }
}

/** Every piece of evidence on one area's questions, oldest first. */
export async function listAreaEvidence(db: TDb, assessmentId: string, areaId: string): Promise<TEvidence[]> {
  const rows = await db
    .selectFrom('evidence')
    .innerJoin('users', 'users.id', 'evidence.added_by')
    .select([
      'evidence.id',
      'question_key',
      'kind',
      'title',
      'url',
      'file_name',
      'mime_type',
      'size_bytes',
      'added_by',
      'evidence.created_at',
      'users.name as added_by_name',
    ])
    .where('evidence.assessment_id', '=', assessmentId)
    .where('question_key', 'like', `${areaId}.%`)
    .orderBy('evidence.created_at')
    .execute();
  return rows.map(toEvidence);
}

/** A stored evidence file's bytes and how to serve them; 404 when the id is not a file of this assessment. */
export async function readEvidenceFile(db: TDb, assessmentId: string, evidenceId: string) {
  const row = await db
    .selectFrom('evidence')
    .selectAll()
    .where('id', '=', evidenceId)
    .where('assessment_id', '=', assessmentId)
    .where('kind', '=', 'file')
    .executeTakeFirst();
  if (!row?.storage_key) throw new DomainError('evidence.no_such_file');
  return {
    bytes: await readStoredFile(row.storage_key),
    fileName: row.file_name ?? 'file',
    mimeType: row.mime_type ?? 'application/octet-stream',
  };
}

/** Removes evidence; its adder or a facilitator may. Returns the question it was on. */
export async function removeEvidence(
  db: TDb,
  assessmentId: string,
  evidenceId: string,
  userId: string,
  isFacilitator: boolean,
): Promise<string> {
  const row = await db
    .selectFrom('evidence')
    .selectAll()
    .where('id', '=', evidenceId)
    .where('assessment_id', '=', assessmentId)
    .executeTakeFirst();
  if (!row) throw new DomainError('evidence.not_found');
  if (row.added_by !== userId && !isFacilitator) throw new DomainError('remove.owner_or_facilitator');
  await db.deleteFrom('evidence').where('id', '=', evidenceId).execute();
  if (row.storage_key) await deleteStoredFile(row.storage_key);
  await audit(db, {
    assessmentId,
    actorId: userId,
    action: 'evidence.remove',
    detail: { questionKey: row.question_key, title: row.title },
  });
  return row.question_key;
}
