import type { UseFormReturn } from 'react-hook-form';
import type { z } from 'zod';
import type { ZKpiSheetInputSchema } from '@/lib/contracts/plan';

/** The KPI sheet editor's form, over the route's own request schema. */
export type TKpiForm = UseFormReturn<z.input<typeof ZKpiSheetInputSchema>>;
