import { getTranslations } from 'next-intl/server';
import Link from 'next/link';

export default async function Forbidden() {
  const t = await getTranslations('auth');
  return (
    <main className="mx-auto mt-16 max-w-md p-8 text-center">
      <h1 className="mb-2 text-2xl font-semibold">{t('forbiddenHeading')}</h1>
      <p className="mb-4 text-slate-700">{t('forbiddenText')}</p>
      <Link href="/assessments" className="text-brand-700 underline">
        {t('myAssessments')}
      </Link>
    </main>
  );
}
