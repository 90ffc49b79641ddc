import { defineMessages } from '../messages';
import { monitoringEn } from './monitoring/en';
import { monitoringEs } from './monitoring/es';
import { monitoringFr } from './monitoring/fr';

/** Monitoring, evaluation and the review round. */
export const monitoringMessages = defineMessages({
  en: monitoringEn,
  fr: monitoringFr,
  es: monitoringEs,
});
