import 'server-only';
import crypto from 'node:crypto';
import { DomainError } from '../../domain/shared/errors';
import type { TDb } from '../../db/client';
import { isFacilitator } from '../../domain/access/roles';
import { ZRoleSchema } from '../../domain/access/role-schema';
import { audit } from '../shared/audit';
import type { TMembership } from '../access/membership';
import type { TReportData } from './report-data';
import { reportContent, type TReportSignoff } from './report-document';

/** The hash identifying a version of the report: everything it prints, unredacted, but the sign-off and date. */
export function reportContentHash(data: TReportData): string {
  return crypto
    .createHash('sha256')
    .update(JSON.stringify(reportContent(data, false)))
    .digest('hex');
}

/** The latest signed version with its signatures, and whether the report changed since (stale). */
export async function reportSignoff(
  db: TDb,
  assessmentId: string,
  currentHash: string,
): Promise<TReportSignoff & { hash: string | null }> {
  const last = await db
    .selectFrom('report_signoffs')
    .select(['version', 'content_hash'])
    .where('assessment_id', '=', assessmentId)
    .orderBy('version', 'desc')
    .limit(1)
    .executeTakeFirst();
  if (!last) return { version: null, hash: null, signatures: [], stale: false };
  const rows = await db
    .selectFrom('report_signoffs')
    .innerJoin('users', 'users.id', 'report_signoffs.user_id')
    .leftJoin('memberships', (j) =>
      j
        .onRef('memberships.user_id', '=', 'report_signoffs.user_id')
        .onRef('memberships.assessment_id', '=', 'report_signoffs.assessment_id'),
    )
    .select(['users.id', 'users.name', 'memberships.role', 'report_signoffs.signed_at'])
    .where('report_signoffs.assessment_id', '=', assessmentId)
    .where('report_signoffs.version', '=', Number(last.version))
    .orderBy('report_signoffs.signed_at')
    .execute();
  return {
    version: Number(last.version),
    hash: last.content_hash,
    // A signatory who has since left keeps their signature; they signed as a facilitator.
    signatures: rows.map((r) => ({
      userId: r.id,
      name: r.name,
      role: r.role ? ZRoleSchema.parse(r.role) : 'EF',
      signedAt: r.signed_at,
    })),
    stale: last.content_hash !== currentHash,
  };
}

/**
 * Signs off the report as it is now; facilitators only. Content unchanged since the last version
 * adds a signature to it; changed content starts the next version, whose earlier signatures are none.
 */
export async function signReport(
  db: TDb,
  actor: TMembership,
  data: TReportData,
  expectedHash: string,
): Promise<number> {
  if (!isFacilitator(actor.role)) throw new DomainError('signoff.forbidden');
  const hash = reportContentHash(data);
  // The signer saw a version; if it changed while they read it, they must look again.
  if (hash !== expectedHash) throw new DomainError('signoff.report_changed');
  const version = await db.transaction().execute(async (trx) => {
    const last = await trx
      .selectFrom('report_signoffs')
      .select(['version', 'content_hash'])
      .where('assessment_id', '=', actor.assessmentId)
      .orderBy('version', 'desc')
      .limit(1)
      .executeTakeFirst();
    const v = last && last.content_hash === hash ? Number(last.version) : Number(last?.version ?? 0) + 1;
    const mine = await trx
      .selectFrom('report_signoffs')
      .select('id')
      .where('assessment_id', '=', actor.assessmentId)
      .where('version', '=', v)
      .where('user_id', '=', actor.userId)
      .executeTakeFirst();
    if (mine) throw new DomainError('signoff.already_signed', { version: String(v) });
    await trx
      .insertInto('report_signoffs')
      .values({
        id: crypto.randomUUID(),
        assessment_id: actor.assessmentId,
        version: v,
        content_hash: hash,
        user_id: actor.userId,
        signed_at: new Date().toISOString(),
      })
      .execute();
    return v;
  });
  await audit(db, {
    assessmentId: actor.assessmentId,
    actorId: actor.userId,
    action: 'report.signoff',
    detail: { version, hash },
  });
  return version;
}
