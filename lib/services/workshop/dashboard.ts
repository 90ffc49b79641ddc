import 'server-only';
import type * as Y from 'yjs';
import { factorDocName, formatDocName } from '../../collab/doc-names';
import { FINDING_KINDS, findingFragmentName, readFindings } from '../../collab/findings-layout';
import { fragmentText } from '../../collab/fragment-text';
import { LAST_EDIT_MAP, STATUS_MAP, answerFragmentName, parseAnswerStatus, parseLastEdit } from '../../collab/layout';
import type { TDb } from '../../db/client';
import {
  type TAreaFacts,
  type TAreaProgress,
  type TDashboard,
  type TDisputedFinding,
  areaProgress,
  buildDashboard,
} from '../../domain/workshop/dashboard';
import { type TEffectiveArea, effectiveAreaQuestions } from '../../domain/checklist/checklist-adaptation';
import { areaLabel } from '../../idg/checklist';
import { eachPersistedDoc, loadPersistedDoc } from '../../collab/persisted-doc';
import {
  type TEffectiveChecklist,
  effectiveChecklist,
  readAssessmentChecklist,
} from '../checklist/assessment-checklist';
import type { TAreaNamer } from '../checklist/guide-names';
import { groupsOverview } from './group-overview';

const EXCERPT_CHARS = 160;

function areaFacts(doc: Y.Doc, area: TEffectiveArea, name: TAreaNamer): TAreaFacts {
  const status = doc.getMap<unknown>(STATUS_MAP);
  const editors = [...doc.getMap<unknown>(LAST_EDIT_MAP).values()].flatMap((v) => parseLastEdit(v)?.userId ?? []);
  return {
    areaId: area.id,
    label: name(area),
    // The effective checklist: hidden questions do not count, added ones do.
    questions: effectiveAreaQuestions(area).map((q) => ({
      key: q.key,
      hasText: /\S/.test(fragmentText(doc.getXmlFragment(answerFragmentName(q.key)))),
      status: parseAnswerStatus(status.get(q.key)),
    })),
    editorIds: [...new Set(editors)],
  };
}

async function disputedFindings(db: TDb, assessmentId: string): Promise<TDisputedFinding[]> {
  const rows = await db
    .selectFrom('finding_outcomes')
    .select(['group_id', 'finding_id', 'decided_at'])
    .where('assessment_id', '=', assessmentId)
    .where('outcome', '=', 'disputed')
    .orderBy('decided_at')
    .execute();
  const out: TDisputedFinding[] = [];
  for (const groupId of [...new Set(rows.map((r) => r.group_id))]) {
    const doc = await loadPersistedDoc(db, formatDocName({ kind: 'group', assessmentId, groupId }));
    const findings = readFindings(doc);
    for (const r of rows.filter((x) => x.group_id === groupId)) {
      const kind = FINDING_KINDS.find((k) => findings[k].some((f) => f.id === r.finding_id));
      // A finding deleted after the plenary disputed it is no longer shown.
      if (!kind) continue;
      const text = fragmentText(doc.getXmlFragment(findingFragmentName(r.finding_id)))
        .replace(/\s+/g, ' ')
        .trim();
      out.push({
        groupId,
        findingId: r.finding_id,
        kind,
        excerpt: text.length > EXCERPT_CHARS ? `${text.slice(0, EXCERPT_CHARS)}…` : text,
        decidedAt: r.decided_at,
      });
    }
    doc.destroy();
  }
  return out;
}

/** What each area's persisted checklist document says: per question, text or not and evaluation. */
async function loadAreaFacts(
  db: TDb,
  assessmentId: string,
  checklist: TEffectiveChecklist,
  name: TAreaNamer,
): Promise<TAreaFacts[]> {
  const areas = checklist.areas;
  return eachPersistedDoc(
    db,
    areas.map((a) => factorDocName(assessmentId, a.id)),
    (doc, i) => areaFacts(doc, areas[i]!, name),
  );
}

/**
 * Answered questions and evaluations per area of the assessment's scope (the checklist's progress
 * summary). A caller that has the effective checklist already passes it; one that shows the
 * areas' labels to a member names them in the member's language (`name`, ../checklist/guide-names.ts).
 */
export async function checklistProgress(
  db: TDb,
  assessmentId: string,
  checklist?: TEffectiveChecklist,
  name: TAreaNamer = areaLabel,
): Promise<TAreaProgress[]> {
  const facts = await loadAreaFacts(db, assessmentId, checklist ?? (await effectiveChecklist(db, assessmentId)), name);
  return facts.map(areaProgress);
}

// The assessment and its checklist are read once and passed to both the area documents' reading
// and the groups' overview, which would otherwise each read them again.
async function dashboardAndFacts(
  db: TDb,
  assessmentId: string,
  name: TAreaNamer,
): Promise<{ dashboard: TDashboard; areas: TAreaFacts[] }> {
  const known = await readAssessmentChecklist(db, assessmentId);
  const [areas, overview] = await Promise.all([
    loadAreaFacts(db, assessmentId, known.checklist, name),
    groupsOverview(db, assessmentId, known, name),
  ]);
  const commenters = await db
    .selectFrom('comments')
    .select('author_id')
    .distinct()
    .where('assessment_id', '=', assessmentId)
    .execute();
  const dashboard = buildDashboard({
    groups: overview.groups.map((g) => ({
      id: g.id,
      name: g.name,
      areaIds: g.areas.map((a) => a.id),
      members: g.members.map((m) => ({ id: m.id, name: m.name })),
    })),
    areas,
    commenterIds: commenters.map((c) => c.author_id),
    disputed: await disputedFindings(db, assessmentId),
    computedAt: new Date().toISOString(),
  });
  return { dashboard, areas };
}

/** The facilitators' dashboard of an assessment, computed now from the persisted documents, areas named by `name`. */
export async function computeDashboard(
  db: TDb,
  assessmentId: string,
  name: TAreaNamer = areaLabel,
): Promise<TDashboard> {
  return (await dashboardAndFacts(db, assessmentId, name)).dashboard;
}

/** The dashboard and every area's progress from one reading of the area documents, for the dashboard page. */
export async function dashboardWithProgress(
  db: TDb,
  assessmentId: string,
  name: TAreaNamer = areaLabel,
): Promise<{ dashboard: TDashboard; progress: TAreaProgress[] }> {
  const { dashboard, areas } = await dashboardAndFacts(db, assessmentId, name);
  return { dashboard, progress: areas.map(areaProgress) };
}
