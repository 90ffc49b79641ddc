import { useLocale, useTranslations } from 'next-intl';

/**
 * Says, once per page or panel, that the guide's words shown in French or Spanish are this
 * project's translation, not the WCO's; in English they are the guide's own and it says nothing,
 * nor does it where every word shown is the administration's official translation (`official`).
 */
export function GuideTranslationNote({
  className = 'text-xs text-slate-600',
  official = false,
}: {
  className?: string;
  official?: boolean;
}) {
  const locale = useLocale();
  const t = useTranslations('guideWords');
  if (locale === 'en' || official) return null;
  return <p className={className}>{t('note')}</p>;
}
