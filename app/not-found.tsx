import Link from 'next/link';

export default function NotFound() {
  return (
    <main className="mx-auto mt-16 max-w-md p-8 text-center">
      <h1 className="mb-2 text-2xl font-semibold">Not found</h1>
      <p className="mb-4 text-slate-700">This page does not exist, or you are not a member of the assessment it belongs to.</p>
      <Link href="/assessments" className="text-brand-700 underline">
        My assessments
      </Link>
    </main>
  );
}
