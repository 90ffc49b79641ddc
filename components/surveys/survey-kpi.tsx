'use client';

import { lazyComponent } from '@/components/ui/lazy-component';

/**
 * The survey KPI form as its own chunk: the page renders it only for those who manage surveys,
 * and through this import the form, and react-hook-form with it, reach only their browsers.
 */
export const SurveyKpi = lazyComponent(() => import('./survey-kpi-form').then((m) => m.SurveyKpiForm));
