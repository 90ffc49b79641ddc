'use client';

import { useEffect } from 'react';

/**
 * Marks the page as interactive once React has hydrated it (`<html data-hydrated>`): until then a
 * click on a server-rendered button does nothing. The end-to-end tests and `bench:page` wait for
 * it instead of guessing, which on a slow machine or link is the difference between a click that
 * works and one that is lost.
 */
export function HydrationMark() {
  useEffect(() => {
    document.documentElement.dataset.hydrated = 'true';
  }, []);
  return null;
}
