// Comments and evidence on checklist questions through the services, on every database.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TDb } from '@/lib/db/client';
import { createAssessment } from '@/lib/services/assessments/assessments';
import { addComment, listAreaComments } from '@/lib/services/checklist/comments';
import {
  addEvidenceFile,
  addEvidenceLink,
  listAreaEvidence,
  readEvidenceFile,
  removeEvidence,
} from '@/lib/services/checklist/evidence';
import { createUser } from '@/lib/services/accounts/users';
import { dbTargets, openMigrated } from './helpers/db-targets';

// Evidence files go under DATA_DIR: a temporary one for this file.
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'idg-evidence-'));
process.env.DATA_DIR = dataDir;
const storedFiles = () =>
  fs.existsSync(path.join(dataDir, 'files'))
    ? fs
        .readdirSync(path.join(dataDir, 'files'), { recursive: true })
        .filter((f) => String(f).includes('-') && String(f).includes('/'))
    : [];

describe.each(dbTargets())('discussion and evidence on $name', (target) => {
  let db: TDb;
  let ana: string;
  let ben: string;
  let outsider: string;
  let assessmentId: string;

  beforeAll(async () => {
    db = await openMigrated(target);
    ana = await createUser(db, { email: 'ana@test.example', name: 'Ana', password: null });
    ben = await createUser(db, { email: 'ben@test.example', name: 'Ben', password: null });
    outsider = await createUser(db, { email: 'out@test.example', name: 'Out', password: null });
    assessmentId = (
      await createAssessment(db, ana, {
        administration: 'C',
        country: 'X',
        title: 'Discussion',
        scope: 'targeted',
        areas: ['transparency'],
        mode: 2,
        plannedStart: null,
        plannedEnd: null,
        timeZone: 'UTC',
        creatorRole: 'EF',
      })
    ).id;
    await db
      .insertInto('memberships')
      .values({
        assessment_id: assessmentId,
        user_id: ben,
        role: 'IC',
        organisation: null,
        organisation_type: null,
        expertise: null,
        gender: null,
        joined_at: new Date().toISOString(),
      })
      .execute();
  });

  afterAll(async () => {
    await db?.destroy();
    await target.cleanUp();
  });

  it('stores a comment with its mentions and lists it for the area', async () => {
    const c = await addComment(db, assessmentId, 'transparency.20', ana, {
      body: 'What does @Ben think?',
      mentions: [ben],
    });
    expect(c.mentions).toEqual([{ id: ben, name: 'Ben' }]);
    const listed = await listAreaComments(db, assessmentId, 'transparency');
    expect(listed.map((x) => x.body)).toContain('What does @Ben think?');
  });

  it('refuses mentions of non-members and questions outside the scope', async () => {
    await expect(
      addComment(db, assessmentId, 'transparency.20', ana, { body: 'hi', mentions: [outsider] }),
    ).rejects.toMatchObject({ status: 400 });
    await expect(addComment(db, assessmentId, 'automation.1', ana, { body: 'hi', mentions: [] })).rejects.toMatchObject(
      { status: 404 },
    );
    await expect(
      addComment(db, assessmentId, 'transparency.19', ana, { body: 'hi', mentions: [] }),
    ).rejects.toMatchObject({ status: 404 });
  });

  it('stores a valid file and serves it back', async () => {
    const pdf = new File([new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31])], 'policy.pdf', {
      type: 'application/pdf',
    });
    const ev = await addEvidenceFile(db, assessmentId, 'transparency.1', ana, pdf, 'Integrity policy');
    expect(ev).toMatchObject({ kind: 'file', title: 'Integrity policy', fileName: 'policy.pdf', sizeBytes: 6 });
    const file = await readEvidenceFile(db, assessmentId, ev.id);
    expect([...file.bytes]).toEqual([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31]);
    await expect(removeEvidence(db, assessmentId, ev.id, ben, false)).rejects.toMatchObject({ status: 403 });
    await removeEvidence(db, assessmentId, ev.id, ana, false);
    await expect(readEvidenceFile(db, assessmentId, ev.id)).rejects.toMatchObject({ status: 404 });
  });

  it('refuses a file of a refused type or over the limit with a clear message, storing nothing', async () => {
    const before = {
      files: storedFiles().length,
      rows: (await listAreaEvidence(db, assessmentId, 'transparency')).length,
    };
    const exe = new File([new Uint8Array([0x4d, 0x5a, 0x90])], 'tool.exe');
    await expect(addEvidenceFile(db, assessmentId, 'transparency.1', ana, exe, '')).rejects.toThrow(/not accepted/);
    const disguised = new File(['<script>alert(1)</script>'], 'report.pdf');
    await expect(addEvidenceFile(db, assessmentId, 'transparency.1', ana, disguised, '')).rejects.toThrow(/not a PDF/);
    const huge = new File([new Uint8Array(11 * 1024 * 1024)], 'big.pdf');
    await expect(addEvidenceFile(db, assessmentId, 'transparency.1', ana, huge, '')).rejects.toThrow(/limit is 10 MB/);
    expect(storedFiles().length).toBe(before.files);
    expect((await listAreaEvidence(db, assessmentId, 'transparency')).length).toBe(before.rows);
  });

  it('accepts web links only', async () => {
    const link = await addEvidenceLink(db, assessmentId, 'transparency.2', ben, {
      title: 'Charter',
      url: 'https://customs.example/charter',
    });
    expect(link).toMatchObject({
      kind: 'link',
      url: 'https://customs.example/charter',
      addedBy: { id: ben, name: 'Ben' },
    });
    const { ZEvidenceLinkSchema } = await import('@/lib/contracts/checklist');
    expect(ZEvidenceLinkSchema.safeParse({ title: 'x', url: 'javascript:alert(1)' }).success).toBe(false);
  });
});
