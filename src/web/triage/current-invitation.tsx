import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { describeSignal } from '../../core/classify/signal-words.js';
import type { Lang } from '../../core/labels.js';
import type { TriageItemView } from '../../server/triage-types.js';
import { safeProfileHref } from '../linkedin-link.js';
import { RuleName } from '../rule-name.js';

/** How many of the classifier's reasons the screen shows. */
const SIGNALS = 3;

const percent = (x: number) => String(Math.round(x * 100));

/**
 * What is known about the current invitation: the person, the note (a stranger's text: text nodes in
 * `<bdi>`), its label and language, the classifier's top reasons, the policy's suggestion and its
 * reason, earlier decisions on the same person and flags. `children` is the draft editor.
 */
export function CurrentInvitation({ item, children }: { item: TriageItemView; children: ReactNode }) {
  const { t, i18n } = useTranslation();
  const href = safeProfileHref(item.profileUrl);
  const day = (iso: string) => {
    const date = new Date(iso);
    return Number.isNaN(date.getTime()) ? iso : date.toLocaleDateString(i18n.language);
  };
  const { classification: c, suggestion: s } = item;
  const lang: Lang = i18n.language === 'fr' ? 'fr' : 'en';
  const earlier = item.earlier[0];
  return (
    <section aria-labelledby="current-heading" className="current" data-invitation={item.invitationId}>
      <h2 id="current-heading" className="visually-hidden">
        {t('triage.current')}
      </h2>
      <p className="person">
        <bdi className="name" translate="no">
          {item.name}
        </bdi>
        {href && (
          <>
            {' · '}
            <a href={href} target="_blank" rel="noopener noreferrer">
              {t('triage.profile')}
            </a>
          </>
        )}
      </p>
      {item.headline && (
        <p className="headline">
          <bdi translate="no">{item.headline}</bdi>
        </p>
      )}
      <p className="date">{t('triage.sentAt', { date: day(item.sentAt) })}</p>
      {earlier && (
        <p className="earlier">{t(`triage.earlier.${earlier.decision}`, { date: day(earlier.decidedAt) })}</p>
      )}
      {item.flag && <p className="flagged">{t(`triage.flag.${item.flag}`)}</p>}
      <h3 className="visually-hidden">{t('triage.note')}</h3>
      <blockquote className="note">
        {item.note ? <bdi translate="no">{item.note}</bdi> : t('triage.noNote')}
      </blockquote>
      <div className="suggestion" data-decision={s.decision}>
        <p>
          <span className="suggestion-label">{t('triage.suggestion')}</span>{' '}
          <strong className="suggested">{t(`actions.${s.decision}`)}</strong>{' '}
          <span className="muted">
            (<RuleName t={t} rule={s.rule} matched={s.matched} />)
          </span>
        </p>
        <p className="reason">{s.why[i18n.language === 'fr' ? 'fr' : 'en']}</p>
      </div>
      <h3 className="visually-hidden">{t('triage.about')}</h3>
      <dl className="facts">
        <div>
          <dt>{t('triage.label')}</dt>
          <dd className="label" data-label={c.label}>
            {t(`network.label.${c.label}`)}
            {c.unsure && (
              <>
                {' '}
                <strong className="unsure" data-unsure="true">
                  {t('classifier.unsure')}
                </strong>{' '}
                <span className="muted">
                  {t('classifier.unsureBetween', {
                    between: c.between.map((l) => t(`network.label.${l}`)).join(t('classifier.or')),
                  })}
                </span>
              </>
            )}
          </dd>
        </div>
        <div>
          <dt>{t('triage.confidence')}</dt>
          <dd>{t('triage.confidenceValue', { percent: percent(c.confidence) })}</dd>
        </div>
        <div>
          <dt>{t('triage.noteLanguage')}</dt>
          <dd>{t(`triage.lang.${c.lang}`)}</dd>
        </div>
        {c.signals.length > 0 && (
          <div>
            <dt>{t('triage.signals')}</dt>
            <dd>
              <ul className="signals">
                {c.signals.slice(0, SIGNALS).map((sig) => (
                  <li key={`${sig.code} ${sig.params?.text ?? ''}`}>
                    <bdi>{describeSignal(sig, lang)}</bdi>{' '}
                    <span className="muted">{percent(sig.weight)} %</span>
                  </li>
                ))}
              </ul>
            </dd>
          </div>
        )}
      </dl>
      <p className="legend muted">
        {t(`network.label.${c.label}`)} : {t(`names.legend.${c.label}`)}
      </p>
      <h3>{t('triage.draft')}</h3>
      {children}
    </section>
  );
}
