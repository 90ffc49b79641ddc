import { defineMessages } from '../messages';

/** Annex 8's list of Customs competencies, shown where members' expertise is recorded. */
export const competenciesMessages = defineMessages({
  en: {
    summary: 'Annex 8: List of Customs competencies',
    intro: 'The guide’s list, to describe a member’s expertise in more detail than the field above.',
  },
  fr: {
    summary: 'Annexe 8 : liste des compétences douanières',
    intro: 'La liste du guide (en anglais), pour décrire l’expertise d’un membre plus finement que le champ ci-dessus.',
  },
  es: {
    summary: 'Anexo 8: lista de competencias aduaneras',
    intro:
      'La lista de la guía (en inglés), para describir la experiencia de un miembro con más detalle que el campo anterior.',
  },
});
