'use client';

import { useTranslations } from 'next-intl';
import { handButtonClass as small } from './hand-button';

type TRaisedHandsProps = {
  hands: { userId: string; name: string }[];
  meId: string | undefined;
  isFacilitator: boolean;
  lower: (userId: string) => void;
  lowerAll: () => void;
};

/** The queue of raised hands, in order; facilitators lower anyone's, or all. */
export function RaisedHands({ hands, meId, isFacilitator, lower, lowerAll }: TRaisedHandsProps) {
  const t = useTranslations('live');
  return (
    <details>
      <summary className="cursor-pointer">{t('handsUp', { n: hands.length })}</summary>
      <ol
        className="absolute z-20 mt-1 min-w-56 list-decimal rounded-md border border-slate-300 bg-white p-2 pl-6 shadow"
        aria-label={t('raisedHands')}
      >
        {hands.map((h) => (
          <li key={h.userId} className="py-0.5">
            {h.name}
            {isFacilitator && h.userId !== meId && (
              <button type="button" className={`${small} ml-2`} onClick={() => lower(h.userId)}>
                {t('lower')}
                <span className="sr-only">{t('lowerHandOf', { name: h.name })}</span>
              </button>
            )}
          </li>
        ))}
        {isFacilitator && (
          <li className="list-none pt-1">
            <button type="button" className={small} onClick={lowerAll}>
              {t('lowerAll')}
            </button>
          </li>
        )}
      </ol>
    </details>
  );
}
