import 'server-only';
import type { TDb } from '../../db/client';
import { seesSensitive } from '../../domain/reports/redaction';
import { ROLE_NAMES } from '../../domain/access/roles';
import type { TMembership } from '../access/membership';
import { loadReportData } from './report-data';
import { reportContentHash, reportSignoff, signReport } from './report-signoff';
import type { TReportStatus } from '../../contracts/reports';

/** The report's sign-off state for a member; names of signatories only for those who see unredacted reports. */
export async function reportStatus(db: TDb, viewer: TMembership): Promise<TReportStatus> {
  const data = await loadReportData(db, viewer.assessmentId);
  const hash = reportContentHash(data);
  const state = await reportSignoff(db, viewer.assessmentId, hash);
  return {
    hash,
    version: state.version,
    stale: state.stale,
    signatures: state.signatures.map((s) => ({
      who: seesSensitive(viewer.role) ? s.name : ROLE_NAMES[s.role],
      role: s.role,
      signedAt: s.signedAt,
    })),
    signedByMe: !state.stale && state.signatures.some((s) => s.userId === viewer.userId),
  };
}

/** Signs off the version the facilitator reviewed (by its hash); returns the new status. */
export async function signOffReport(db: TDb, actor: TMembership, hash: string): Promise<TReportStatus> {
  await signReport(db, actor, await loadReportData(db, actor.assessmentId), hash);
  return reportStatus(db, actor);
}
