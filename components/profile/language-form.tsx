'use client';

import { useTranslations } from 'next-intl';
import { type FormEvent, useState } from 'react';
import { type TLocale, LOCALE_NAMES, LOCALES, isLocale } from '@/lib/i18n/locales';
import { Button } from '../ui/button';
import { Field, inputClass } from '../ui/field';
import { FormError } from '../ui/form-error';
import { useProfileSave } from './use-profile-save';

/** The member's interface language, saved on their account; the page re-renders in it at once. */
export function LanguageForm({ current }: { current: TLocale }) {
  const t = useTranslations('profile');
  const tc = useTranslations('common');
  const [value, setValue] = useState<TLocale>(current);
  const { error, fieldErrors, saved, pending, save, changed } = useProfileSave();

  function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    return save({ locale: value });
  }

  return (
    <form onSubmit={(e) => void onSubmit(e)} className="grid max-w-md gap-3" noValidate>
      <FormError message={error} />
      <Field id="profile-locale" label={t('languageLabel')} errors={fieldErrors.locale} hint={t('languageHint')}>
        <select
          id="profile-locale"
          value={value}
          onChange={(e) => (isLocale(e.target.value) && setValue(e.target.value), changed())}
          className={inputClass}
          aria-invalid={Boolean(fieldErrors.locale)}
          aria-describedby="profile-locale-hint"
        >
          {LOCALES.map((l) => (
            <option key={l} value={l} lang={l}>
              {LOCALE_NAMES[l]}
            </option>
          ))}
        </select>
      </Field>
      <div>
        <Button type="submit" disabled={pending}>
          {pending ? tc('saving') : tc('save')}
        </Button>
      </div>
      <p role="status" className="text-sm text-emerald-800">
        {saved ? t('languageSaved', { language: LOCALE_NAMES[value] }) : ''}
      </p>
    </form>
  );
}
