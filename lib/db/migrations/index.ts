import type { Migration } from 'kysely';
import * as m001 from './001_foundation';
import * as m002 from './002_yjs';
import * as m003 from './003_discussion';
import * as m004 from './004_groups';
import * as m005 from './005_sessions';
import * as m006 from './006_live';
import * as m007 from './007_findings';
import * as m008 from './008_candidate_activities';
import * as m009 from './009_ratings';
import * as m010 from './010_plan';
import * as m011 from './011_reports';
import * as m012 from './012_answer_flags';
import * as m013 from './013_monitoring';
import * as m014 from './014_library_surveys';
import * as m015 from './015_checklist_adaptation';
import * as m016 from './016_kpi_targets';
import * as m017 from './017_sign_in_attempts';
import * as m018 from './018_meeting_links';
import * as m019 from './019_run_of_show';
import * as m020 from './020_notifications';
import * as m021 from './021_assignments';
import * as m022 from './022_session_reminders';
import * as m023 from './023_history';
import * as m024 from './024_modes_practices';
import * as m025 from './025_kpi_criteria';
import * as m026 from './026_added_criteria';
import * as m027 from './027_governance';
import * as m028 from './028_review_indicators';
import * as m029 from './029_plan_continuity';

/** Every migration in order; names sort in the order they run. */
export const migrations: Record<string, Migration> = {
  '001_foundation': m001,
  '002_yjs': m002,
  '003_discussion': m003,
  '004_groups': m004,
  '005_sessions': m005,
  '006_live': m006,
  '007_findings': m007,
  '008_candidate_activities': m008,
  '009_ratings': m009,
  '010_plan': m010,
  '011_reports': m011,
  '012_answer_flags': m012,
  '013_monitoring': m013,
  '014_library_surveys': m014,
  '015_checklist_adaptation': m015,
  '016_kpi_targets': m016,
  '017_sign_in_attempts': m017,
  '018_meeting_links': m018,
  '019_run_of_show': m019,
  '020_notifications': m020,
  '021_assignments': m021,
  '022_session_reminders': m022,
  '023_history': m023,
  '024_modes_practices': m024,
  '025_kpi_criteria': m025,
  '026_added_criteria': m026,
  '027_governance': m027,
  '028_review_indicators': m028,
  '029_plan_continuity': m029,
};
