import type { Metadata } from 'next';
import Link from 'next/link';
import { requirePageUser } from '@/lib/auth/page-guard';
import { getDb } from '@/lib/db/client';
import { canCreateAssessment } from '@/lib/domain/permissions';
import { ROLE_NAMES } from '@/lib/domain/roles';
import { findMode } from '@/lib/idg/process';
import { listMyAssessments, rolesHeld } from '@/lib/services/assessments';

export const metadata: Metadata = { title: 'My assessments' };

export default async function AssessmentsPage() {
  const user = await requirePageUser('/assessments');
  const db = getDb();
  const [assessments, roles] = await Promise.all([listMyAssessments(db, user.id), rolesHeld(db, user.id)]);
  const mayCreate = canCreateAssessment(user.isAdmin, roles);
  return (
    <>
      <div className="mb-6 flex items-center justify-between">
        <h1 className="text-2xl font-semibold">My assessments</h1>
        {mayCreate && (
          <Link href="/assessments/new" className="rounded-md bg-brand-600 px-4 py-2 text-sm font-medium text-white hover:bg-brand-700">
            New assessment
          </Link>
        )}
      </div>
      {assessments.length === 0 ? (
        <p className="rounded-md border border-dashed border-slate-300 bg-white p-6 text-slate-700">
          You are not in any assessment yet.{' '}
          {mayCreate ? 'Create one to start.' : 'A facilitator will invite you by email when one starts.'}
        </p>
      ) : (
        <ul className="grid gap-3 md:grid-cols-2">
          {assessments.map((a) => (
            <li key={a.id} className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm">
              <Link href={`/assessments/${a.id}`} className="text-lg font-medium text-brand-700 underline-offset-2 hover:underline">
                {a.title}
              </Link>
              <p className="text-sm text-slate-700">
                {a.administration}, {a.country}
              </p>
              <p className="mt-2 text-xs text-slate-600">
                Mode {a.mode}: {findMode(a.mode)?.name} · {a.scope === 'comprehensive' ? 'Comprehensive' : `Targeted (${a.areas.length} areas)`} · You:{' '}
                {ROLE_NAMES[a.myRole]}
              </p>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
