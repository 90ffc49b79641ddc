'use client';

import { Button } from '@/components/ui/button';
import { useT } from '@/lib/i18n/client';
import { monitoringMessages } from '@/lib/i18n/messages/monitoring';

/** Opens the browser's print dialog for the report (the page has print styles). */
export function PrintButton() {
  const t = useT(monitoringMessages);
  return (
    <Button variant="secondary" className="print:hidden" onClick={() => window.print()}>
      {t('print')}
    </Button>
  );
}
