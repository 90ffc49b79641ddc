'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { sendJson } from '../ui/api-client';
import { dismissedKey } from './time-zone-prompt';

/** The prompt itself, once TimeZonePrompt found the two zones differ and the member has not answered for them. */
export function TimeZonePromptBar({ timeZone, browser }: { timeZone: string; browser: string }) {
  const t = useTranslations('profile');
  const router = useRouter();
  const [hidden, setHidden] = useState(false);
  const [failed, setFailed] = useState(false);
  const [busy, setBusy] = useState(false);
  if (hidden) return null;

  const keep = () => {
    localStorage.setItem(dismissedKey(timeZone, browser), 'kept');
    setHidden(true);
  };
  const use = async () => {
    setBusy(true);
    setFailed(false);
    const res = await sendJson('/api/me', 'PATCH', { timeZone: browser });
    setBusy(false);
    if (!res.ok) {
      setFailed(true);
      return;
    }
    setHidden(true);
    router.refresh();
  };

  return (
    <section
      aria-label={t('tzPromptLabel')}
      role="status"
      className="border-t border-amber-300 bg-amber-50 text-slate-900"
    >
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-3 px-4 py-2 text-sm">
        <p className="grow">{t('tzPrompt', { browser, profile: timeZone })}</p>
        <div className="flex flex-wrap gap-2">
          <button
            type="button"
            onClick={() => void use()}
            disabled={busy}
            className="rounded-md bg-brand-600 px-3 py-1 font-medium text-white hover:bg-brand-700 disabled:opacity-60"
          >
            {t('tzUse', { zone: browser })}
          </button>
          <button
            type="button"
            onClick={keep}
            className="rounded-md border border-slate-400 bg-white px-3 py-1 font-medium hover:bg-slate-100"
          >
            {t('tzKeep', { zone: timeZone })}
          </button>
        </div>
        {failed && (
          <p role="alert" className="basis-full text-red-800">
            {t('tzFailed')}
          </p>
        )}
      </div>
    </section>
  );
}
