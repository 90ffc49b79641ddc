/** An assessment mode as the client forms show it. */
export type TAssessmentMode = { id: number; name: string };
