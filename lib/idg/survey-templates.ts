// Starter templates for the Customs integrity perception surveys the guide suggests in step 3
// ("carrying out Customs integrity perception surveys") and for subjective KPIs ("perception-based
// KPIs ... with particular reference to leadership, accountability and individual commitment").
// The staff survey follows the ten key factors of the Revised Arusha Declaration, as the WCO's
// Customs Integrity Perception Survey does; the client survey follows the guide's advice on
// client surveys of "performance quality and operating effectiveness" and integrity perception.
// Facilitators adapt the wording before publishing; the text is the survey's content, not UI.
import type { TSurveyContent, TSurveyQuestion } from '../domain/surveys/survey-schema';

const agree = {
  type: 'scale' as const,
  required: false,
  points: 5,
  minLabel: 'Strongly disagree',
  maxLabel: 'Strongly agree',
};
const scale = (id: string, text: string): TSurveyQuestion => ({ id, text, ...agree });

const STAFF: TSurveyContent = {
  title: 'Staff integrity perception survey',
  intro:
    'This survey is anonymous: no name, account, address or time of day is kept with your answers, and results are only shown for groups of at least five people. It asks how you see integrity in our administration today, so that the integrity working group can focus on what matters.',
  audience: 'staff',
  invitationOnly: false,
  questions: [
    {
      id: 'unit',
      type: 'single',
      text: 'Where do you work?',
      required: false,
      options: ['Headquarters', 'Regional office', 'Border post', 'Port', 'Airport', 'Other'],
      grouping: true,
    },
    {
      id: 'gender',
      type: 'single',
      text: 'Your gender',
      required: false,
      options: ['Woman', 'Man', 'Another gender', 'Prefer not to say'],
      grouping: true,
    },
    {
      id: 'service',
      type: 'single',
      text: 'Years of service in Customs',
      required: false,
      options: ['Less than 5', '5 to 15', 'More than 15'],
      grouping: true,
    },
    scale('leadership', 'Senior management shows a clear commitment to integrity and leads by example.'),
    scale('regulatory', 'Customs laws and procedures are clear and leave little room for discretion.'),
    scale('transparency', 'Decisions affecting traders and travellers are transparent and can be appealed.'),
    scale('automation', 'Automated systems have reduced face-to-face contact and opportunities for corruption.'),
    scale('reform', 'Reforms and modernisation in our administration take integrity into account.'),
    scale('audit', 'Suspected corruption is investigated and acted upon effectively.'),
    scale('conduct', 'I know the code of conduct and how it applies to my daily work.'),
    scale('hrm', 'Recruitment, promotion and rotation are fair and based on merit.'),
    scale('morale', 'I feel valued, and integrity is part of our organisational culture.'),
    scale('private-sector', 'Relations with traders and brokers are professional and free of undue pressure.'),
    scale('reporting', 'I would feel safe reporting suspected corruption.'),
    {
      id: 'observed',
      type: 'multiple',
      text: 'In the past 12 months, have you seen any of the following in your workplace?',
      required: false,
      options: [
        'Gifts or hospitality offered by clients',
        'Unofficial payments to speed up or skip procedures',
        'Favouritism in appointments or promotions',
        'Pressure to overlook irregularities',
        'None of these',
      ],
      grouping: false,
    },
    {
      id: 'measure',
      type: 'text',
      text: 'Which one measure would most strengthen integrity in our administration?',
      required: false,
    },
  ],
};

const CLIENT: TSurveyContent = {
  title: 'Client perception survey',
  intro:
    'Customs wants to know how its services and the integrity of its officers are perceived by those who deal with it. The survey is anonymous: no name, account, address or time of day is kept, and results are only shown for groups of at least five respondents.',
  audience: 'clients',
  invitationOnly: false,
  questions: [
    {
      id: 'client-type',
      type: 'single',
      text: 'Which best describes you?',
      required: false,
      options: ['Importer or exporter', 'Customs broker', 'Transport or logistics operator', 'Traveller', 'Other'],
      grouping: true,
    },
    {
      id: 'frequency',
      type: 'single',
      text: 'How often do you deal with Customs?',
      required: false,
      options: ['Weekly or more', 'Monthly', 'A few times a year or less'],
      grouping: true,
    },
    scale('clarity', 'Customs procedures, fees and requirements are clear and easy to find.'),
    scale('predictability', 'Customs decisions are consistent and predictable.'),
    scale('professionalism', 'Customs officers behave professionally and with integrity.'),
    scale('timeliness', 'Clearance takes a reasonable time without having to pay anything extra.'),
    scale('complaints', 'I know how to complain or appeal, and I trust the process to work.'),
    {
      id: 'asked',
      type: 'single',
      text: 'In the past 12 months, how often were you asked for an unofficial payment or favour by a Customs officer?',
      required: false,
      options: ['Never', 'Once or twice', 'Several times', 'Often', 'Prefer not to say'],
      grouping: false,
    },
    {
      id: 'improve',
      type: 'text',
      text: 'What should Customs change first to improve its integrity and service?',
      required: false,
    },
  ],
};

/** The starter templates by id. */
export const SURVEY_TEMPLATES = { staff: STAFF, clients: CLIENT } as const;
export type TSurveyTemplateId = keyof typeof SURVEY_TEMPLATES | 'blank';

/** A template's content, or a one-question blank survey. */
export function surveyTemplate(id: TSurveyTemplateId): TSurveyContent {
  if (id === 'blank')
    return {
      title: 'New survey',
      intro: '',
      audience: 'other',
      invitationOnly: false,
      questions: [scale('q1', 'Write your first question.')],
    };
  return structuredClone(SURVEY_TEMPLATES[id]);
}
