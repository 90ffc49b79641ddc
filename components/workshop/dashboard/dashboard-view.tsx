'use client';

import { useCallback, useEffect, useState } from 'react';
import { Button } from '@/components/ui/button';
import { FormError } from '@/components/ui/form-error';
import type { TDashboard } from '@/lib/domain/workshop/dashboard';
import { useFormat, useT } from '@/lib/i18n/client';
import { workshopMessages } from '@/lib/i18n/messages/workshop';
import { AreaProgressTable, GroupProgress } from './group-progress';

const REFRESH_MS = 15_000;

/** A refusal the server answered, shown as is (a network failure gets its own message). */
class ServerAnswer extends Error {}

/** The facilitators' live dashboard, recomputed on the server every 15 seconds or on request. */
export function DashboardView({ assessmentId, initial }: { assessmentId: string; initial: TDashboard }) {
  const t = useT(workshopMessages);
  const f = useFormat();
  const [data, setData] = useState(initial);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const refresh = useCallback(async () => {
    setBusy(true);
    try {
      const res = await fetch(`/api/assessments/${assessmentId}/dashboard`, { cache: 'no-store' });
      if (!res.ok) throw new ServerAnswer(t('serverAnswered', { status: res.status }));
      setData((await res.json()) as TDashboard);
      setError(null);
    } catch (err) {
      setError(err instanceof ServerAnswer ? err.message : t('staleFigures'));
    } finally {
      setBusy(false);
    }
  }, [assessmentId, t]);
  useEffect(() => {
    const timer = setInterval(() => void refresh(), REFRESH_MS);
    return () => clearInterval(timer);
  }, [refresh]);

  return (
    <div className="grid gap-4">
      <div className="flex flex-wrap items-center gap-3">
        <p role="status" aria-live="polite" className="text-sm text-slate-700">
          {t('computedAt', { time: f.time(data.computedAt) })}
        </p>
        <Button variant="secondary" onClick={() => void refresh()} disabled={busy}>
          {busy ? t('refreshing') : t('refreshNow')}
        </Button>
      </div>
      <FormError message={error} />
      {data.groups.length === 0 && <p className="text-sm text-slate-600">{t('noGroups')}</p>}
      <div className="grid gap-4">
        {data.groups.map((g) => (
          <GroupProgress key={g.id} group={g} assessmentId={assessmentId} />
        ))}
      </div>
      {data.unallocated.length > 0 && (
        <section
          aria-labelledby="dash-unallocated"
          className="grid gap-2 rounded-lg border border-slate-200 bg-white p-4"
        >
          <h3 id="dash-unallocated" className="text-lg font-semibold">
            {t('noGroupHolds')}
          </h3>
          <AreaProgressTable caption={t('noGroupHolds')} areas={data.unallocated} assessmentId={assessmentId} />
        </section>
      )}
    </div>
  );
}
