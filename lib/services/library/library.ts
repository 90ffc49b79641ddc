import 'server-only';
import crypto from 'node:crypto';
import { DomainError } from '../../domain/shared/errors';
import type { TDb } from '../../db/client';
import type { LibraryDocumentsTable } from '../../db/schema';
import { canSeeDocument } from '../../domain/library/library-access';
import { assertCan } from '../../domain/access/assert-can';
import { can } from '../../domain/access/permissions';
import { isFacilitator } from '../../domain/access/roles';
import { audit } from '../shared/audit';
import { assertQuestionInScope } from '../checklist/comments';
import type { TMembership } from '../access/membership';
import type { TDocumentLinks, TDocumentReview, TDocumentUpdate, TLibraryDocument } from '../../contracts/library';

async function names(db: TDb, ids: (string | null)[]): Promise<Map<string, string>> {
  const wanted = [...new Set(ids.filter((x): x is string => Boolean(x)))];
  if (wanted.length === 0) return new Map();
  const rows = await db.selectFrom('users').select(['id', 'name']).where('id', 'in', wanted).execute();
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** Every document row of an assessment with its readers and links, before any visibility filter. */
async function loadAll(db: TDb, assessmentId: string, onlyId?: string): Promise<TLibraryDocument[]> {
  let q = db.selectFrom('library_documents').selectAll().where('assessment_id', '=', assessmentId);
  if (onlyId) q = q.where('id', '=', onlyId);
  const rows = await q.orderBy('created_at').orderBy('id').execute();
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const readers = await db.selectFrom('library_readers').selectAll().where('document_id', 'in', ids).execute();
  const links = await db
    .selectFrom('library_links')
    .select(['document_id', 'target'])
    .where('document_id', 'in', ids)
    .orderBy('target')
    .execute();
  const who = await names(
    db,
    rows.flatMap((r) => [r.added_by, r.reviewer_id, r.summary_by]),
  );
  const person = (id: string | null) => (id ? { id, name: who.get(id) ?? '' } : null);
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    category: r.category,
    title: r.title,
    url: r.url,
    fileName: r.file_name,
    mimeType: r.mime_type,
    sizeBytes: r.size_bytes === null ? null : Number(r.size_bytes),
    visibility: r.visibility,
    readerIds: readers.filter((x) => x.document_id === r.id).map((x) => x.user_id),
    addedBy: person(r.added_by)!,
    reviewer: person(r.reviewer_id),
    summary: r.summary,
    summaryBy: person(r.summary_by),
    summaryAt: r.summary_at,
    targets: links.filter((l) => l.document_id === r.id).map((l) => l.target),
    surveyId: r.survey_id,
    createdAt: r.created_at,
  }));
}

const visibleTo = (member: TMembership) => (d: TLibraryDocument) =>
  canSeeDocument(member, {
    visibility: d.visibility,
    addedBy: d.addedBy.id,
    reviewerId: d.reviewer?.id ?? null,
    readerIds: d.readerIds,
  });

/** The library as `member` may see it: restricted documents they may not see are left out entirely. */
export async function listDocuments(db: TDb, member: TMembership): Promise<TLibraryDocument[]> {
  assertCan(member, 'library.view', 'access.role_forbids');
  return (await loadAll(db, member.assessmentId)).filter(visibleTo(member));
}

/**
 * One document `member` may see; 404 when it does not exist or is restricted from them (its existence is not revealed).
 */
export async function getDocument(db: TDb, member: TMembership, documentId: string): Promise<TLibraryDocument> {
  const [doc] = await loadAll(db, member.assessmentId, documentId);
  if (!doc || !can(member.role, 'library.view') || !visibleTo(member)(doc))
    throw new DomainError('library.document_not_found');
  return doc;
}

/** The documents `member` may see that inform an area's questions, by question key (and the area itself). */
export async function documentsByTarget(db: TDb, member: TMembership, areaId: string): Promise<TDocumentLinks> {
  const docs = (await listDocuments(db, member)).filter((d) =>
    d.targets.some((t) => t === areaId || t.startsWith(`${areaId}.`)),
  );
  const out: TDocumentLinks = {};
  for (const d of docs)
    for (const t of d.targets)
      if (t === areaId || t.startsWith(`${areaId}.`))
        (out[t] ??= []).push({ id: d.id, title: d.title, summary: d.summary });
  return out;
}

/** Throws 400 unless every id is a member of the assessment. */
export async function assertMembers(
  db: TDb,
  assessmentId: string,
  userIds: readonly string[],
  field: string,
): Promise<void> {
  if (userIds.length === 0) return;
  const rows = await db
    .selectFrom('memberships')
    .select('user_id')
    .where('assessment_id', '=', assessmentId)
    .where('user_id', 'in', [...new Set(userIds)])
    .execute();
  if (rows.length !== new Set(userIds).size)
    throw new DomainError('library.members_only', undefined, {
      fieldErrors: { [field]: ['Not a member of this assessment.'] },
    });
}

/** Inserts a document row and its readers; the caller has checked the file or link. */
export async function insertDocument(db: TDb, row: LibraryDocumentsTable, readerIds: readonly string[]): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx.insertInto('library_documents').values(row).execute();
    for (const userId of new Set(readerIds))
      await trx.insertInto('library_readers').values({ document_id: row.id, user_id: userId }).execute();
  });
  await audit(db, {
    assessmentId: row.assessment_id,
    actorId: row.added_by,
    action: 'library.add',
    detail: { documentId: row.id, kind: row.kind, category: row.category },
  });
}

/** A fresh document row's common columns. */
export function newDocumentRow(
  member: TMembership,
  fields: Pick<LibraryDocumentsTable, 'kind' | 'category' | 'title' | 'visibility'> & Partial<LibraryDocumentsTable>,
): LibraryDocumentsTable {
  const now = new Date().toISOString();
  return {
    id: crypto.randomUUID(),
    assessment_id: member.assessmentId,
    url: null,
    file_name: null,
    storage_key: null,
    mime_type: null,
    size_bytes: null,
    added_by: member.userId,
    reviewer_id: null,
    summary: '',
    summary_by: null,
    summary_at: null,
    survey_id: null,
    created_at: now,
    updated_at: now,
    ...fields,
  };
}

/**
 * Changes a document's classification (its adder or a facilitator), or its restriction and
 * reviewer (facilitators only, who decide who reads sensitive documents and who reviews what).
 */
export async function updateDocument(
  db: TDb,
  member: TMembership,
  documentId: string,
  input: TDocumentUpdate,
): Promise<TLibraryDocument> {
  const doc = await getDocument(db, member, documentId);
  const manager = can(member.role, 'library.manage');
  if (!manager && doc.addedBy.id !== member.userId) throw new DomainError('library.change_forbidden');
  if (!manager && (input.visibility !== undefined || input.readerIds !== undefined || input.reviewerId !== undefined))
    throw new DomainError('library.manage_forbidden');
  if (input.readerIds) await assertMembers(db, member.assessmentId, input.readerIds, 'readerIds');
  if (input.reviewerId) await assertMembers(db, member.assessmentId, [input.reviewerId], 'reviewerId');
  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable('library_documents')
      .set({
        ...(input.title !== undefined ? { title: input.title } : {}),
        ...(input.category !== undefined ? { category: input.category } : {}),
        ...(input.visibility !== undefined ? { visibility: input.visibility } : {}),
        ...(input.reviewerId !== undefined ? { reviewer_id: input.reviewerId } : {}),
        updated_at: new Date().toISOString(),
      })
      .where('id', '=', documentId)
      .execute();
    if (input.readerIds) {
      await trx.deleteFrom('library_readers').where('document_id', '=', documentId).execute();
      for (const userId of new Set(input.readerIds))
        await trx.insertInto('library_readers').values({ document_id: documentId, user_id: userId }).execute();
    }
  });
  await audit(db, {
    assessmentId: member.assessmentId,
    actorId: member.userId,
    action: 'library.update',
    detail: { documentId, fields: Object.keys(input) },
  });
  return getDocument(db, member, documentId);
}

/** Records the reviewer's summary and what the document informs; the assigned reviewer or a facilitator. */
export async function saveReview(
  db: TDb,
  member: TMembership,
  documentId: string,
  input: TDocumentReview,
): Promise<TLibraryDocument> {
  const doc = await getDocument(db, member, documentId);
  if (doc.reviewer?.id !== member.userId && !isFacilitator(member.role))
    throw new DomainError('library.summary_forbidden');
  const row = await db
    .selectFrom('assessments')
    .select('areas')
    .where('id', '=', member.assessmentId)
    .executeTakeFirstOrThrow();
  const areas = new Set(JSON.parse(row.areas) as string[]);
  const targets = [...new Set(input.targets)];
  const links: { target: string; area_id: string }[] = [];
  for (const [i, target] of targets.entries()) {
    if (!target.includes('.')) {
      if (!areas.has(target))
        throw new DomainError('validation.failed', undefined, {
          fieldErrors: { [`targets.${i}`]: ['This area is not in the assessment’s scope.'] },
        });
      links.push({ target, area_id: target });
    } else {
      await assertQuestionInScope(db, member.assessmentId, target).catch(() => {
        throw new DomainError('validation.failed', undefined, {
          fieldErrors: { [`targets.${i}`]: ['No such question in this assessment.'] },
        });
      });
      links.push({ target, area_id: target.split('.')[0]! });
    }
  }
  const now = new Date().toISOString();
  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable('library_documents')
      .set({ summary: input.summary, summary_by: member.userId, summary_at: now, updated_at: now })
      .where('id', '=', documentId)
      .execute();
    await trx.deleteFrom('library_links').where('document_id', '=', documentId).execute();
    for (const l of links)
      await trx
        .insertInto('library_links')
        .values({ document_id: documentId, assessment_id: member.assessmentId, ...l })
        .execute();
  });
  await audit(db, {
    assessmentId: member.assessmentId,
    actorId: member.userId,
    action: 'library.review',
    detail: { documentId, targets: targets.length },
  });
  return getDocument(db, member, documentId);
}
