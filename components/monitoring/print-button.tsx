'use client';

import { useTranslations } from 'next-intl';
import { Button } from '@/components/ui/button';

/** Opens the browser's print dialog for the report (the page has print styles). */
export function PrintButton() {
  const t = useTranslations('monitoring');
  return (
    <Button variant="secondary" className="print:hidden" onClick={() => window.print()}>
      {t('print')}
    </Button>
  );
}
