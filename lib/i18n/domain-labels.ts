// Names of the app's fixed values (roles, evaluations, activity statuses, the guide's stages,
// modes and steps, member details) as the interface shows them, from the `domain` namespace. The
// English maps in lib/domain and lib/idg stay as they are for exports and stored data.
import type { TRole } from '@/lib/domain/access/roles';
import type { TMessageKey, TTranslate } from './messages';

export type TDomainT = TTranslate<'domain'>;

/** The message at `key` when the namespace has one, else `fallback` (e.g. data from an older version). */
function labelAt(t: TDomainT, key: string, fallback: string): string {
  const known = key as TMessageKey<'domain'>;
  return t.has(known) ? t(known) : fallback;
}

const labelOf = (t: TDomainT, prefix: string, value: string | number): string =>
  labelAt(t, `${prefix}.${value}`, String(value));

export const roleLabel = (t: TDomainT, role: TRole | (string & {})): string => labelOf(t, 'role', role);
export const answerStatusLabel = (t: TDomainT, status: string | null): string =>
  status ? labelOf(t, 'answer', status) : t('answer.none');
export const activityStatusLabel = (t: TDomainT, status: string): string => labelOf(t, 'activity', status);
export const stageLabel = (t: TDomainT, stageId: string, english: string): string =>
  labelAt(t, `stage.${stageId}`, english);
export const modeLabel = (t: TDomainT, mode: number, english = String(mode)): string =>
  labelAt(t, `mode.${mode}`, english);
export const modeDescription = (t: TDomainT, mode: number, english = ''): string =>
  labelAt(t, `modeDescription.${mode}`, english);
export const stepLabel = (t: TDomainT, step: number, english: string): string => labelAt(t, `step.${step}`, english);
export const phaseLabel = (t: TDomainT, phase: string): string => labelOf(t, 'phase', phase);
export const organisationTypeLabel = (t: TDomainT, type: string): string => labelOf(t, 'organisationType', type);
export const genderLabel = (t: TDomainT, gender: string): string => labelOf(t, 'gender', gender);
