// Names of the app's fixed values (roles, evaluations, activity statuses, the guide's stages,
// modes and steps, member details) as the interface shows them. The English maps in lib/domain
// and lib/idg stay as they are for exports and stored data; the interface reads these instead.
import type { TRole } from '@/lib/domain/access/roles';
import { defineMessages, type TTranslate } from '../messages';

export const domainMessages = defineMessages({
  en: {
    questionRef: '{area} · Q{number}',
    'role.EF': 'External facilitator',
    'role.LF': 'Local facilitator',
    'role.NCP': 'National contact point',
    'role.SM': 'Senior management',
    'role.IC': 'Internal contributor',
    'role.XC': 'External contributor',
    'role.OBS': 'Observer',
    'answer.in-place': 'In place',
    'answer.needs-improvement': 'Needs improvement',
    'answer.action-required': 'Action required',
    'answer.not-applicable': 'Not applicable',
    'answer.none': 'Not yet assessed',
    'activity.to-do': 'To do',
    'activity.in-progress': 'In progress',
    'activity.done': 'Done',
    'activity.not-applicable': 'Not applicable',
    'stage.assessment': 'Integrity assessment',
    'stage.action-planning': 'Integrity action planning',
    'stage.implementation': 'Implementation of the integrity action plan',
    'stage.monitoring-evaluation': 'Monitoring and evaluation',
    'stage.review': 'Review/analysis and redevelopment of the action plan',
    'mode.1': 'Externally facilitated, in-country',
    'mode.2': 'Externally facilitated, remote',
    'mode.3': 'Self-assessment',
    'modeDescription.1':
      'Assessment facilitated by one or more external facilitators with an in-country or face-to-face working method.',
    'modeDescription.2': 'Assessment facilitated by one or more external facilitators with a remote working method.',
    'modeDescription.3':
      'Assessment carried out by the administration itself, facilitated by one or more local facilitators.',
    'step.1': 'Establishing the scope of assessment',
    'step.2': 'Setting up the working group or groups',
    'step.3': 'Reviewing background documents and the respective integrity initiatives',
    'step.4': 'Planning the integrity assessment',
    'step.5': 'Situational analysis - evaluating the Customs environment',
    'step.6': 'Reporting',
    'phase.preparation': 'preparation',
    'phase.implementation': 'implementation',
    'phase.evaluation': 'evaluation',
    'organisationType.Customs administration': 'Customs administration',
    'organisationType.Private sector': 'Private sector',
    'organisationType.Other government agency': 'Other government agency',
    'organisationType.International organization': 'International organization',
    'organisationType.Civil society organization': 'Civil society organization',
    'gender.woman': 'Woman',
    'gender.man': 'Man',
    'gender.another': 'Another gender',
    'gender.prefer-not-to-say': 'Prefer not to say',
  },
  fr: {
    questionRef: '{area} · Q{number}',
    'role.EF': 'Facilitateur externe',
    'role.LF': 'Facilitateur local',
    'role.NCP': 'Point de contact national',
    'role.SM': 'Haute direction',
    'role.IC': 'Contributeur interne',
    'role.XC': 'Contributeur externe',
    'role.OBS': 'Observateur',
    'answer.in-place': 'En place',
    'answer.needs-improvement': 'À améliorer',
    'answer.action-required': 'Action requise',
    'answer.not-applicable': 'Sans objet',
    'answer.none': 'Pas encore évalué',
    'activity.to-do': 'À faire',
    'activity.in-progress': 'En cours',
    'activity.done': 'Terminé',
    'activity.not-applicable': 'Sans objet',
    'stage.assessment': 'Évaluation de l’intégrité',
    'stage.action-planning': 'Planification des actions en matière d’intégrité',
    'stage.implementation': 'Mise en œuvre du plan d’action en matière d’intégrité',
    'stage.monitoring-evaluation': 'Suivi et évaluation',
    'stage.review': 'Examen/analyse et refonte du plan d’action',
    'mode.1': 'Facilitation externe, dans le pays',
    'mode.2': 'Facilitation externe, à distance',
    'mode.3': 'Auto-évaluation',
    'modeDescription.1':
      'Évaluation facilitée par un ou plusieurs facilitateurs externes, avec une méthode de travail dans le pays ou en présentiel.',
    'modeDescription.2':
      'Évaluation facilitée par un ou plusieurs facilitateurs externes, avec une méthode de travail à distance.',
    'modeDescription.3':
      'Évaluation menée par l’administration des douanes elle-même, facilitée par un ou plusieurs facilitateurs locaux.',
    'step.1': 'Définir la portée de l’évaluation',
    'step.2': 'Constituer le ou les groupes de travail',
    'step.3': 'Examiner les documents de référence et les initiatives en matière d’intégrité',
    'step.4': 'Planifier l’évaluation de l’intégrité',
    'step.5': 'Analyse de la situation - évaluer l’environnement douanier',
    'step.6': 'Rapport',
    'phase.preparation': 'préparation',
    'phase.implementation': 'mise en œuvre',
    'phase.evaluation': 'évaluation',
    'organisationType.Customs administration': 'Administration des douanes',
    'organisationType.Private sector': 'Secteur privé',
    'organisationType.Other government agency': 'Autre organisme public',
    'organisationType.International organization': 'Organisation internationale',
    'organisationType.Civil society organization': 'Organisation de la société civile',
    'gender.woman': 'Femme',
    'gender.man': 'Homme',
    'gender.another': 'Autre genre',
    'gender.prefer-not-to-say': 'Préfère ne pas répondre',
  },
  es: {
    questionRef: '{area} · P{number}',
    'role.EF': 'Facilitador externo',
    'role.LF': 'Facilitador local',
    'role.NCP': 'Punto de contacto nacional',
    'role.SM': 'Alta dirección',
    'role.IC': 'Colaborador interno',
    'role.XC': 'Colaborador externo',
    'role.OBS': 'Observador',
    'answer.in-place': 'Implementado',
    'answer.needs-improvement': 'Necesita mejoras',
    'answer.action-required': 'Requiere acción',
    'answer.not-applicable': 'No aplicable',
    'answer.none': 'Aún no evaluado',
    'activity.to-do': 'Pendiente',
    'activity.in-progress': 'En curso',
    'activity.done': 'Hecho',
    'activity.not-applicable': 'No aplicable',
    'stage.assessment': 'Evaluación de la integridad',
    'stage.action-planning': 'Planificación de acciones de integridad',
    'stage.implementation': 'Ejecución del plan de acción de integridad',
    'stage.monitoring-evaluation': 'Seguimiento y evaluación',
    'stage.review': 'Revisión/análisis y reformulación del plan de acción',
    'mode.1': 'Facilitación externa, en el país',
    'mode.2': 'Facilitación externa, a distancia',
    'mode.3': 'Autoevaluación',
    'modeDescription.1':
      'Evaluación facilitada por uno o más facilitadores externos, con un método de trabajo en el país o presencial.',
    'modeDescription.2':
      'Evaluación facilitada por uno o más facilitadores externos, con un método de trabajo a distancia.',
    'modeDescription.3':
      'Evaluación realizada por la propia administración aduanera, facilitada por uno o más facilitadores locales.',
    'step.1': 'Establecer el alcance de la evaluación',
    'step.2': 'Constituir el grupo o los grupos de trabajo',
    'step.3': 'Examinar los documentos de referencia y las iniciativas de integridad correspondientes',
    'step.4': 'Planificar la evaluación de la integridad',
    'step.5': 'Análisis de la situación: evaluar el entorno aduanero',
    'step.6': 'Informe',
    'phase.preparation': 'preparación',
    'phase.implementation': 'ejecución',
    'phase.evaluation': 'evaluación',
    'organisationType.Customs administration': 'Administración aduanera',
    'organisationType.Private sector': 'Sector privado',
    'organisationType.Other government agency': 'Otro organismo público',
    'organisationType.International organization': 'Organización internacional',
    'organisationType.Civil society organization': 'Organización de la sociedad civil',
    'gender.woman': 'Mujer',
    'gender.man': 'Hombre',
    'gender.another': 'Otro género',
    'gender.prefer-not-to-say': 'Prefiere no decirlo',
  },
});

export type TDomainT = TTranslate<(typeof domainMessages)['en']>;
type TKey = keyof (typeof domainMessages)['en'];

/** A label for `prefix.value` when the catalogue has one, else the value itself (e.g. data from an older version). */
function labelOf(t: TDomainT, prefix: string, value: string | number): string {
  const key = `${prefix}.${value}`;
  return key in domainMessages.en ? t(key as TKey) : String(value);
}

export const roleLabel = (t: TDomainT, role: TRole | (string & {})): string => labelOf(t, 'role', role);
export const answerStatusLabel = (t: TDomainT, status: string | null): string =>
  status ? labelOf(t, 'answer', status) : t('answer.none');
export const activityStatusLabel = (t: TDomainT, status: string): string => labelOf(t, 'activity', status);
export const stageLabel = (t: TDomainT, stageId: string, english: string): string =>
  `stage.${stageId}` in domainMessages.en ? t(`stage.${stageId}` as TKey) : english;
export const modeLabel = (t: TDomainT, mode: number, english = String(mode)): string =>
  `mode.${mode}` in domainMessages.en ? t(`mode.${mode}` as TKey) : english;
export const modeDescription = (t: TDomainT, mode: number, english = ''): string =>
  `modeDescription.${mode}` in domainMessages.en ? t(`modeDescription.${mode}` as TKey) : english;
export const stepLabel = (t: TDomainT, step: number, english: string): string =>
  `step.${step}` in domainMessages.en ? t(`step.${step}` as TKey) : english;
export const phaseLabel = (t: TDomainT, phase: string): string => labelOf(t, 'phase', phase);
export const organisationTypeLabel = (t: TDomainT, type: string): string => labelOf(t, 'organisationType', type);
export const genderLabel = (t: TDomainT, gender: string): string => labelOf(t, 'gender', gender);
