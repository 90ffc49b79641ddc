import { defineMessages } from '../messages';
import { errorsEn } from './errors/en';
import { errorsEs } from './errors/es';
import { errorsFr } from './errors/fr';

/** What a refused request or live event means, by its error code (lib/domain/shared/error-codes.ts). */
export const errorMessages = defineMessages({
  en: errorsEn,
  fr: errorsFr,
  es: errorsEs,
});
