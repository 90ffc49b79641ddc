import type { THealth } from '@/lib/contracts/shared';
import { getDb } from '@/lib/db/client';
import { checkHealth } from '@/lib/services/shared/health';
import { redisStatus } from '@/server/scale/status';

export const dynamic = 'force-dynamic';

/** Liveness and database reachability, for load balancers and monitors (503 when the database does not answer). */
export async function GET() {
  const health = await checkHealth(getDb(), redisStatus);
  return Response.json(health satisfies THealth, { status: health.status === 'ok' ? 200 : 503 });
}
