import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PolicyError, PolicyText } from '../../server/triage-types.js';
import { ApiError, send } from '../api.js';
import { useFetch } from '../use-fetch.js';

type Outcome =
  | { kind: 'saved' }
  | { kind: 'errors'; errors: PolicyError[] }
  | { kind: 'failed'; message: string };

/** The policy as YAML: save validates it on the server, and a broken policy is never written. */
export function PolicyScreen() {
  const { t } = useTranslation();
  const loaded = useFetch<PolicyText>('/api/policy');
  const [text, setText] = useState<string | null>(null);
  const [preset, setPreset] = useState('selective');
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  useEffect(() => {
    if (loaded.state === 'ready') setText((current) => current ?? loaded.value.text);
  }, [loaded]);
  if (loaded.state !== 'ready' || text === null) {
    return (
      <div>
        <h1>{t('policy.heading')}</h1>
        {loaded.state === 'error' ? (
          <p role="alert">{t('app.error', { message: loaded.message })}</p>
        ) : (
          <p>{t('app.loading')}</p>
        )}
      </div>
    );
  }
  const { source, presets } = loaded.value;
  const save = async () => {
    try {
      await send('PUT', '/api/policy', { text });
      setOutcome({ kind: 'saved' });
    } catch (e) {
      const errors =
        e instanceof ApiError ? (e.body as { errors?: PolicyError[] } | undefined)?.errors : undefined;
      setOutcome(errors ? { kind: 'errors', errors } : { kind: 'failed', message: (e as Error).message });
    }
  };
  return (
    <div className="policy">
      <h1>{t('policy.heading')}</h1>
      <p>{t('policy.explain')}</p>
      <p className="muted">
        {t('policy.source', { source: source.startsWith('preset:') ? t('policy.presetSource') : source })}
      </p>
      <div className="row">
        <label>
          <span>{t('policy.preset')}</span>{' '}
          <select value={preset} onChange={(e) => setPreset(e.target.value)}>
            {Object.keys(presets).map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </select>
        </label>{' '}
        <button type="button" onClick={() => setText(presets[preset] ?? text)}>
          {t('policy.usePreset')}
        </button>
      </div>
      <label htmlFor="policy-text" className="block-label">
        {t('policy.text')}
      </label>
      <textarea
        id="policy-text"
        className="code"
        spellCheck={false}
        rows={24}
        value={text}
        aria-describedby="policy-outcome"
        aria-invalid={outcome?.kind === 'errors' ? true : undefined}
        onChange={(e) => setText(e.target.value)}
      />
      <div className="row">
        <button type="button" className="primary" onClick={() => void save()}>
          {t('policy.save')}
        </button>
      </div>
      <div id="policy-outcome" role={outcome?.kind === 'saved' ? 'status' : 'alert'}>
        {outcome?.kind === 'saved' && <p className="saved">{t('policy.saved')}</p>}
        {outcome?.kind === 'failed' && <p>{t('app.error', { message: outcome.message })}</p>}
        {outcome?.kind === 'errors' && (
          <>
            <p>{t('policy.errors', { count: outcome.errors.length })}</p>
            <ul className="policy-errors">
              {outcome.errors.map((e) => (
                <li key={`${e.line}:${e.column}:${e.path}:${e.message}`}>
                  {t('policy.errorLine', { line: e.line })}: {e.path ? <code>{e.path}</code> : null}
                  {e.path ? ': ' : ''}
                  {e.message}
                </li>
              ))}
            </ul>
          </>
        )}
      </div>
    </div>
  );
}
