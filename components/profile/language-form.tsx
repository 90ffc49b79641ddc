'use client';

import { useTranslations } from 'next-intl';
import { type TLocale, LOCALE_NAMES, LOCALES, isLocale } from '@/lib/i18n/locales';
import { Button } from '../ui/button';
import { inputClass } from '../ui/field';
import { FormError } from '../ui/form-error';
import { FormField } from '../ui/form-field';
import { useProfileForm } from './use-profile-form';

/** The member's interface language, saved on their account; the page re-renders in it at once. */
export function LanguageForm({ current }: { current: TLocale }) {
  const t = useTranslations('profile');
  const tc = useTranslations('common');
  const { form, formProps, formError, pending, saved, changed } = useProfileForm({ locale: current });
  const value = form.watch('locale');

  return (
    <form {...formProps} className="grid max-w-md gap-3">
      <FormError message={formError} />
      <FormField
        form={form}
        name="locale"
        id="profile-locale"
        label={t('languageLabel')}
        hint={t('languageHint')}
        options={{ onChange: changed }}
      >
        {(control) => (
          <select {...control} className={inputClass}>
            {LOCALES.map((l) => (
              <option key={l} value={l} lang={l}>
                {LOCALE_NAMES[l]}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <div>
        <Button type="submit" disabled={pending}>
          {pending ? tc('saving') : tc('save')}
        </Button>
      </div>
      <p role="status" className="text-sm text-emerald-800">
        {saved && value && isLocale(value) ? t('languageSaved', { language: LOCALE_NAMES[value] }) : ''}
      </p>
    </form>
  );
}
