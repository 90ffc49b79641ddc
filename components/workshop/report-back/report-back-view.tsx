'use client';

import { useTranslations } from 'next-intl';
import Link from 'next/link';
import type { ReactNode } from 'react';
import type { TReportBackState } from '@/lib/contracts/report-back';
import { GroupReport } from './group-report';
import { useReportBackState } from './use-report-back-state';

export type TReportBackViewProps = {
  assessmentId: string;
  groups: readonly { id: string; name: string; rapporteur: string | null }[];
  /** The group shown: `?group=` when it names one, else the first. */
  groupId: string | null;
  user: { id: string; name: string };
  initialState: TReportBackState;
  canDecide: boolean;
  canComment: boolean;
  /**
   * The slot for the live room's "Present" control: called per finding with the path that
   * shows it to everyone (`/assessments/<id>/report-back?group=<gid>#finding-<fid>`). A client
   * wrapper that has `useLiveRoom()` passes `(path) => canPresent && <button onClick={() => present(path)}>`;
   * without it the page shows no such control.
   */
  renderPresentControl?: (path: string) => ReactNode;
};

/** The plenary report-back: one tab per group, its findings with outcomes and comments. */
export function ReportBackView({
  assessmentId,
  groups,
  groupId,
  user,
  initialState,
  canDecide,
  canComment,
  renderPresentControl,
}: TReportBackViewProps) {
  const t = useTranslations('workshop');
  const { state, applyOutcome, addComment } = useReportBackState(assessmentId, initialState);
  const current = groups.find((g) => g.id === groupId) ?? groups[0];
  if (!current) return <p className="text-sm text-slate-600">{t('noGroupsReportBack')}</p>;
  return (
    <div className="grid gap-4">
      <nav aria-label={t('groupsNav')}>
        <ul className="flex flex-wrap gap-2">
          {groups.map((g) => (
            <li key={g.id}>
              <Link
                href={`/assessments/${assessmentId}/report-back?group=${g.id}`}
                aria-current={g.id === current.id ? 'page' : undefined}
                className={`block rounded-md border px-3 py-1.5 text-sm ${g.id === current.id ? 'border-brand-600 bg-brand-100 font-semibold text-brand-900' : 'border-slate-300 bg-white hover:bg-slate-100'}`}
              >
                {g.name}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <section aria-labelledby="report-group-heading" className="grid gap-2">
        <h2 id="report-group-heading" className="text-xl font-semibold">
          {current.name}
        </h2>
        <p className="text-sm text-slate-700">
          {current.rapporteur ? t('presentedBy', { name: current.rapporteur }) : t('noRapporteur')}{' '}
          <Link href={`/assessments/${assessmentId}/groups/${current.id}`} className="text-brand-700 hover:underline">
            {t('groupFindingsPage')}
          </Link>
        </p>
        {/* Keyed by group: each tab opens its own document and closes the previous one. */}
        <GroupReport
          key={current.id}
          assessmentId={assessmentId}
          groupId={current.id}
          user={user}
          state={state}
          canDecide={canDecide}
          canComment={canComment}
          renderPresentControl={renderPresentControl}
          onOutcome={applyOutcome}
          onComment={addComment}
        />
      </section>
    </div>
  );
}
