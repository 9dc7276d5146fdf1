import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PolicyError, PolicyText } from '../../server/triage-types.js';
import { ApiError, send } from '../api.js';
import { en } from '../locales/en.js';
import { useFetch } from '../use-fetch.js';

const isPresetName = (name: string): name is keyof typeof en.names.presets =>
  Object.hasOwn(en.names.presets, name);

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
  const editor = useRef<HTMLTextAreaElement>(null);
  const ready = text !== null;
  // `/policy?rule=name` (the triage card's link) opens the editor on that rule.
  useEffect(() => {
    const rule = new URLSearchParams(location.search).get('rule');
    const el = editor.current;
    if (!ready || !rule || !el) return;
    const at = findRule(el.value, rule);
    if (at < 0) return;
    el.focus();
    el.setSelectionRange(at, el.value.indexOf('\n', at) < 0 ? el.value.length : el.value.indexOf('\n', at));
    const line = el.value.slice(0, at).split('\n').length;
    el.scrollTop = Math.max(0, (line - 3) * (el.scrollHeight / el.value.split('\n').length));
  }, [ready]);
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
                {isPresetName(name) ? t(`names.presets.${name}`) : name}
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
        ref={editor}
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

/** Where a rule (or `default`) starts in the YAML text, -1 when absent. */
function findRule(text: string, rule: string): number {
  if (rule === 'default') return text.search(/^default:/m);
  const escaped = rule.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return text.search(new RegExp(`^\\s*-?\\s*name:\\s*['"]?${escaped}['"]?\\s*$`, 'm'));
}
