import { z } from 'zod';

/**
 * The Strongties export, version 2 (docs/export-format.md). One JSON document: the owner's profile
 * and every owner table as an array of rows, `id` and refs as in the source database (remapped on
 * import-back), `owner_id` left out. Version 2 names the fields of rows and account in camelCase, as
 * every JSON Strongties writes; version 1 named them as the database columns (snake_case).
 */
export const EXPORT_FORMAT = 'strongties-export';
export const EXPORT_VERSION = 2;
/** The CSV export's manifest `format`: a CSV export is for reading in a spreadsheet, JSON for reading back. */
export const CSV_EXPORT_FORMAT = 'strongties-export-csv';

const tableName = z.string().regex(/^[a-z_][a-z0-9_]*$/, 'a table name: lower-case letters, digits, _');
const cell = z.union([z.string(), z.number(), z.null()]);

const documentOf = <V extends number>(version: V, column: z.ZodString) =>
  z.object({
    format: z.literal(EXPORT_FORMAT),
    version: z.literal(version),
    exportedAt: z.string(),
    /** The last migration applied where the export was made. */
    schema: z.string(),
    account: z.record(column, cell),
    /** Table name to rows; which tables exist is checked against the store's registry on restore. */
    tables: z.record(tableName, z.array(z.record(column, cell))),
  });

/** What each version's reader accepts: version 1's snake_case fields, version 2's camelCase ones. */
export const exportDocumentSchema = z.discriminatedUnion('version', [
  documentOf(1, z.string().regex(/^[a-z_][a-z0-9_]*$/, 'a field name in snake_case')),
  documentOf(EXPORT_VERSION, z.string().regex(/^[a-z][a-zA-Z0-9]*$/, 'a field name in camelCase')),
]);

export type ExportRow = Record<string, z.infer<typeof cell>>;
/** A document as the restore reads it: whatever its version, rows named like the database columns. */
export type ExportDocument = Omit<z.infer<typeof exportDocumentSchema>, 'account' | 'tables'> & {
  account: ExportRow;
  tables: Record<string, ExportRow[]>;
};
