import { defineMessages } from '../messages';

/** The guide at hand: the area's chapter, Annex 2's good practices and the Annex 1 glossary. */
export const guideMessages = defineMessages({
  en: {
    open: 'The guide at hand',
    close: 'Close the guide',
    panelLabel: 'The guide at hand',
    tabChapter: 'Chapter',
    tabPractices: 'Good practices',
    tabGlossary: 'Glossary',
    chapterOf: '{reference}: {title}',
    practicesOf: '{reference}: examples of good practice by WCO Members',
    glossaryHeading: 'Annex 1: IDG Glossary',
    searchLabel: 'Search the glossary',
    results: '{n, plural, =0 {No term found} one {# term found} other {# terms found}}',
    source: 'Source: {source}',
    credit: 'From the WCO Integrity Development Guide, 2021 edition, World Customs Organization.',
  },
  fr: {
    open: 'Le guide à portée de main',
    close: 'Fermer le guide',
    panelLabel: 'Le guide à portée de main',
    tabChapter: 'Chapitre',
    tabPractices: 'Bonnes pratiques',
    tabGlossary: 'Glossaire',
    chapterOf: '{reference} : {title}',
    practicesOf: '{reference} : exemples de bonnes pratiques des Membres de l’OMD',
    glossaryHeading: 'Annexe 1 : glossaire du GPI',
    searchLabel: 'Rechercher dans le glossaire',
    results: '{n, plural, =0 {Aucun terme trouvé} one {# terme trouvé} other {# termes trouvés}}',
    source: 'Source : {source}',
    credit:
      'Extrait du Guide pour le développement de l’intégrité de l’OMD, édition 2021, Organisation mondiale des douanes (texte anglais).',
  },
  es: {
    open: 'La guía a mano',
    close: 'Cerrar la guía',
    panelLabel: 'La guía a mano',
    tabChapter: 'Capítulo',
    tabPractices: 'Buenas prácticas',
    tabGlossary: 'Glosario',
    chapterOf: '{reference}: {title}',
    practicesOf: '{reference}: ejemplos de buenas prácticas de los Miembros de la OMA',
    glossaryHeading: 'Anexo 1: glosario de la GDI',
    searchLabel: 'Buscar en el glosario',
    results: '{n, plural, =0 {Ningún término encontrado} one {# término encontrado} other {# términos encontrados}}',
    source: 'Fuente: {source}',
    credit:
      'De la Guía para el Desarrollo de la Integridad de la OMA, edición 2021, Organización Mundial de Aduanas (texto en inglés).',
  },
});
