'use client';

import { createContext, type ReactNode, useContext } from 'react';
import type { TLiveMeetings } from '@/lib/contracts/sessions';

const MeetingsContext = createContext<TLiveMeetings>({ sessions: [], group: null });

/**
 * The video meetings a member may join, read on the server by the assessment's layout and handed
 * to the live bar below it without the bar having to pass them along.
 */
export function MeetingsProvider({ meetings, children }: { meetings: TLiveMeetings; children: ReactNode }) {
  return <MeetingsContext.Provider value={meetings}>{children}</MeetingsContext.Provider>;
}

/** The meetings of the nearest MeetingsProvider; none outside one. */
export function useMeetings(): TLiveMeetings {
  return useContext(MeetingsContext);
}
