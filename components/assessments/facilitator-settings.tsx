'use client';

import { lazyComponent } from '@/components/ui/lazy-component';

// The overview's settings only facilitators change, each its own chunk: the page renders them for
// facilitators alone, and through these imports their code (and the guide's Annex 4 data the mode
// preview reads) reaches only their browsers.
export const ModeChanger = lazyComponent(() => import('./mode-changer').then((m) => m.ModeChanger));
export const StepOneChoices = lazyComponent(() => import('./step-one-choices').then((m) => m.StepOneChoices));
