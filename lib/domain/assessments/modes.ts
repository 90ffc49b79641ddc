// What an assessment's mode changes in the product (Annex 4 and its footnote): which activities
// apply, who is responsible for each, which good practices (Annex 6 or 7) its facilitators follow.
import type { TRole } from '../access/roles';
import { assessmentSteps, type TModeId, type TStepActivity } from '../../idg/process';
import type { TWorkshopStage } from './workshop-stage';

/** The mode an assessment is run in, and whether a facilitated one also uses the other method at once. */
export type TModeSetting = { mode: TModeId; concurrent: boolean };

// "Facilitated assessment can be carried out in the form of a traditional field mission, remotely,
// or by applying both methods concurrently": only modes 1 and 2 run together, each with the other.
const CONCURRENT_PARTNER: Partial<Record<TModeId, TModeId>> = { 1: 2, 2: 1 };

const NOT_APPLICABLE = 'N/A';

/** Whether the guide allows running `mode` together with another (facilitated assessment only). */
export function mayRunConcurrently(mode: TModeId): boolean {
  return CONCURRENT_PARTNER[mode] !== undefined;
}

/**
 * The role whoever creates an assessment takes unless they choose another: an external facilitator
 * leads a facilitated assessment; a self-assessment needs none, and a local facilitator leads it.
 */
export function creatorRoleOf(mode: TModeId): 'EF' | 'LF' {
  return mode === 3 ? 'LF' : 'EF';
}

/** The modes an assessment runs in, its own first. */
export function modesRun(s: TModeSetting): TModeId[] {
  const partner = s.concurrent ? CONCURRENT_PARTNER[s.mode] : undefined;
  return partner ? [s.mode, partner] : [s.mode];
}

/** An activity applies unless Annex 4 marks it N/A in every mode the assessment runs in. */
export function activityApplies(activity: TStepActivity, s: TModeSetting): boolean {
  return modesRun(s).some((m) => activity.responsible[String(m) as '1' | '2' | '3'] !== NOT_APPLICABLE);
}

/**
 * Who Annex 4 makes responsible for an activity: its own mode's entry, or, where that is N/A, the
 * concurrent mode's; null where the guide names nobody, 'N/A' where the activity does not apply.
 */
export function responsibleIn(activity: TStepActivity, s: TModeSetting): string | null {
  const entries = modesRun(s).map((m) => activity.responsible[String(m) as '1' | '2' | '3']);
  return entries.find((e) => e !== NOT_APPLICABLE) ?? entries[0] ?? null;
}

// The guide's abbreviations (Annex 4, footnote 113); the working group's members are its contributors.
const ROLES_OF: Record<string, TRole[]> = { EF: ['EF'], LF: ['LF'], NCP: ['NCP'], SM: ['SM'], WG: ['IC', 'XC'] };
const ANYONE_WHO_WORKS: readonly TRole[] = ['EF', 'LF', 'NCP', 'SM', 'IC', 'XC'];

/**
 * The roles a member needs to own an activity with this responsible entry ("NCP/LF & EF",
 * "LF and WG", …). Where the guide names nobody, any member but an observer; N/A, nobody.
 */
export function responsibleRoles(responsible: string | null): TRole[] {
  if (responsible === null) return [...ANYONE_WHO_WORKS];
  const roles = new Set<TRole>();
  for (const [token] of responsible.matchAll(/\b(EF|LF|NCP|SM|WG)\b/g)) for (const r of ROLES_OF[token]!) roles.add(r);
  return ANYONE_WHO_WORKS.filter((r) => roles.has(r));
}

/** The mode is chosen while preparing (activity 1.1); once the assessment has begun it stays. */
export function mayChangeMode(stage: TWorkshopStage): boolean {
  return stage === 'prepare';
}

/** What changing the mode does, shown before it is confirmed. */
export type TModeChange = {
  /** Activities that stop applying; their records are kept. */
  notApplicable: string[];
  /** Activities that start applying. */
  applicable: string[];
  /** Activities applying before and after whose responsible changes. */
  responsible: { code: string; from: string | null; to: string | null }[];
  /** The good practices the facilitators follow: Annex 6 or 7. */
  practices: { from: 6 | 7; to: 6 | 7 };
  /** Whether the self-assessment's structure (Annex 7) is set up by this change. */
  setsUpSelfAssessment: boolean;
};

const practicesOf = (mode: TModeId): 6 | 7 => (mode === 3 ? 7 : 6);

/** The difference between two mode settings, activity by activity. */
export function modeChange(from: TModeSetting, to: TModeSetting): TModeChange {
  const change: TModeChange = {
    notApplicable: [],
    applicable: [],
    responsible: [],
    practices: { from: practicesOf(from.mode), to: practicesOf(to.mode) },
    setsUpSelfAssessment: from.mode !== 3 && to.mode === 3,
  };
  for (const activity of assessmentSteps.flatMap((s) => s.activities)) {
    const [before, after] = [activityApplies(activity, from), activityApplies(activity, to)];
    if (before && !after) change.notApplicable.push(activity.code);
    else if (!before && after) change.applicable.push(activity.code);
    else if (after && responsibleIn(activity, from) !== responsibleIn(activity, to))
      change.responsible.push({
        code: activity.code,
        from: responsibleIn(activity, from),
        to: responsibleIn(activity, to),
      });
  }
  return change;
}

/** A step's progress: activities closed of those that apply (N/A ones count for neither). */
export function stepProgress(activities: { applies: boolean; status: string }[]): { done: number; total: number } {
  const applying = activities.filter((a) => a.applies);
  return {
    done: applying.filter((a) => a.status === 'done' || a.status === 'not-applicable').length,
    total: applying.length,
  };
}
