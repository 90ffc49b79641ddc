// Naming documents; reading a name back is ./doc-name-parse.ts, which takes the checklist's areas.

/** Which kind of collaborative document a name denotes, and for which assessment. */
export type TDocRef =
  | { kind: 'factor'; assessmentId: string; areaId: string }
  | { kind: 'group'; assessmentId: string; groupId: string }
  | { kind: 'plan'; assessmentId: string }
  | { kind: 'report'; assessmentId: string };

/** Longest document name the sync server accepts (two ids and the fixed words). */
export const MAX_DOC_NAME_LENGTH = 160;

/** The document name of a reference; the inverse of parseDocName (./doc-name-parse.ts). */
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
