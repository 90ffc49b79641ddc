'use client';

import dynamic from 'next/dynamic';

// The overview's settings only facilitators change, each its own chunk: the page renders them for
// facilitators alone, and through these imports their code (and the guide's Annex 4 data the mode
// preview reads) reaches only their browsers.
export const ModeChanger = dynamic(() => import('./mode-changer').then((m) => m.ModeChanger));
export const StepOneChoices = dynamic(() => import('./step-one-choices').then((m) => m.StepOneChoices));
