import { isAreaId } from '../idg/checklist';

// Ids are UUID text today; the pattern is a little wider so that test and seed ids fit, and
// narrow enough that a name can never smuggle a dot, slash or another document's name.
const ID = '[A-Za-z0-9_-]{1,64}';
const DOC_NAME = new RegExp(`^assessment\\.(${ID})\\.(?:(factor|group)\\.(${ID})|(plan|report))$`);

/** Which kind of collaborative document a name denotes, and for which assessment. */
export type TDocRef =
  | { kind: 'factor'; assessmentId: string; areaId: string }
  | { kind: 'group'; assessmentId: string; groupId: string }
  | { kind: 'plan'; assessmentId: string }
  | { kind: 'report'; assessmentId: string };

/** Longest document name the sync server accepts (two ids and the fixed words). */
export const MAX_DOC_NAME_LENGTH = 160;

/** Parses `assessment.<id>.factor.<areaId>` and its siblings; null for anything else, including unknown areas. */
export function parseDocName(name: string): TDocRef | null {
  if (name.length > MAX_DOC_NAME_LENGTH) return null;
  const m = DOC_NAME.exec(name);
  if (!m) return null;
  const [, assessmentId, kind, subId, whole] = m;
  if (!assessmentId) return null;
  if (whole === 'plan' || whole === 'report') return { kind: whole, assessmentId };
  if (!subId) return null;
  if (kind === 'factor') return isAreaId(subId) ? { kind: 'factor', assessmentId, areaId: subId } : null;
  return { kind: 'group', assessmentId, groupId: subId };
}

/** The document name of a reference; the inverse of parseDocName. */
export function formatDocName(ref: TDocRef): string {
  switch (ref.kind) {
    case 'factor':
      return `assessment.${ref.assessmentId}.factor.${ref.areaId}`;
    case 'group':
      return `assessment.${ref.assessmentId}.group.${ref.groupId}`;
    case 'plan':
    case 'report':
      return `assessment.${ref.assessmentId}.${ref.kind}`;
  }
}

/** The name of a key factor's checklist document. */
export function factorDocName(assessmentId: string, areaId: string): string {
  return formatDocName({ kind: 'factor', assessmentId, areaId });
}
