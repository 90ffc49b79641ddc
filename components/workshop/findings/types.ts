import type { TFindingOutcomeRecord } from '@/lib/contracts/report-back';

/** An area a group's findings may cite, with its questions, for the citation picker. */
export type TCitableArea = {
  id: string;
  label: string;
  questions: {
    key: string;
    number: number;
    text: string;
    /** `12`, or `A1` for an added question. */ label: string;
    added: boolean;
  }[];
};

/** Outcomes by finding id, as the report-back decided them. */
export type TOutcomesByFinding = Readonly<Record<string, TFindingOutcomeRecord>>;
