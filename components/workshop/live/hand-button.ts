/** The live bar's small buttons: raise my hand, lower one, lower all. */
export const handButtonClass =
  'min-h-8 rounded-md border border-slate-400 bg-white px-2 py-1 text-sm hover:bg-slate-100 disabled:text-slate-400';
