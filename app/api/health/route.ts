import { sql } from 'kysely';
import { getDb } from '@/lib/db/client';

export const dynamic = 'force-dynamic';

/** Liveness and database reachability, for load balancers and monitors. */
export async function GET() {
  try {
    await sql`select 1`.execute(getDb());
    return Response.json({ status: 'ok', db: 'ok' });
  } catch {
    return Response.json({ status: 'degraded', db: 'unreachable' }, { status: 503 });
  }
}
