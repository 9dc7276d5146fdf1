import { z } from 'zod';

/**
 * The Strongties export, version 1 (docs/export-format.md). One JSON document: the owner's profile
 * and every owner table as an array of rows, `id` and refs as in the source database (remapped on
 * import-back), `owner_id` left out.
 */
export const EXPORT_FORMAT = 'strongties-export';
export const EXPORT_VERSION = 1;
/** The CSV export's manifest `format`: a CSV export is for reading in a spreadsheet, JSON for reading back. */
export const CSV_EXPORT_FORMAT = 'strongties-export-csv';

const column = z.string().regex(/^[a-z_][a-z0-9_]*$/, 'a column name: lower-case letters, digits, _');
const cell = z.union([z.string(), z.number(), z.null()]);
const row = z.record(column, cell);

export const exportDocumentSchema = z.object({
  format: z.literal(EXPORT_FORMAT),
  version: z.literal(EXPORT_VERSION),
  exportedAt: z.string(),
  /** The last migration applied where the export was made. */
  schema: z.string(),
  account: z.record(column, cell),
  /** Table name to rows; which tables exist is checked against the store's registry on restore. */
  tables: z.record(column, z.array(row)),
});

export type ExportDocument = z.infer<typeof exportDocumentSchema>;
export type ExportRow = z.infer<typeof row>;
