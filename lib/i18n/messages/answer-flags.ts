import { defineMessages } from '../messages';

/** The "sensitive" flag of a checklist answer (facilitators set it, senior management see it). */
export const answerFlagMessages = defineMessages({
  en: {
    sensitive: 'Sensitive',
    toggleLabel: 'Sensitive: leave the answer to question {number} out of redacted exports',
    badgeLabel: 'The answer to question {number} is marked sensitive: redacted exports leave it out',
    marked: 'The answer to question {number} is now marked sensitive.',
    unmarked: 'The answer to question {number} is no longer marked sensitive.',
    saveFailed: 'Could not change the flag: {error}',
  },
  fr: {
    sensitive: 'Sensible',
    toggleLabel: 'Sensible : exclure la réponse à la question {number} des exports expurgés',
    badgeLabel: 'La réponse à la question {number} est marquée sensible : les exports expurgés l’excluent',
    marked: 'La réponse à la question {number} est désormais marquée sensible.',
    unmarked: 'La réponse à la question {number} n’est plus marquée sensible.',
    saveFailed: 'Impossible de modifier le marquage : {error}',
  },
  es: {
    sensitive: 'Confidencial',
    toggleLabel: 'Confidencial: excluir la respuesta a la pregunta {number} de las exportaciones censuradas',
    badgeLabel:
      'La respuesta a la pregunta {number} está marcada como confidencial: las exportaciones censuradas la excluyen',
    marked: 'La respuesta a la pregunta {number} está ahora marcada como confidencial.',
    unmarked: 'La respuesta a la pregunta {number} ya no está marcada como confidencial.',
    saveFailed: 'No se pudo cambiar la marca: {error}',
  },
});
