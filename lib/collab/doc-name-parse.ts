import { isAreaId } from '../idg/checklist';
import { MAX_DOC_NAME_LENGTH, type TDocRef } from './doc-names';

// Ids are UUID text today; the pattern is a little wider so that test and seed ids fit, and
// narrow enough that a name can never smuggle a dot, slash or another document's name.
const ID = '[A-Za-z0-9_-]{1,64}';
const DOC_NAME = new RegExp(`^assessment\\.(${ID})\\.(?:(factor|group)\\.(${ID})|(plan|report))$`);

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
