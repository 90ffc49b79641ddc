'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState, useSyncExternalStore } from 'react';
import { sendJson } from '../ui/api-client';

const noSubscription = () => () => {};
const browserZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone || null;
// Per pair of zones: a member who kept their zone is asked again only when they travel somewhere else.
const dismissedKey = (profile: string, browser: string) => `idg.timeZonePrompt.${profile}|${browser}`;

/**
 * Says once, when the browser's zone differs from the profile's, which one times are shown in, and
 * offers to switch the profile to the browser's. A profile without a zone is set by TimeZoneSync.
 */
export function TimeZonePrompt({ timeZone }: { timeZone: string | null }) {
  const t = useTranslations('profile');
  const router = useRouter();
  const browser = useSyncExternalStore(noSubscription, browserZone, () => null);
  const dismissedAtLoad = useSyncExternalStore(
    noSubscription,
    () => (timeZone && browser ? localStorage.getItem(dismissedKey(timeZone, browser)) !== null : true),
    () => true,
  );
  const [hidden, setHidden] = useState(false);
  const [failed, setFailed] = useState(false);
  const [busy, setBusy] = useState(false);
  if (!timeZone || !browser || browser === timeZone || dismissedAtLoad || hidden) return null;

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
