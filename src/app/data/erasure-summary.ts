/** What an erasure removed, per table, for the user to read (and `--json`). */
export interface ErasureSummary {
  removed: Record<string, number>;
  /** Rows kept without personal data (log entries). */
  tombstoned: Record<string, number>;
  /** Rows about someone else where the person's name, URL or e-mail was blanked. */
  scrubbed: Record<string, number>;
  /** Other people share the name: it was kept in others' text (only URL and e-mail were blanked). */
  namesakes?: number;
  /** Rows under the shared name that could be a namesake's: kept, per table. */
  ambiguous?: Record<string, number>;
}

export const emptySummary = (): ErasureSummary => ({ removed: {}, tombstoned: {}, scrubbed: {} });
