/**
 * The exposure audit (DESIGN.md section 8). LinkedIn's default lets every 1st-degree connection
 * browse the user's other connections, and LinkedIn has no segments: a competitor connected to the
 * user can read the list of the user's clients. Hiding the list (Settings → Visibility → Connections)
 * stops that, except for connections the two already share, which LinkedIn always shows.
 */

export interface AuditPerson {
  personId: number;
  name: string;
  profileUrl: string | null;
  /** Tie strength, when known: the advice proposes parting ways with the weakest first. */
  strength?: number | undefined;
}

export interface ExposureInput {
  competitors: readonly AuditPerson[];
  clients: readonly AuditPerson[];
  /** LinkedIn's default is true; the user may have hidden the list already. */
  connectionsListVisible: boolean;
}

export interface Exposure {
  competitor: AuditPerson;
  /** The clients this competitor can browse (never themself when in both segments). */
  clientIds: number[];
}

export type ExposureAdviceKey = 'hide-connections-list' | 'part-ways' | 'nothing-to-do';

export interface ExposureAdvice {
  key: ExposureAdviceKey;
  /** For `part-ways`: the competitors, weakest tie first. */
  people?: AuditPerson[];
}

export interface ExposureAudit {
  counts: {
    competitors: number;
    clients: number;
    inBoth: number;
    exposedPairs: number;
    exposedClients: number;
  };
  exposures: Exposure[];
  /** People in both segments: the audit counts them on both sides, never as a pair with themself. */
  inBoth: AuditPerson[];
  advice: ExposureAdvice[];
}

/** Which competitors can browse which clients, and what to change on LinkedIn. */
export function auditExposure(input: ExposureInput): ExposureAudit {
  const clientIds = input.clients.map((c) => c.personId);
  const clientSet = new Set(clientIds);
  const inBoth = input.competitors.filter((c) => clientSet.has(c.personId));
  const exposures: Exposure[] = input.connectionsListVisible
    ? input.competitors
        .map((competitor) => ({
          competitor,
          clientIds: clientIds.filter((id) => id !== competitor.personId),
        }))
        .filter((e) => e.clientIds.length > 0)
    : [];
  const exposedClients = new Set(exposures.flatMap((e) => e.clientIds));
  const exposedPairs = exposures.reduce((sum, e) => sum + e.clientIds.length, 0);
  const advice: ExposureAdvice[] = [];
  if (exposures.length > 0) {
    advice.push({ key: 'hide-connections-list' });
    const weakestFirst = exposures
      .map((e) => e.competitor)
      .sort((a, b) => (a.strength ?? 0) - (b.strength ?? 0) || a.name.localeCompare(b.name));
    advice.push({ key: 'part-ways', people: weakestFirst });
  } else {
    advice.push({ key: 'nothing-to-do' });
  }
  return {
    counts: {
      competitors: input.competitors.length,
      clients: input.clients.length,
      inBoth: inBoth.length,
      exposedPairs,
      exposedClients: exposedClients.size,
    },
    exposures,
    inBoth,
    advice,
  };
}

/** The advice in words; the web app uses the same keys (`exposure.<key>`) with i18next. */
export const EXPOSURE_ADVICE_WORDS = {
  en: {
    'hide-connections-list':
      'Hide your connections list: LinkedIn → Settings → Visibility → Connections → "Allow your connections to see your connections list": No. (Shared connections stay visible.)',
    'part-ways': 'Or part ways with these competitors (remove the connection on their profile):',
    'nothing-to-do': 'No competitor can browse your clients through your connections list.',
  },
  fr: {
    'hide-connections-list':
      'Masquez votre liste de relations : LinkedIn → Préférences → Visibilité → Relations → « Autoriser vos relations à voir votre liste de relations » : Non. (Les relations communes restent visibles.)',
    'part-ways': 'Ou séparez-vous de ces concurrents (retirez la relation depuis leur profil) :',
    'nothing-to-do': 'Aucun concurrent ne peut parcourir vos clients par votre liste de relations.',
  },
} as const satisfies Record<'en' | 'fr', Record<ExposureAdviceKey, string>>;
