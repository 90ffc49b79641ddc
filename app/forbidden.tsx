import Link from 'next/link';

export default function Forbidden() {
  return (
    <main className="mx-auto mt-16 max-w-md p-8 text-center">
      <h1 className="mb-2 text-2xl font-semibold">Not allowed</h1>
      <p className="mb-4 text-slate-700">Your role does not allow this. Ask a facilitator if you think it should.</p>
      <Link href="/assessments" className="text-brand-700 underline">
        My assessments
      </Link>
    </main>
  );
}
