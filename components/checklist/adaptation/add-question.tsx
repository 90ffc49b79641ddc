'use client';

import { lazyComponent } from '@/components/ui/lazy-component';

/**
 * The add-question form as its own chunk. The page renders it only for those who adapt the
 * checklist, but a client component the page imports directly is bundled with the page's own
 * code; through this import the form, and react-hook-form with it, reach only their browsers.
 */
export const AddQuestion = lazyComponent(() => import('./add-question-form').then((m) => m.AddQuestionForm));
