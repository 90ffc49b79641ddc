'use client';

import { useRouter } from 'next/navigation';
import { type FormEvent, useState } from 'react';
import { useT } from '@/lib/i18n/client';
import { type TLocale, LOCALE_NAMES, LOCALES, isLocale } from '@/lib/i18n/locales';
import { commonMessages } from '@/lib/i18n/messages/common';
import { profileMessages } from '@/lib/i18n/messages/profile';
import { sendJson } from '../ui/api-client';
import { Button } from '../ui/button';
import { Field, inputClass } from '../ui/field';
import { FormError } from '../ui/form-error';

/** The member's interface language, saved on their account; the page re-renders in it at once. */
export function LanguageForm({ current }: { current: TLocale }) {
  const t = useT(profileMessages);
  const tc = useT(commonMessages);
  const router = useRouter();
  const [value, setValue] = useState<TLocale>(current);
  const [error, setError] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[]>>({});
  const [saved, setSaved] = useState(false);
  const [pending, setPending] = useState(false);

  async function onSubmit(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    setPending(true);
    const res = await sendJson('/api/me', 'PATCH', { locale: value });
    setPending(false);
    setSaved(res.ok);
    setError(res.ok ? null : res.error);
    setFieldErrors(res.ok ? {} : res.fieldErrors);
    // The server renders every page in the account's language: refresh to get them in it.
    if (res.ok) router.refresh();
  }

  return (
    <form onSubmit={(e) => void onSubmit(e)} className="grid max-w-md gap-3" noValidate>
      <FormError message={error} />
      <Field id="profile-locale" label={t('languageLabel')} errors={fieldErrors.locale} hint={t('languageHint')}>
        <select
          id="profile-locale"
          value={value}
          onChange={(e) => (isLocale(e.target.value) && setValue(e.target.value), setSaved(false))}
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
