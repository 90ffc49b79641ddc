'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import type { TGroupArea } from '@/lib/contracts/workshop';
import { sendJson } from '../../ui/api-client';
import { DataTable } from '../../ui/data-table';
import { inputClass } from '../../ui/field';
import type { TGroupOption } from './types';

type TProps = { assessmentId: string; areas: (TGroupArea & { groupId: string | null })[]; groups: TGroupOption[] };

/** A facilitator's table giving each area of the scope to a group, one select per area. */
export function AreaAllocation({ assessmentId, areas, groups }: TProps) {
  const t = useTranslations('workshop');
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [savingId, setSavingId] = useState<string | null>(null);

  async function allocate(areaId: string, groupId: string | null) {
    setSavingId(areaId);
    const res = await sendJson(`/api/assessments/${assessmentId}/groups/allocation`, 'PUT', { areaId, groupId });
    setSavingId(null);
    if (!res.ok) return setError(res.error);
    setError(null);
    router.refresh();
  }

  return (
    <section aria-labelledby="allocation-heading" className="grid min-w-0 gap-2">
      <h3 id="allocation-heading" className="font-semibold">
        {t('allocateAreas')}
      </h3>
      {error && (
        <p role="alert" className="text-sm text-red-700">
          <span aria-hidden="true">⚠ </span>
          {error}
        </p>
      )}
      <div className="min-w-0 rounded-lg border border-slate-200 bg-white">
        <DataTable
          labelledBy="allocation-heading"
          rows={areas}
          rowKey={(a) => a.id}
          columns={[
            {
              key: 'area',
              header: t('area'),
              rowHeader: true,
              cell: (a) => (
                <>
                  {a.label}
                  {a.groupId === null && (
                    <span className="ml-2 whitespace-nowrap rounded border border-amber-400 bg-amber-50 px-1.5 text-xs">
                      <span aria-hidden="true">⚠ </span>
                      {t('notAllocated')}
                    </span>
                  )}
                </>
              ),
            },
            { key: 'questions', header: t('questions'), numeric: true, cell: (a) => a.questions },
            {
              key: 'group',
              header: t('group'),
              cell: (a) => (
                <>
                  <label htmlFor={`allocate-${a.id}`} className="sr-only">
                    {t('groupFor', { area: a.label })}
                  </label>
                  <select
                    id={`allocate-${a.id}`}
                    className={`${inputClass} !py-1`}
                    value={a.groupId ?? ''}
                    disabled={savingId === a.id}
                    onChange={(e) => void allocate(a.id, e.target.value || null)}
                  >
                    <option value="">{t('notAllocated')}</option>
                    {groups.map((g) => (
                      <option key={g.id} value={g.id}>
                        {g.name}
                      </option>
                    ))}
                  </select>
                </>
              ),
            },
          ]}
        />
      </div>
    </section>
  );
}
