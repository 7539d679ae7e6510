import { z } from 'zod';
import { idSchema } from '../ids/ids';
import { textSchema } from '../text/text';

/** `POST /api/planning/candidates`: the slot to staff, as a cover request or the board's form names it. */
export const candidateSlotInputSchema = z
  .object({
    municipalityId: idSchema,
    siteId: idSchema,
    serviceTypeId: idSchema,
    /** Skill labels as people's skills are stored (shared/people); each must be held by someone. */
    skills: z.array(textSchema(60).trim().min(1)).max(20),
    start: z.iso.datetime(),
    end: z.iso.datetime(),
  })
  .strict();
export type CandidateSlotInput = z.infer<typeof candidateSlotInputSchema>;

const reasonSchema = z.object({
  code: z.string(),
  params: z.record(z.string(), z.union([z.number(), z.string()])),
});

/** One ranked person with the reasons (codes the client translates); see candidates.ts. */
export const candidateSchema = z.object({
  personId: idSchema,
  displayName: z.string(),
  fits: z.boolean(),
  missingSkills: z.array(z.string()),
  unavailable: z.boolean(),
  ruleWarnings: z.number().int(),
  weekMinutes: z.number().int(),
  travelMinutes: z.number().int().nullable(),
  reasons: z.array(reasonSchema),
});
export const candidatesResponseSchema = z.object({ candidates: z.array(candidateSchema) });
export type CandidatesResponse = z.infer<typeof candidatesResponseSchema>;

/** Codes of the slot's checks beyond its shape; the form and the server name the same field. */
export const CandidateRule = {
  endBeforeStart: 'end_before_start',
  unknownReference: 'unknown_reference',
  siteNotInMunicipality: 'site_not_in_municipality',
  unknownSkill: 'unknown_skill',
} as const;
