import { useTranslation } from 'react-i18next';
import type { Lang } from '../../core/labels.js';
import { describeFactor } from '../../core/network/tie-factor-words.js';
import type { TieView } from '../../server/network-types.js';
import { safeProfileHref } from '../linkedin-link.js';

/** The top reasons behind a score, in the interface language (words from the core's table). */
export function FactorWords({ tie }: { tie: TieView }) {
  const { i18n } = useTranslation();
  const lang: Lang = i18n.language === 'fr' ? 'fr' : 'en';
  if (tie.factors.length === 0) return null;
  return (
    <ul className="factors">
      {tie.factors.map((f) => (
        <li key={f.key} className={f.points < 0 ? 'minus' : 'plus'}>
          {describeFactor(f, lang)}
        </li>
      ))}
    </ul>
  );
}

/** A link to a LinkedIn profile, only when the address is one (see linkedin-link.ts). */
export function ProfileLink({ url, children }: { url: string | null; children: React.ReactNode }) {
  const href = safeProfileHref(url);
  if (!href) return <bdi translate="no">{children}</bdi>;
  return (
    <a href={href} target="_blank" rel="noopener noreferrer">
      <bdi translate="no">{children}</bdi>
    </a>
  );
}

/** The connection under review: who, where, how strong and why. */
export function TieCard({ tie }: { tie: TieView }) {
  const { t } = useTranslation();
  const where = [tie.position, tie.company].filter(Boolean).join(' · ');
  return (
    <section className="tie-card" aria-labelledby="tie-name">
      <h2 id="tie-name" className="name">
        {tie.name ? <bdi translate="no">{tie.name}</bdi> : t('network.hidden')}
      </h2>
      {where && (
        <p className="where">
          <bdi translate="no">{where}</bdi>
        </p>
      )}
      <p className="score">
        <label htmlFor="tie-score">{t('network.score', { score: tie.score })}</label>
        <meter id="tie-score" min={0} max={100} low={30} high={70} optimum={100} value={tie.score} />
      </p>
      <h3>{t('network.review.why')}</h3>
      <FactorWords tie={tie} />
      {safeProfileHref(tie.profileUrl) && (
        <p>
          <ProfileLink url={tie.profileUrl}>{t('network.openProfile')}</ProfileLink>
        </p>
      )}
    </section>
  );
}
