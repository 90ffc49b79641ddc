'use client';

import { useTranslations } from 'next-intl';
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { TRestoreResponse, TVersion, TVersionViewResponse, TVersionsResponse } from '@/lib/contracts/history';
import { useFormat } from '@/lib/i18n/client';
import { sendJson } from '../ui/api-client';
import { Button } from '../ui/button';
import { fetchJson } from '../ui/query-fetch';
import { queryKeys } from '../ui/query-keys';
import { DiffView } from './diff-view';

type TVersionHistoryProps = {
  /** The history route: `.../questions/:key/history` or `.../plan/rows/:rowId/fields/:field/history`. */
  base: string;
  /** Names the region for screen readers ("History of the answer to question 4"). */
  label: string;
};

/**
 * The versions of an answer or a plan field, newest first; one chosen is shown beside the content
 * now (with what changed since, by author) and may be restored by whoever may edit it.
 */
export function VersionHistory({ base, label }: TVersionHistoryProps) {
  const t = useTranslations('history');
  const f = useFormat();
  const queryClient = useQueryClient();
  const [selected, setSelected] = useState<number | null>(null);
  const [confirming, setConfirming] = useState(false);
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const list = useQuery({ queryKey: queryKeys.versions(base), queryFn: () => fetchJson<TVersionsResponse>(base) });
  const chosen = useQuery({
    queryKey: queryKeys.version(base, selected ?? 0),
    queryFn: () => fetchJson<TVersionViewResponse>(`${base}/${selected}`),
    enabled: selected !== null,
    // The version shown stays until the one chosen next is read.
    placeholderData: keepPreviousData,
  });
  const history = list.data ?? null;
  const view = selected === null ? null : (chosen.data ?? null);
  const failed = list.error ?? chosen.error;
  const shown = failed ? { kind: 'error', text: failed.message } : message;

  function open(v: TVersion) {
    setConfirming(false);
    setSelected(v.id);
  }

  async function restore() {
    if (!view) return;
    setBusy(true);
    const res = await sendJson<TRestoreResponse>(`${base}/${view.version.id}/restore`, 'POST');
    setBusy(false);
    setConfirming(false);
    if (!res.ok) return setMessage({ kind: 'error', text: res.error });
    setMessage({ kind: 'ok', text: t('restored') });
    setSelected(null);
    // A restore is a new version, and every version now differs from the content in another way.
    await queryClient.invalidateQueries({ queryKey: queryKeys.versions(base) });
  }

  const names = (v: TVersion): string =>
    v.restoredFrom !== null
      ? `${f.list(v.authors.map((a) => a.name))} (${t('restoredFrom')})`
      : v.authors.length > 0
        ? f.list(v.authors.map((a) => a.name))
        : t('before');

  return (
    <section aria-label={label} className="grid gap-2 text-sm">
      <p role="status" className={shown?.kind === 'error' ? 'text-red-800' : 'text-green-800'}>
        {shown?.text}
      </p>
      {!history ? (
        !shown && <p className="text-slate-600">{t('loading')}</p>
      ) : history.versions.length === 0 ? (
        <p className="text-slate-600">{t('noVersions')}</p>
      ) : (
        <ol className="grid gap-1">
          {history.versions.map((v) => {
            const current = view?.version.id === v.id;
            return (
              <li key={v.id} className="flex flex-wrap items-center justify-between gap-2">
                <span>{t('versionItem', { when: f.dateTime(v.createdAt), names: names(v) })}</span>
                <button
                  type="button"
                  className="rounded border border-slate-300 px-2 py-0.5 text-xs hover:bg-slate-100 aria-pressed:border-brand-600 aria-pressed:bg-brand-50"
                  aria-pressed={current}
                  aria-label={`${t('view')}: ${t('versionItem', { when: f.dateTime(v.createdAt), names: names(v) })}`}
                  disabled={busy || chosen.isFetching}
                  onClick={() => open(v)}
                >
                  {current ? t('viewing') : t('view')}
                </button>
              </li>
            );
          })}
        </ol>
      )}
      {view && (
        <div className="grid gap-3 md:grid-cols-2">
          <div className="rounded border border-slate-200 bg-white p-2">
            <h4 className="mb-1 text-xs font-semibold text-slate-700">
              {t('thisVersion', { when: f.dateTime(view.version.createdAt) })}
            </h4>
            <DiffView
              blocks={view.blocks}
              people={view.people}
              label={t('thisVersion', { when: f.dateTime(view.version.createdAt) })}
            />
          </div>
          <div className="rounded border border-slate-200 bg-white p-2">
            <h4 className="mb-1 text-xs font-semibold text-slate-700">{t('nowWithChanges')}</h4>
            <DiffView blocks={view.changesSince} people={view.people} label={t('nowWithChanges')} />
          </div>
          {history?.canRestore && (
            <div className="md:col-span-2">
              {confirming ? (
                <div
                  role="alertdialog"
                  aria-label={t('restore')}
                  className="grid gap-2 rounded border border-amber-300 bg-amber-50 p-2"
                >
                  <p>{t('confirmRestore')}</p>
                  <div className="flex gap-2">
                    <Button disabled={busy} onClick={() => void restore()}>
                      {t('confirm')}
                    </Button>
                    <Button variant="secondary" onClick={() => setConfirming(false)}>
                      {t('cancel')}
                    </Button>
                  </div>
                </div>
              ) : (
                <Button variant="secondary" onClick={() => setConfirming(true)}>
                  {t('restore')}
                </Button>
              )}
            </div>
          )}
        </div>
      )}
    </section>
  );
}
