import { useLocale, useTranslations } from 'next-intl';

/**
 * Says, once per page or panel, that the guide's words shown in French or Spanish are this
 * project's translation, not the WCO's; in English they are the guide's own and it says nothing.
 */
export function GuideTranslationNote({ className = 'text-xs text-slate-600' }: { className?: string }) {
  const locale = useLocale();
  const t = useTranslations('guideWords');
  if (locale === 'en') return null;
  return <p className={className}>{t('note')}</p>;
}
