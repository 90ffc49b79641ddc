// The interface's messages in French, one JSON file per feature (namespace).
import type { TMessages } from '../../messages';
import answerFlag from './answer-flag.json';
import assessments from './assessments.json';
import assignment from './assignment.json';
import auth from './auth.json';
import checklistAdaptation from './checklist-adaptation.json';
import checklist from './checklist.json';
import circular from './circular.json';
import cockpit from './cockpit.json';
import common from './common.json';
import competencies from './competencies.json';
import domain from './domain.json';
import error from './error.json';
import fieldIssue from './field-issue.json';
import field from './field.json';
import governance from './governance.json';
import guideNotes from './guide-notes.json';
import guideWords from './guide-words.json';
import guide from './guide.json';
import history from './history.json';
import library from './library.json';
import liveAnnouncer from './live-announcer.json';
import live from './live.json';
import members from './members.json';
import modes from './modes.json';
import monitoring from './monitoring.json';
import network from './network.json';
import notification from './notification.json';
import plan from './plan.json';
import prioritisation from './prioritisation.json';
import profile from './profile.json';
import report from './report.json';
import surveys from './surveys.json';
import workshop from './workshop.json';

export const fr = {
  answerFlag,
  assessments,
  assignment,
  auth,
  checklistAdaptation,
  checklist,
  circular,
  cockpit,
  common,
  competencies,
  domain,
  error,
  fieldIssue,
  field,
  governance,
  guideNotes,
  guideWords,
  guide,
  history,
  library,
  liveAnnouncer,
  live,
  members,
  modes,
  monitoring,
  network,
  notification,
  plan,
  prioritisation,
  profile,
  report,
  surveys,
  workshop,
} satisfies TMessages;
