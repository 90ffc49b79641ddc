import 'server-only';
import { factorDocName, formatDocName } from '../../collab/doc-names';
import { FINDING_KINDS, findingFragmentName, readFindings, type TFindingKind } from '../../collab/findings-layout';
import { STATUS_MAP, answerFragmentName, parseAnswerStatus, type TAnswerStatus } from '../../collab/layout';
import { eachPersistedDoc, loadPersistedDoc } from '../../collab/persisted-doc';
import { REPORT_SECTIONS, reportSectionFragmentName, type TReportSectionId } from '../../collab/report-layout';
import type { TDb } from '../../db/client';
import type { TPlanSnapshot } from '../../domain/plan/plan-snapshot';
import type { TRole } from '../../domain/access/roles';
import type { TAgendaItem } from '../../domain/workshop/sessions';
import { fragmentBlocks, type TBlock } from '../../export/rich-text';
import { ADDED_MARK } from '../../domain/checklist/checklist-adaptation';
import { areaLabel, sectionLabel, type TGuideFootnote } from '../../idg/checklist';
import {
  type TAssessmentChecklist,
  type TEffectiveChecklist,
  effectiveChecklist,
} from '../checklist/assessment-checklist';
import { DomainError } from '../../domain/shared/errors';
import { activityLog } from '../library/activity-log';
import type { TActivityLogEntry } from '../../contracts/library';
import { sensitiveQuestionKeys } from '../checklist/answer-flags';
import { findAssessment } from '../assessments/assessments';
import type { TAssessment } from '../../contracts/assessments';
import { feedbackSummary } from './feedback';
import type { TFeedbackSummary } from '../../contracts/reports';
import { groupsOverview } from '../workshop/group-overview';
import { listMembers } from '../accounts/members';
import { agreedActivities, planSnapshot } from '../plan/plan';
import type { TAgreedActivity } from '../../contracts/plan';
import { adoptedVersion } from '../plan/plan-adoption';
import { listAttendance, listSessions } from '../workshop/sessions';

/** A person as the report may name them (unredacted) or count them (redacted). */
export type TReportPerson = { id: string; name: string; role: TRole };

/** One checklist question with its answer as rich text, its evaluation and whether it is sensitive. */
export type TReportAnswer = {
  key: string;
  number: number;
  /** `12`, or `A1` for an added question. */ label: string;
  text: string;
  section: string | null;
  status: TAnswerStatus | null;
  sensitive: boolean;
  blocks: TBlock[];
  added?: boolean;
  footnote?: TGuideFootnote;
};

/** Everything the step 6 report is assembled from, read at one moment, names included. */
export type TReportData = {
  assessment: TAssessment;
  members: TReportPerson[];
  narrative: Record<TReportSectionId, TBlock[]>;
  sessions: {
    title: string;
    startsAt: string;
    durationMinutes: number;
    agenda: TAgendaItem[];
    attendees: TReportPerson[];
  }[];
  /** The step 3 and 4 activity log other than workshop sessions, which `sessions` lists with their attendance. */
  activityLog: TActivityLogEntry[];
  areas: { id: string; label: string; answers: TReportAnswer[] }[];
  findings: {
    group: string;
    areas: string[];
    items: { kind: TFindingKind; blocks: TBlock[]; outcome: string | null; citations: string[] }[];
  }[];
  agreed: TAgreedActivity[];
  plan: {
    snapshot: TPlanSnapshot;
    version: number | null;
    adoptedAt: string | null;
    ownerIds: Record<string, string | null>;
  };
  feedback: TFeedbackSummary;
};

/** The narrative sections of the report document, as blocks. */
export async function readNarrative(db: TDb, assessmentId: string): Promise<Record<TReportSectionId, TBlock[]>> {
  const doc = await loadPersistedDoc(db, formatDocName({ kind: 'report', assessmentId }));
  try {
    return Object.fromEntries(
      REPORT_SECTIONS.map((s) => [s.id, fragmentBlocks(doc.getXmlFragment(reportSectionFragmentName(s.id)))]),
    ) as Record<TReportSectionId, TBlock[]>;
  } finally {
    doc.destroy();
  }
}

/**
 * Every in-scope question with its answer, evaluation and sensitive flag (table answer_flags), area
 * by area. A caller that has the effective checklist already passes it.
 */
export async function readReportAreas(
  db: TDb,
  assessment: TAssessment,
  checklist?: TEffectiveChecklist,
): Promise<TReportData['areas']> {
  // The effective (adapted) checklist: hidden questions left out, added ones marked in their text.
  const [{ areas }, sensitive] = await Promise.all([
    checklist ?? effectiveChecklist(db, assessment.id, assessment),
    sensitiveQuestionKeys(db, assessment.id),
  ]);
  // One parsed area document at a time: a comprehensive assessment's 282 answers stay a modest heap.
  return eachPersistedDoc(
    db,
    areas.map((a) => factorDocName(assessment.id, a.id)),
    (doc, i) => {
      const area = areas[i]!;
      const status = doc.getMap<unknown>(STATUS_MAP);
      const answers = area.sections.flatMap((section) =>
        section.questions.map((q) => ({
          key: q.key,
          number: q.number,
          label: q.label,
          text: q.added ? `${q.text} (${ADDED_MARK})` : q.text,
          ...(q.added ? { added: true } : {}),
          ...(q.footnote ? { footnote: q.footnote } : {}),
          section: sectionLabel(section),
          status: parseAnswerStatus(status.get(q.key)),
          sensitive: sensitive.has(q.key),
          blocks: fragmentBlocks(doc.getXmlFragment(answerFragmentName(q.key))),
        })),
      );
      return { id: area.id, label: areaLabel(area), answers };
    },
  );
}

/**
 * Each breakout group's live findings (strengths, weaknesses, risks, proposed activities) with the
 * plenary's outcome. A caller that has read the assessment and its checklist already passes them.
 */
export async function readGroupFindings(
  db: TDb,
  assessmentId: string,
  known?: TAssessmentChecklist,
): Promise<TReportData['findings']> {
  const [{ groups }, outcomes] = await Promise.all([
    groupsOverview(db, assessmentId, known),
    db
      .selectFrom('finding_outcomes')
      .select(['finding_id', 'outcome'])
      .where('assessment_id', '=', assessmentId)
      .execute(),
  ]);
  const outcomeOf = new Map(outcomes.map((o) => [o.finding_id, o.outcome]));
  const out: TReportData['findings'] = [];
  for (const g of groups) {
    const doc = await loadPersistedDoc(db, formatDocName({ kind: 'group', assessmentId, groupId: g.id }));
    try {
      const all = readFindings(doc);
      const items = FINDING_KINDS.flatMap((kind) =>
        all[kind].map((f) => ({
          kind,
          blocks: fragmentBlocks(doc.getXmlFragment(findingFragmentName(f.id))),
          outcome: outcomeOf.get(f.id) ?? null,
          citations: f.citations,
        })),
      );
      out.push({ group: g.name, areas: g.areas.map((a) => a.label), items });
    } finally {
      doc.destroy();
    }
  }
  return out;
}

// The latest adopted version is what was agreed; the draft only while nothing was adopted.
async function readPlan(db: TDb, assessmentId: string): Promise<TReportData['plan']> {
  const last = await db
    .selectFrom('plan_submissions')
    .select((eb) => eb.fn.max('version').as('max'))
    .where('assessment_id', '=', assessmentId)
    .where('status', '=', 'adopted')
    .executeTakeFirst();
  const version = last?.max ? Number(last.max) : null;
  const adopted = version ? await adoptedVersion(db, assessmentId, version) : null;
  const snapshot = adopted ?? (await planSnapshot(db, assessmentId));
  const ownerIds = Object.fromEntries(
    snapshot.draft.outcomes.flatMap((o) => o.objectives.flatMap((j) => j.activities.map((a) => [a.id, a.ownerId]))),
  );
  return {
    snapshot: { draft: snapshot.draft, context: snapshot.context, kpiSheets: snapshot.kpiSheets },
    version,
    adoptedAt: adopted?.adoptedAt ?? null,
    ownerIds,
  };
}

/** Reads everything the report needs; 404 when there is no such assessment. */
export async function loadReportData(db: TDb, assessmentId: string): Promise<TReportData> {
  const assessment = await findAssessment(db, assessmentId);
  if (!assessment) throw new DomainError('assessment.not_found');
  // Read once for the answers and the findings, which would each read it again.
  const checklist = await effectiveChecklist(db, assessmentId, assessment);
  const [members, sessions, log, narrative, areas, findings, agreed, plan, feedback] = await Promise.all([
    listMembers(db, assessmentId),
    listSessions(db, assessmentId),
    activityLog(db, assessmentId),
    readNarrative(db, assessmentId),
    readReportAreas(db, assessment, checklist),
    readGroupFindings(db, assessmentId, { assessment, checklist }),
    agreedActivities(db, assessmentId),
    readPlan(db, assessmentId),
    feedbackSummary(db, assessmentId, false),
  ]);
  const people = members.map((m) => ({ id: m.userId, name: m.name, role: m.role }));
  const roleOf = new Map(people.map((p) => [p.id, p.role]));
  const withAttendance = await Promise.all(
    sessions.map(async (s) => ({
      title: s.title,
      startsAt: s.startsAt,
      durationMinutes: s.durationMinutes,
      agenda: s.agenda,
      // Someone who left the assessment since still attended; without a role they count as observers.
      attendees: (await listAttendance(db, s.id)).map((a) => ({
        id: a.userId,
        name: a.name,
        role: roleOf.get(a.userId) ?? ('OBS' as const),
      })),
    })),
  );
  // Sessions are already listed with their attendance: the log would print each a second time.
  const activityEntries = log.filter((e) => e.source !== 'session');
  return {
    assessment,
    members: people,
    narrative,
    sessions: withAttendance,
    activityLog: activityEntries,
    areas,
    findings,
    agreed,
    plan,
    feedback,
  };
}
