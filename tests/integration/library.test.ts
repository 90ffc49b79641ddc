// The background library (step 3) through its services, on every database: classification,
// restriction on list/read/download, reviews linked to questions, refused uploads, the log.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TDb } from '@/lib/db/client';
import type { TRole } from '@/lib/domain/access/roles';
import { libraryCoverage } from '@/lib/domain/library/library-coverage';
import { activityLog, addActivityEntry } from '@/lib/services/library/activity-log';
import { createAssessment } from '@/lib/services/assessments/assessments';
import {
  documentsByTarget,
  getDocument,
  listDocuments,
  saveReview,
  updateDocument,
} from '@/lib/services/library/library';
import {
  addDocumentFile,
  addDocumentLink,
  readDocumentFile,
  removeDocument,
} from '@/lib/services/library/library-files';
import type { TMembership } from '@/lib/services/access/membership';
import { createSession, recordAttendance } from '@/lib/services/workshop/sessions';
import { ZSessionInputSchema } from '@/lib/contracts/sessions';
import { createUser } from '@/lib/services/accounts/users';
import { dbTargets, openMigrated } from './helpers/db-targets';

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'idg-library-'));
process.env.DATA_DIR = dataDir;
const storedFiles = () =>
  fs.existsSync(path.join(dataDir, 'files'))
    ? fs.readdirSync(path.join(dataDir, 'files'), { recursive: true }).filter((f) => String(f).includes('/'))
    : [];
const pdf = (name = 'plan.pdf') =>
  new File([new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37])], name, { type: 'application/pdf' });

describe.each(dbTargets())('background library on $name', (target) => {
  let db: TDb;
  let assessmentId: string;
  const m: Record<'ef' | 'sm' | 'ic' | 'ic2' | 'obs', TMembership> = {} as never;
  let outsider: string;

  beforeAll(async () => {
    db = await openMigrated(target);
    const ef = await createUser(db, { email: 'ef@lib.example', name: 'Eve Facilitator', password: null });
    assessmentId = (
      await createAssessment(db, ef, {
        administration: 'C',
        country: 'X',
        title: 'Library',
        scope: 'targeted',
        areas: ['transparency'],
        mode: 1,
        plannedStart: null,
        plannedEnd: null,
        timeZone: 'UTC',
        creatorRole: 'EF',
      })
    ).id;
    m.ef = { assessmentId, userId: ef, role: 'EF' };
    const add = async (key: 'sm' | 'ic' | 'ic2' | 'obs', role: TRole, name: string) => {
      const id = await createUser(db, { email: `${key}@lib.example`, name, password: null });
      await db
        .insertInto('memberships')
        .values({
          assessment_id: assessmentId,
          user_id: id,
          role,
          organisation: null,
          organisation_type: null,
          expertise: null,
          gender: null,
          joined_at: new Date().toISOString(),
        })
        .execute();
      m[key] = { assessmentId, userId: id, role };
    };
    await add('sm', 'SM', 'Sam Senior');
    await add('ic', 'IC', 'Ana Contributor');
    await add('ic2', 'IC', 'Ben Contributor');
    await add('obs', 'OBS', 'Olga Observer');
    outsider = await createUser(db, { email: 'out@lib.example', name: 'Out', password: null });
  });

  afterAll(async () => {
    await db?.destroy();
    await target.cleanUp();
  });

  it('stores a classified file, serves it to members, and counts it in the coverage', async () => {
    const doc = await addDocumentFile(db, m.ef, pdf(), {
      title: 'Strategic plan 2025-2029',
      category: 'structure-plans',
      visibility: 'members',
      readerIds: [],
    });
    expect(doc).toMatchObject({
      kind: 'file',
      category: 'structure-plans',
      fileName: 'plan.pdf',
      sizeBytes: 8,
      addedBy: { name: 'Eve Facilitator' },
    });
    const file = await readDocumentFile(db, assessmentId, m.obs.userId, doc.id);
    expect([...file.bytes].slice(0, 4)).toEqual([0x25, 0x50, 0x44, 0x46]);
    const coverage = libraryCoverage(await listDocuments(db, m.ic));
    expect(coverage.find((c) => c.id === 'structure-plans')).toMatchObject({ documents: 1, reviewed: 0 });
    expect(coverage.filter((c) => c.documents === 0)).toHaveLength(8);
  });

  it('does not let a non-member download a document, nor learn it exists', async () => {
    const [doc] = await listDocuments(db, m.ef);
    await expect(readDocumentFile(db, assessmentId, outsider, doc!.id)).rejects.toMatchObject({ status: 404 });
  });

  it('hides a restricted document from list, read and download for those it is not open to', async () => {
    const leads = await addDocumentFile(db, m.ef, pdf('audit.pdf'), {
      title: 'Internal audit report',
      category: 'performance-reports',
      visibility: 'leads',
      readerIds: [],
    });
    const named = await addDocumentLink(db, m.ef, {
      title: 'Investigation file',
      category: 'previous-initiatives',
      visibility: 'named',
      readerIds: [m.ic2.userId],
      url: 'https://intranet.example/case',
    });
    const titles = async (who: TMembership) => (await listDocuments(db, who)).map((d) => d.title);
    expect(await titles(m.sm)).toContain('Internal audit report');
    expect(await titles(m.sm)).not.toContain('Investigation file');
    expect(await titles(m.ic)).not.toContain('Internal audit report');
    expect(await titles(m.ic)).not.toContain('Investigation file');
    expect(await titles(m.ic2)).toContain('Investigation file');
    await expect(getDocument(db, m.ic, leads.id)).rejects.toMatchObject({ status: 404 });
    await expect(readDocumentFile(db, assessmentId, m.ic.userId, leads.id)).rejects.toMatchObject({ status: 404 });
    await expect(readDocumentFile(db, assessmentId, m.obs.userId, leads.id)).rejects.toMatchObject({ status: 404 });
    expect((await readDocumentFile(db, assessmentId, m.sm.userId, leads.id)).fileName).toBe('audit.pdf');
    await expect(getDocument(db, m.obs, named.id)).rejects.toMatchObject({ status: 404 });
    // Only facilitators restrict.
    await expect(
      addDocumentLink(db, m.ic, {
        title: 'Secret',
        category: 'data-surveys',
        visibility: 'leads',
        readerIds: [],
        url: 'https://x.example',
      }),
    ).rejects.toMatchObject({ status: 403 });
    await expect(
      addDocumentLink(db, m.obs, {
        title: 'Mine',
        category: 'data-surveys',
        visibility: 'members',
        readerIds: [],
        url: 'https://x.example',
      }),
    ).rejects.toMatchObject({ status: 403 });
  });

  it('refuses a file of a refused type or over the limit with a clear message, storing nothing', async () => {
    const before = { files: storedFiles().length, rows: (await listDocuments(db, m.ef)).length };
    const meta = { title: 'x', category: 'data-surveys' as const, visibility: 'members' as const, readerIds: [] };
    await expect(
      addDocumentFile(db, m.ef, new File([new Uint8Array([0x4d, 0x5a, 0x90])], 'tool.exe'), meta),
    ).rejects.toThrow(/not accepted/);
    await expect(
      addDocumentFile(db, m.ef, new File(['<script>alert(1)</script>'], 'report.pdf'), meta),
    ).rejects.toThrow(/not a PDF/);
    await expect(
      addDocumentFile(db, m.ef, new File([new Uint8Array(11 * 1024 * 1024)], 'big.pdf'), meta),
    ).rejects.toThrow(/limit is 10 MB/);
    expect(storedFiles().length).toBe(before.files);
    expect((await listDocuments(db, m.ef)).length).toBe(before.rows);
  });

  it('lets the assigned reviewer summarise and link to questions, which then show for the area', async () => {
    const [doc] = (await listDocuments(db, m.ef)).filter((d) => d.title.startsWith('Strategic'));
    await expect(saveReview(db, m.ic, doc!.id, { summary: 'x', targets: [] })).rejects.toMatchObject({ status: 403 });
    await expect(updateDocument(db, m.ic, doc!.id, { reviewerId: m.ic.userId })).rejects.toMatchObject({ status: 403 });
    await updateDocument(db, m.ef, doc!.id, { reviewerId: m.ic.userId });
    await expect(saveReview(db, m.ic, doc!.id, { summary: 'x', targets: ['automation.1'] })).rejects.toMatchObject({
      status: 400,
    });
    const reviewed = await saveReview(db, m.ic, doc!.id, {
      summary: 'Sets integrity targets for 2025-2029.',
      targets: ['transparency', 'transparency.2'],
    });
    expect(reviewed).toMatchObject({
      reviewer: { name: 'Ana Contributor' },
      summaryBy: { name: 'Ana Contributor' },
      targets: ['transparency', 'transparency.2'],
    });
    const byTarget = await documentsByTarget(db, m.obs, 'transparency');
    expect(byTarget['transparency.2']?.map((d) => d.title)).toEqual(['Strategic plan 2025-2029']);
  });

  it('keeps the activity log with participants, including document reviews, and field visits in mode 1 only', async () => {
    await addActivityEntry(db, m.ef, {
      step: 3,
      kind: 'interview',
      title: 'Interview with the head of HR',
      heldOn: '2026-03-02',
      notes: '',
      participantIds: [m.ef.userId, m.ic.userId],
      others: 'Head of HR',
    });
    await addActivityEntry(db, m.ef, {
      step: 4,
      kind: 'field-visit',
      title: 'Visit to the main port',
      heldOn: '2026-03-04',
      notes: '',
      participantIds: [m.ef.userId],
      others: '',
    });
    await expect(
      addActivityEntry(db, m.ic, {
        step: 3,
        kind: 'meeting',
        title: 'x',
        heldOn: '2026-03-01',
        notes: '',
        participantIds: [],
        others: '',
      }),
    ).rejects.toMatchObject({ status: 403 });
    await expect(
      addActivityEntry(db, m.ef, {
        step: 3,
        kind: 'meeting',
        title: 'x',
        heldOn: '2026-03-01',
        notes: '',
        participantIds: [outsider],
        others: '',
      }),
    ).rejects.toMatchObject({ status: 400 });
    const log = await activityLog(db, assessmentId);
    expect(log.find((e) => e.kind === 'interview')).toMatchObject({
      heldOn: '2026-03-02',
      participants: [{ name: 'Ana Contributor' }, { name: 'Eve Facilitator' }],
      others: 'Head of HR',
    });
    expect(log.find((e) => e.kind === 'document-review')).toMatchObject({
      step: 3,
      participants: [{ name: 'Ana Contributor' }],
      source: 'library',
    });
    // A workshop session on a step 3 activity joins the log with who attended.
    const session = await createSession(
      db,
      assessmentId,
      m.ef,
      ZSessionInputSchema.parse({
        title: 'Presenting the background documents',
        startsAt: '2026-03-03T09:00:00Z',
        durationMinutes: 60,
        agenda: [{ title: 'Documents', activityCode: '3.2' }],
      }),
    );
    await recordAttendance(db, assessmentId, m.sm.userId, new Date('2026-03-03T09:10:00Z'));
    expect((await activityLog(db, assessmentId)).find((e) => e.id === `session:${session.id}`)).toMatchObject({
      step: 3,
      kind: 'meeting',
      heldOn: '2026-03-03',
      participants: [{ name: 'Sam Senior' }],
      source: 'session',
    });
    expect((await activityLog(db, assessmentId)).map((e) => e.heldOn)).toEqual(
      [...(await activityLog(db, assessmentId)).map((e) => e.heldOn)].sort(),
    );
    await db.updateTable('assessments').set({ mode: 2 }).where('id', '=', assessmentId).execute();
    await expect(
      addActivityEntry(db, m.ef, {
        step: 4,
        kind: 'field-visit',
        title: 'x',
        heldOn: '2026-03-05',
        notes: '',
        participantIds: [],
        others: '',
      }),
    ).rejects.toMatchObject({ status: 400 });
  });

  it('removes a document and its file, by its adder or a facilitator only', async () => {
    const doc = await addDocumentFile(db, m.ic, pdf('mou.pdf'), {
      title: 'MoU with the police',
      category: 'agreements-stakeholders',
      visibility: 'members',
      readerIds: [],
    });
    const files = storedFiles().length;
    await expect(removeDocument(db, m.ic2, doc.id)).rejects.toMatchObject({ status: 403 });
    await removeDocument(db, m.ic, doc.id);
    expect(storedFiles().length).toBe(files - 1);
    await expect(getDocument(db, m.ef, doc.id)).rejects.toMatchObject({ status: 404 });
  });
});
