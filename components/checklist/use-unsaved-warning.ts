'use client';

import { useEffect } from 'react';

/** While `pending`, asks the browser to confirm leaving the page, since the changes have not reached the server. */
export function useUnsavedChangesWarning(pending: boolean): void {
  useEffect(() => {
    if (!pending) return;
    const onBeforeUnload = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, [pending]);
}
