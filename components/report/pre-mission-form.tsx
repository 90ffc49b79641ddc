'use client';

import { useTranslations } from 'next-intl';
import { PRE_MISSION_SECTIONS, preMissionTextName } from '@/lib/collab/report-layout';
import { SharedTextFields } from './shared-text-fields';

type TProps = { assessmentId: string; user: { id: string; name: string }; canEdit: boolean };

/** The pre-mission report, written together by the facilitators: each section is shared text, saved as typed. */
export function PreMissionForm(props: TProps) {
  const t = useTranslations('governance');
  const fields = PRE_MISSION_SECTIONS.map((key) => ({
    name: `pre-mission-${key}`,
    textName: preMissionTextName(key),
    label: t(`preMissionSection.${key}`),
    multiline: true,
    wide: true,
  }));
  return <SharedTextFields {...props} fields={fields} loading={t('loadingPreMission')} />;
}
