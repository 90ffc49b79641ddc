import { defineMessages } from '../messages';

/**
 * The circular that announces a self-assessment to all staff (Annex 7: "Publish a circular/order to
 * inform everybody in the organization about the integrity development initiative"), drafted in the
 * language of the facilitator who sets the self-assessment up; they edit it before it is issued.
 */
export const circularMessages = defineMessages({
  en: {
    draft:
      'Circular: integrity self-assessment of {administration}\n\nTo all staff of {administration}.\n\n{administration} is carrying out a self-assessment of its integrity {period}, following the Integrity Development Guide of the World Customs Organization (2021 edition). A senior steering group leads the initiative and a working group of colleagues from across the administration carries it out.\n\nIntegrity is necessary for everyone: each of us is part of this initiative. The working group may ask you for information, documents or your views; please give it your support.\n\nQuestions about the initiative can be sent to the contact person of the working group.',
    period: 'from {start} to {end}',
    periodOpen: 'in the coming months',
  },
  fr: {
    draft:
      'Circulaire : auto-évaluation de l’intégrité de {administration}\n\nÀ l’ensemble du personnel de {administration}.\n\n{administration} mène une auto-évaluation de son intégrité {period}, selon le Guide pour le développement de l’intégrité de l’Organisation mondiale des douanes (édition 2021). Un groupe de pilotage de haut niveau dirige l’initiative et un groupe de travail réunissant des collègues de toute l’administration la met en œuvre.\n\nL’intégrité est l’affaire de tous : chacun de nous fait partie de cette initiative. Le groupe de travail pourra vous demander des informations, des documents ou votre avis ; merci de lui apporter votre soutien.\n\nLes questions sur l’initiative peuvent être adressées à la personne de contact du groupe de travail.',
    period: 'du {start} au {end}',
    periodOpen: 'dans les mois à venir',
  },
  es: {
    draft:
      'Circular: autoevaluación de la integridad de {administration}\n\nA todo el personal de {administration}.\n\n{administration} lleva a cabo una autoevaluación de su integridad {period}, siguiendo la Guía para el desarrollo de la integridad de la Organización Mundial de Aduanas (edición 2021). Un grupo directivo de alto nivel dirige la iniciativa y un grupo de trabajo con colegas de toda la administración la realiza.\n\nLa integridad es necesaria para todos: cada uno de nosotros forma parte de esta iniciativa. El grupo de trabajo podrá pedirle información, documentos o su opinión; le rogamos que le preste su apoyo.\n\nLas preguntas sobre la iniciativa pueden dirigirse a la persona de contacto del grupo de trabajo.',
    period: 'del {start} al {end}',
    periodOpen: 'en los próximos meses',
  },
});
