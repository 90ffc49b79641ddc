import { defineMessages } from '../messages';
import { prioritisationEn } from './prioritisation/en';
import { prioritisationEs } from './prioritisation/es';
import { prioritisationFr } from './prioritisation/fr';

/**
 * Action planning step 1: candidate activities, rating and dot rounds, results. The criteria's
 * names are the guide's (lib/idg/process.ts keeps the English for exports); the UI shows these.
 */
export const prioritisationMessages = defineMessages({
  en: prioritisationEn,
  fr: prioritisationFr,
  es: prioritisationEs,
});
