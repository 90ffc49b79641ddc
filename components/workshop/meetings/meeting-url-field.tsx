'use client';

import { useTranslations } from 'next-intl';
import { Field, inputClass } from '@/components/ui/field';

type TMeetingUrlFieldProps = {
  /** The input's id; its hint and error take it as their prefix. */
  id: string;
  /** The control's name, where a form finds it by the path of a message (the forms toolkit). */
  name?: string;
  value: string;
  onChange: (value: string) => void;
  errors?: string[];
};

/** The video meeting link of a group or a session: an https address, with its hint and errors. */
export function MeetingUrlField({ id, name, value, onChange, errors }: TMeetingUrlFieldProps) {
  const t = useTranslations('workshop');
  return (
    <Field id={id} label={t('meetingLink')} hint={t('meetingLinkHint')} errors={errors}>
      <input
        id={id}
        name={name}
        type="url"
        inputMode="url"
        autoComplete="off"
        placeholder="https://"
        maxLength={2000}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        className={inputClass}
        aria-invalid={Boolean(errors)}
        aria-describedby={[`${id}-hint`, errors ? `${id}-error` : ''].filter(Boolean).join(' ')}
      />
    </Field>
  );
}
