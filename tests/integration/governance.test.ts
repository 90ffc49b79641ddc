// The governance records of Part II, through the real route handlers (the session is stubbed;
// validation, roles and the database are real), on every database: step 1's choices (one-off or
// continuous, the expected duration) while preparing; the approvals of the terms of reference by
// senior management of both sides, printed with the agenda in the terms of reference and the
// pre-mission report; the plan's endorsement by top government officials once it is adopted.
// Every write is the facilitators'.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import * as stepOneRoute from '@/app/api/assessments/[id]/step-one/route';
import * as approvalsRoute from '@/app/api/assessments/[id]/terms-of-reference/approvals/route';
import * as approvalRoute from '@/app/api/assessments/[id]/terms-of-reference/approvals/[approvalId]/route';
import * as endorsementsRoute from '@/app/api/assessments/[id]/plan/endorsements/route';
import * as endorsementRoute from '@/app/api/assessments/[id]/plan/endorsements/[endorsementId]/route';
import type { TSessionUser } from '@/lib/auth/current-user';
import { ZEndorsementsResponseSchema } from '@/lib/contracts/plan';
import { ZTorApprovalsResponseSchema } from '@/lib/contracts/reports';
import type { TWorkshopSession } from '@/lib/contracts/sessions';
import { blocksText } from '@/lib/export/rich-text';
import type { TExportDocument } from '@/lib/export/document';
import { findAssessment } from '@/lib/services/assessments/assessments';
import { preMissionReportDocument } from '@/lib/services/reports/pre-mission-report';
import { termsOfReferenceDocument } from '@/lib/services/reports/terms-of-reference';
import { listTorApprovals } from '@/lib/services/reports/tor-approvals';
import {
  type TTestDb,
  type TTestUser,
  addMember,
  callRoute as call,
  createAssessment,
  createUser,
  dbKinds,
  routeTestDb,
  sessionUserOf,
} from './helpers/yjs-harness';

const session = vi.hoisted(() => ({ user: null as TSessionUser | null }));
vi.mock('@/lib/auth/session', () => ({ getSessionUser: () => Promise.resolve(session.user) }));

const ROLES = { ef: 'EF', lf: 'LF', ncp: 'NCP', sm: 'SM', ic: 'IC', xc: 'XC', obs: 'OBS' } as const;
type TWho = keyof typeof ROLES;

/** Every text of an exported document, tables included, one string. */
function documentText(doc: TExportDocument): string {
  return doc.blocks
    .map((b) => {
      if (b.kind === 'table') return [b.header, ...b.rows].flat().join(' | ');
      if (b.kind === 'heading' || b.kind === 'paragraph') return blocksText([b]);
      return '';
    })
    .join('\n');
}

describe.each(dbKinds)('governance records on %s', (kind) => {
  let t: TTestDb;
  const u = {} as Record<TWho, TTestUser>;

  beforeAll(async () => {
    t = await routeTestDb(kind);
    for (const who of Object.keys(ROLES) as TWho[]) u[who] = await createUser(t.db, who);
  });

  afterAll(async () => {
    await t?.close();
  });

  function as(who: TWho): void {
    session.user = sessionUserOf(u[who], who);
  }

  async function newAssessment(): Promise<string> {
    const id = await createAssessment(t.db, u.ef);
    for (const who of Object.keys(ROLES) as TWho[]) await addMember(t.db, id, u[who], ROLES[who]);
    return id;
  }

  const putStepOne = (id: string, body: unknown) =>
    call(stepOneRoute.PUT, 'PUT', `/api/assessments/${id}/step-one`, { id }, body);
  const postApproval = (id: string, body: unknown) =>
    call(approvalsRoute.POST, 'POST', `/api/assessments/${id}/terms-of-reference/approvals`, { id }, body);
  const postEndorsement = (id: string, body: unknown) =>
    call(endorsementsRoute.POST, 'POST', `/api/assessments/${id}/plan/endorsements`, { id }, body);

  const approval = {
    side: 'administration',
    name: 'Amina Diallo',
    title: 'Director General of Customs',
    organisation: 'Customs of Testland',
    approvedOn: '2027-01-20',
  };
  const endorsement = { name: 'Jo Minister', office: 'Minister of Finance', endorsedOn: '2027-05-02', note: 'Signed.' };

  it('step 1: one-off, two to three months by default; facilitators change it while preparing', async () => {
    const id = await newAssessment();
    expect(await findAssessment(t.db, id)).toMatchObject({
      continuity: 'one-off',
      expectedDuration: { min: 2, max: 3, unit: 'months' },
    });
    const choices = { continuity: 'continuous', durationMin: 6, durationMax: 10, durationUnit: 'weeks' };
    for (const who of ['sm', 'ic', 'xc', 'obs'] as const) {
      as(who);
      expect((await putStepOne(id, choices)).status, who).toBe(403);
    }
    as('lf');
    const reversed = await putStepOne(id, { ...choices, durationMin: 12 });
    expect(reversed.status).toBe(400);
    expect(reversed.json).toMatchObject({ fieldErrors: { durationMax: ['The longest comes before the shortest.'] } });
    expect((await putStepOne(id, { ...choices, durationUnit: 'months', durationMax: 30 })).status).toBe(400);
    expect((await putStepOne(id, { ...choices, continuity: 'sometimes' })).status).toBe(400);
    expect((await putStepOne(id, choices)).status).toBe(200);
    expect(await findAssessment(t.db, id)).toMatchObject({
      continuity: 'continuous',
      expectedDuration: { min: 6, max: 10, unit: 'weeks' },
    });

    // Once the workshop has begun (a breakout group formed), the choices stay as they were.
    await t.db
      .insertInto('breakout_groups')
      .values({
        id: randomUUID(),
        assessment_id: id,
        name: 'Group A',
        created_at: new Date().toISOString(),
        meeting_url: null,
      })
      .execute();
    expect((await putStepOne(id, choices)).json).toMatchObject({ code: 'step_one.locked' });
  });

  it('ToR approvals: facilitators record both sides, everyone reads them; the exports print them', async () => {
    const id = await newAssessment();
    for (const who of ['sm', 'ic', 'xc', 'obs'] as const) {
      as(who);
      expect((await postApproval(id, approval)).status, who).toBe(403);
    }
    as('ef');
    const missing = await postApproval(id, { ...approval, name: ' ', approvedOn: '' });
    expect(missing.status).toBe(400);
    expect(missing.json).toMatchObject({
      fieldErrors: { name: ['Name who approved.'], approvedOn: ['Give the date.'] },
      fieldCodes: { name: ['field.approver_name_required'] },
    });
    expect((await postApproval(id, { ...approval, side: 'everyone' })).status).toBe(400);

    const first = await postApproval(id, approval);
    expect(first.status).toBe(201);
    as('ncp');
    const partner = { ...approval, side: 'partner', name: 'Sam Secretariat', title: 'Director', organisation: 'WCO' };
    const both = ZTorApprovalsResponseSchema.parse((await postApproval(id, partner)).json).approvals;
    expect(both.map((a) => [a.side, a.name, a.approvedOn])).toEqual([
      ['administration', 'Amina Diallo', '2027-01-20'],
      ['partner', 'Sam Secretariat', '2027-01-20'],
    ]);
    expect(both[0]!.recordedBy.id).toBe(u.ef.id);

    as('obs');
    const read = await call(approvalsRoute.GET, 'GET', `/api/assessments/${id}/terms-of-reference/approvals`, { id });
    expect(ZTorApprovalsResponseSchema.parse(read.json).approvals).toHaveLength(2);

    // The terms of reference and the pre-mission report print the agenda and the approvals.
    const assessment = (await findAssessment(t.db, id))!;
    const sessions: TWorkshopSession[] = [
      {
        id: 's1',
        assessmentId: id,
        title: 'Opening plenary',
        startsAt: '2027-02-01T08:00:00.000Z',
        endsAt: '2027-02-01T10:00:00.000Z',
        durationMinutes: 120,
        agenda: [{ title: 'Welcome by the Director General', durationMinutes: 15 }],
        sequence: 1,
        createdBy: u.ef.id,
        createdAt: '',
        updatedAt: '',
        meetingUrl: null,
      },
    ];
    const records = { sessions, approvals: await listTorApprovals(t.db, id) };
    const tor = documentText(termsOfReferenceDocument(assessment, {}, records, { redacted: false, memberNames: [] }));
    expect(tor).toContain('Agenda of the assessment');
    expect(tor).toContain('Opening plenary');
    expect(tor).toContain('Welcome by the Director General');
    expect(tor).toContain('Final: approved by senior management of both sides.');
    expect(tor).toContain('Amina Diallo');
    const redacted = documentText(
      preMissionReportDocument(
        assessment,
        { research: 'Desk review done.', objectives: '', inputs: '', outputs: '', outcomes: '', planning: '' },
        records,
        { redacted: true, memberNames: [] },
      ),
    );
    expect(redacted).toContain('Results of the research carried out');
    expect(redacted).toContain('Desk review done.');
    expect(redacted).toContain('Opening plenary');
    expect(redacted).not.toContain('Amina Diallo');

    // Removing one by mistake: facilitators only, and the document is a draft again.
    as('sm');
    const del = (approvalId: string) =>
      call(approvalRoute.DELETE, 'DELETE', `/api/assessments/${id}/terms-of-reference/approvals/${approvalId}`, {
        id,
        approvalId,
      });
    expect((await del(both[1]!.id)).status).toBe(403);
    as('lf');
    expect((await del(both[1]!.id)).status).toBe(200);
    expect((await del(both[1]!.id)).json).toMatchObject({ code: 'tor_approvals.not_found' });
    const draft = documentText(
      termsOfReferenceDocument(
        assessment,
        {},
        { sessions: [], approvals: await listTorApprovals(t.db, id) },
        { redacted: false, memberNames: [] },
      ),
    );
    expect(draft).toContain('Draft: not yet approved by senior management of both sides.');
    expect(draft).toContain('No session is planned yet.');
  });

  it('endorsements: recorded by facilitators once senior management has adopted the plan', async () => {
    const id = await newAssessment();
    as('ef');
    expect((await postEndorsement(id, endorsement)).json).toMatchObject({ code: 'endorsements.not_adopted' });
    await t.db
      .insertInto('plan_submissions')
      .values({
        id: randomUUID(),
        assessment_id: id,
        status: 'adopted',
        version: 1,
        snapshot: '{}',
        strategy_link: '',
        submitted_by: u.ef.id,
        submitted_at: new Date().toISOString(),
        decided_at: new Date().toISOString(),
      })
      .execute();
    // Senior management adopts; top government officials' endorsements are recorded by the facilitators.
    for (const who of ['sm', 'ic', 'xc', 'obs'] as const) {
      as(who);
      expect((await postEndorsement(id, endorsement)).status, who).toBe(403);
    }
    as('ef');
    const invalid = await postEndorsement(id, { ...endorsement, office: '', endorsedOn: '2 May' });
    expect(invalid.status).toBe(400);
    expect(invalid.json).toMatchObject({
      fieldErrors: { office: ['Give their office.'], endorsedOn: ['Give the date.'] },
    });
    const made = await postEndorsement(id, endorsement);
    expect(made.status).toBe(201);
    const [recorded] = ZEndorsementsResponseSchema.parse(made.json).endorsements;
    expect(recorded).toMatchObject({ ...endorsement, recordedBy: { id: u.ef.id } });

    as('obs');
    const read = await call(endorsementsRoute.GET, 'GET', `/api/assessments/${id}/plan/endorsements`, { id });
    expect(ZEndorsementsResponseSchema.parse(read.json).endorsements).toHaveLength(1);
    const del = () =>
      call(endorsementRoute.DELETE, 'DELETE', `/api/assessments/${id}/plan/endorsements/${recorded!.id}`, {
        id,
        endorsementId: recorded!.id,
      });
    expect((await del()).status).toBe(403);
    as('lf');
    expect(ZEndorsementsResponseSchema.parse((await del()).json).endorsements).toEqual([]);
  });
});
