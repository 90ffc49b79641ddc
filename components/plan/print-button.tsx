'use client';

import { Button } from '@/components/ui/button';
import { useT } from '@/lib/i18n/client';
import { planMessages } from '@/lib/i18n/messages/plan';

/** Opens the browser's print dialog. */
export function PrintButton() {
  const t = useT(planMessages);
  return (
    <div className="mb-4 print:hidden">
      <Button variant="secondary" onClick={() => window.print()}>
        {t('print')}
      </Button>
    </div>
  );
}
