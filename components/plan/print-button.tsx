'use client';

import { Button } from '@/components/ui/button';

/** Opens the browser's print dialog. */
export function PrintButton() {
  return (
    <div className="mb-4 print:hidden">
      <Button variant="secondary" onClick={() => window.print()}>Print</Button>
    </div>
  );
}
