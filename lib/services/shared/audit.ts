import type { TDb } from '../../db/client';

/** Appends an entry to the audit log. `detail` must hold nothing a reader of the log may not see. */
export async function audit(
  db: TDb,
  entry: { assessmentId: string | null; actorId: string | null; action: string; detail?: Record<string, unknown> },
): Promise<void> {
  await db
    .insertInto('audit_log')
    .values({
      assessment_id: entry.assessmentId,
      actor_id: entry.actorId,
      action: entry.action,
      detail: JSON.stringify(entry.detail ?? {}),
      created_at: new Date().toISOString(),
    })
    .execute();
}
