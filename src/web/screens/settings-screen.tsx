import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGS, type Lang } from '../../core/labels.js';
import { CHANNEL_KINDS } from '../../core/policy/channel-kinds.js';
import type { PolicyError, PolicySettings } from '../../server/triage-types.js';
import { ApiError, send } from '../api.js';
import { LanguageSwitch } from '../language-switch.js';
import { useFetch } from '../use-fetch.js';

type Outcome = { kind: 'saved' } | { kind: 'failed'; message: string };

const LIMITS = ['note', 'notePremium', 'message'] as const;

/** The interface language (this browser) and the settings kept in the policy file (all drafts). */
export function SettingsScreen() {
  const { t } = useTranslation();
  const loaded = useFetch<{ settings: PolicySettings }>('/api/settings');
  const [s, setS] = useState<PolicySettings | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  useEffect(() => {
    if (loaded.state === 'ready') setS((current) => current ?? loaded.value.settings);
  }, [loaded]);
  const save = async (settings: PolicySettings) => {
    try {
      const answer = await send<{ settings: PolicySettings }>('PUT', '/api/settings', settings);
      setS(answer.settings);
      setOutcome({ kind: 'saved' });
    } catch (e) {
      const errors = e instanceof ApiError ? (e.body as { errors?: PolicyError[] })?.errors : undefined;
      const first = errors?.[0];
      setOutcome({
        kind: 'failed',
        message: first ? `${first.path}: ${first.message}` : (e as Error).message,
      });
    }
  };
  return (
    <div className="settings">
      <h1>{t('settings.heading')}</h1>
      <LanguageSwitch />
      {loaded.state === 'error' && <p role="alert">{t('app.error', { message: loaded.message })}</p>}
      {s === null ? (
        loaded.state !== 'error' && <p>{t('app.loading')}</p>
      ) : (
        <form
          onSubmit={(e) => {
            e.preventDefault();
            void save(s);
          }}
        >
          <fieldset>
            <legend>{t('settings.drafts')}</legend>
            <label className="field">
              <span>{t('settings.draftLanguage')}</span>
              <select value={s.language} onChange={(e) => setS({ ...s, language: e.target.value as Lang })}>
                {LANGS.map((l) => (
                  <option key={l} value={l}>
                    {t(`triage.lang.${l}`)}
                  </option>
                ))}
              </select>
            </label>
            <label className="field">
              <span>{t('settings.signature')}</span>
              <input
                required
                value={s.signature}
                onChange={(e) => setS({ ...s, signature: e.target.value })}
              />
            </label>
          </fieldset>
          <fieldset>
            <legend>{t('settings.channels')}</legend>
            <ul className="channels">
              {s.channels.map((ch, i) => {
                const n = String(i + 1);
                const put = (next: typeof ch) =>
                  setS({ ...s, channels: s.channels.map((c, j) => (j === i ? next : c)) });
                return (
                  // biome-ignore lint/suspicious/noArrayIndexKey: channels have no identity but their place
                  <li key={i}>
                    <select
                      aria-label={t('settings.channelKind', { index: n })}
                      value={ch.kind}
                      onChange={(e) => put({ ...ch, kind: e.target.value as typeof ch.kind })}
                    >
                      {CHANNEL_KINDS.map((k) => (
                        <option key={k} value={k}>
                          {t(`settings.kinds.${k}`)}
                        </option>
                      ))}
                    </select>
                    <input
                      required
                      aria-label={t('settings.channelValue', { index: n })}
                      value={ch.value}
                      onChange={(e) => put({ ...ch, value: e.target.value })}
                    />
                    <button
                      type="button"
                      onClick={() => setS({ ...s, channels: s.channels.filter((_, j) => j !== i) })}
                    >
                      {t('settings.removeChannel', { index: n })}
                    </button>
                  </li>
                );
              })}
            </ul>
            <button
              type="button"
              onClick={() => setS({ ...s, channels: [...s.channels, { kind: 'website', value: '' }] })}
            >
              {t('settings.addChannel')}
            </button>
          </fieldset>
          <fieldset>
            <legend>{t('settings.limits')}</legend>
            <label className="check">
              <input
                type="checkbox"
                checked={s.premium}
                onChange={(e) => setS({ ...s, premium: e.target.checked })}
              />{' '}
              {t('settings.premium')}
            </label>
            {LIMITS.map((k) => (
              <label key={k} className="field">
                <span>{t(`settings.${k}`)}</span>
                <input
                  type="number"
                  min={1}
                  required
                  value={s.limits[k]}
                  onChange={(e) => setS({ ...s, limits: { ...s.limits, [k]: Number(e.target.value) } })}
                />
              </label>
            ))}
          </fieldset>
          <button type="submit" className="primary">
            {t('settings.save')}
          </button>
          <div role={outcome?.kind === 'failed' ? 'alert' : 'status'}>
            {outcome?.kind === 'saved' && <p className="saved">{t('settings.saved')}</p>}
            {outcome?.kind === 'failed' && <p>{t('app.error', { message: outcome.message })}</p>}
          </div>
        </form>
      )}
    </div>
  );
}
