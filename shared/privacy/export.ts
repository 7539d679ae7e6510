import { z } from 'zod';

/** JSON: one document with sections; CSV: one file with a `Bereich` column, for German Excel. */
export const exportFormats = ['json', 'csv'] as const;
export const exportQuerySchema = z.object({ format: z.enum(exportFormats).default('json') });
export type ExportFormat = (typeof exportFormats)[number];

/** A person's data: each section a list of flat rows (values as stored, no password hash). */
export const personExportSchema = z.object({
  exportedAt: z.string(),
  personId: z.string(),
  sections: z.record(z.string(), z.array(z.record(z.string(), z.unknown()))),
});
export type PersonExport = z.infer<typeof personExportSchema>;

/** Erasure keeps time records this long (ArbZG § 16 Abs. 2: two years). */
export const RETENTION_YEARS = 2;
export const erasureResponseSchema = z.object({
  personId: z.string(),
  displayName: z.string(),
  retainUntil: z.string(),
});
export type ErasureResponse = z.infer<typeof erasureResponseSchema>;
