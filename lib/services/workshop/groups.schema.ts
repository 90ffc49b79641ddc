import { z } from 'zod';
import { isAreaId } from '../../idg/checklist';

const ZGroupName = z.string({ error: 'Name the group.' }).trim().min(1, 'Name the group.').max(80, 'Use at most 80 characters.');
const ZId = z.string().min(1).max(100);

/** A new breakout group, as `POST /api/assessments/:id/groups` takes it. */
export const ZCreateGroupSchema = z.object({ name: ZGroupName });
export type TCreateGroup = z.infer<typeof ZCreateGroupSchema>;

/** A change to a group: any of its name, its members (the whole list) and its rapporteur. */
export const ZUpdateGroupSchema = z
  .object({
    name: ZGroupName.optional(),
    memberIds: z.array(ZId).max(500).optional(),
    rapporteurId: ZId.nullable().optional(),
  })
  .refine((v) => v.name !== undefined || v.memberIds !== undefined || v.rapporteurId !== undefined, 'Change the name, the members or the rapporteur.');
export type TUpdateGroup = z.infer<typeof ZUpdateGroupSchema>;

const ZPlacement = z.object({
  areaId: z.string().refine(isAreaId, 'Unknown area.'),
  groupId: ZId.nullable(),
});
export type TPlacement = z.infer<typeof ZPlacement>;

/**
 * `PUT /api/assessments/:id/groups/allocation`: one area to a group (or to none), or a whole
 * allocation at once (applying a suggestion), which replaces every earlier placement.
 */
export const ZAllocationSchema = z.union([
  ZPlacement,
  z.object({
    allocation: z
      .array(ZPlacement.extend({ groupId: ZId }))
      .max(50)
      .refine((list) => new Set(list.map((p) => p.areaId)).size === list.length, 'Each area may appear only once.'),
  }),
]);
export type TAllocationInput = z.infer<typeof ZAllocationSchema>;
