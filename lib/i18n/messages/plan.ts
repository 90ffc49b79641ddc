import { defineMessages } from '../messages';
import { planEn } from './plan/en';
import { planEs } from './plan/es';
import { planFr } from './plan/fr';

/** The integrity action plan (Annex 9), its print view, adoption and consultation, and the KPI sheets (Annex 11). */
export const planMessages = defineMessages({
  en: planEn,
  fr: planFr,
  es: planEs,
});
