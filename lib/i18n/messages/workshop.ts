import { defineMessages } from '../messages';
import { workshopEn } from './workshop/en';
import { workshopEs } from './workshop/es';
import { workshopFr } from './workshop/fr';

/** The workshop: breakout groups, sessions, the facilitators' dashboard and the groups' findings. */
export const workshopMessages = defineMessages({
  en: workshopEn,
  fr: workshopFr,
  es: workshopEs,
});
