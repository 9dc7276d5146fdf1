/** What an erasure removed, per table, for the user to read (and `--json`). */
export interface ErasureSummary {
  removed: Record<string, number>;
  /** Rows kept without personal data (log entries). */
  tombstoned: Record<string, number>;
  /** Rows about someone else where the person's name or URL was blanked. */
  scrubbed: Record<string, number>;
}

export const emptySummary = (): ErasureSummary => ({ removed: {}, tombstoned: {}, scrubbed: {} });
