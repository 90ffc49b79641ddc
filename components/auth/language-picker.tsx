'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { type TLocale, LOCALE_NAMES, LOCALES } from '@/lib/i18n/locales';
import { sendJson } from '../ui/api-client';

/**
 * The visitor's language, before signing in: each language named in itself (and marked with its
 * `lang`, so a screen reader pronounces it right); the chosen one is kept in a cookie.
 */
export function LanguagePicker({ current }: { current: TLocale }) {
  const t = useTranslations('auth');
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function choose(locale: TLocale) {
    setPending(true);
    const res = await sendJson('/api/locale', 'POST', { locale });
    setPending(false);
    if (!res.ok) return setError(res.error);
    setError(null);
    router.refresh();
  }

  return (
    <nav aria-label={t('languagePicker')} className="mb-4 flex flex-wrap justify-end gap-1 text-sm">
      {LOCALES.map((l) => (
        <button
          key={l}
          type="button"
          lang={l}
          aria-current={l === current ? 'true' : undefined}
          disabled={pending}
          onClick={() => l !== current && void choose(l)}
          className={`rounded px-2 py-0.5 ${l === current ? 'bg-brand-100 font-semibold text-brand-900' : 'text-brand-700 underline hover:bg-slate-100'}`}
        >
          {LOCALE_NAMES[l]}
        </button>
      ))}
      {error && (
        <p role="alert" className="w-full text-right text-red-700">
          {error}
        </p>
      )}
    </nav>
  );
}
