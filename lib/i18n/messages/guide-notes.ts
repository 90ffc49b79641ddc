import { defineMessages } from '../messages';

/** The guide's own footnotes where its text is shown (a checklist question's, for one). */
export const guideNotesMessages = defineMessages({
  en: {
    footnote: 'Footnote {number} of the guide',
  },
  fr: {
    footnote: 'Note {number} du guide',
  },
  es: {
    footnote: 'Nota {number} de la guía',
  },
});
