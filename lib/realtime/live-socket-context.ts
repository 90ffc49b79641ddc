'use client';

import { createContext, useContext } from 'react';
import type { TLiveSocket } from './use-assessment-live';

/** The one live-room socket of an assessment's page tree (null until it connects) and whether it joined the room. */
export type TSharedLiveSocket = { assessmentId: string; socket: TLiveSocket | null; joined: boolean };

/**
 * Filled by the live-room provider of the assessment layout, so that hooks below reuse its socket
 * instead of opening another.
 */
export const LiveSocketContext = createContext<TSharedLiveSocket | null>(null);

/** The shared live socket of the surrounding assessment page tree, or null outside one. */
export function useSharedLiveSocket(): TSharedLiveSocket | null {
  return useContext(LiveSocketContext);
}
