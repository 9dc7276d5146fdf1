/** The network API's JSON and the port it calls, shared with the web app (type-only imports there). */
import type { ExposureOptions } from '../app/network/exposure.js';
import type { RemovalReport } from '../app/network/removals.js';
import type { StrengthQuery } from '../app/network/strength-list.js';
import type { ExposureAudit } from '../core/network/exposure-audit.js';
import type { ReviewEffect, ReviewStatus } from '../core/network/review-actions.js';
import type { MonthStats, NetworkStats } from '../core/network/stats.js';
import type { TieFactor } from '../core/network/tie-strength.js';

export type { ExposureAudit, MonthStats, NetworkStats, RemovalReport };

/** A connection as the screens show it: its score and its top reasons (words from the factor keys). */
export interface TieView {
  connectionId: number;
  name: string;
  profileUrl: string | null;
  headline: string | null;
  company: string | null;
  position: string | null;
  connectedOn: string | null;
  reviewStatus: ReviewStatus | null;
  tags: string[];
  score: number;
  factors: TieFactor[];
}

export type ExposureView = ExposureAudit & { segments: { competitor: string; client: string } };

/** What the network routes need from the application layer. */
export interface NetworkServices {
  strength(query: StrengthQuery): Promise<TieView[]>;
  reviewQueue(): Promise<TieView[]>;
  /** Records an answer; its batch is what `POST /api/undo` takes back. */
  applyReview(connectionId: number, effect: ReviewEffect): Promise<{ connectionId: number; batch: string }>;
  removals(): Promise<RemovalReport>;
  exposure(options: ExposureOptions): Promise<ExposureView>;
  stats(): Promise<NetworkStats>;
}
