import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DecisionKind, InvitationLabel, Lang } from '../../core/labels.js';
import type { Variant } from '../../core/policy/variants.js';
import type { PasteAnswer, PastedInvitation, PasteTriage } from '../../server/api-types.js';
import type { DecideAnswer } from '../../server/triage-types.js';
import { ApiError, send } from '../api.js';
import { navigateTo } from '../navigate.js';
import { RuleName } from '../rule-name.js';
import { PasteReply } from './paste-reply.js';
import { PastedTextField } from './pasted-text-field.js';

export const PASTE_PATH = '/paste';

const EMPTY: Required<PastedInvitation> = {
  name: '',
  profileUrl: '',
  headline: '',
  date: '',
  network: 'linkedin',
  note: '',
};
type Field = keyof PastedInvitation;

const FIELDS = [
  { field: 'name', labelKey: 'paste.name' },
  // Text, not `type=url`: LinkedIn's forms without a scheme (`linkedin.com/in/…`) are accepted.
  { field: 'profileUrl', labelKey: 'paste.profileUrl', inputMode: 'url' },
  { field: 'headline', labelKey: 'paste.headline' },
  { field: 'network', labelKey: 'paste.network' },
] as const satisfies readonly {
  field: Exclude<Field, 'note' | 'date'>;
  labelKey: `paste.${string}`;
  inputMode?: 'url';
}[];

/**
 * Paste an invitation seen on LinkedIn (or another network): it joins the pending queue as a real
 * invitation. The note is sent exactly as pasted (line breaks, emojis); the server validates it like
 * a row of the other-network import and answers with the field at fault.
 */
export function PasteScreen() {
  const { t } = useTranslation();
  const [form, setForm] = useState(EMPTY);
  const [status, setStatus] = useState<{ kind: 'ok' | 'error'; text: string; field?: string } | undefined>();
  const [pasted, setPasted] = useState<{ id: number; triage: PasteTriage } | undefined>();
  const first = useRef<HTMLInputElement>(null);
  useEffect(() => first.current?.focus(), []);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      const answer = await send<PasteAnswer>('POST', '/api/invitations', form);
      if (answer.ok) {
        setStatus({
          kind: 'ok',
          text: t(answer.added ? 'paste.added' : 'paste.merged', { name: form.name.trim() }),
        });
        setPasted(answer.triage ? { id: answer.invitationId, triage: answer.triage } : undefined);
        setForm(EMPTY);
        first.current?.focus();
      }
    } catch (error) {
      const body = error instanceof ApiError ? error : undefined;
      setStatus({ kind: 'error', text: body?.message ?? String(error) });
    }
  };

  return (
    <div className="paste">
      <h1>{t('paste.heading')}</h1>
      <p>{t('paste.explain')}</p>
      <form className="paste-form" onSubmit={submit}>
        {FIELDS.map(({ field, labelKey, ...rest }, i) => (
          <label key={field}>
            {t(labelKey)}
            <input
              ref={i === 0 ? first : undefined}
              name={field}
              value={form[field]}
              required={field === 'name'}
              inputMode={'inputMode' in rest ? rest.inputMode : undefined}
              autoComplete="off"
              spellCheck={false}
              onChange={(e) => setForm({ ...form, [field]: e.target.value })}
            />
          </label>
        ))}
        <label>
          {t('paste.date')}
          <input
            type="date"
            name="date"
            value={form.date}
            onChange={(e) => setForm({ ...form, date: e.target.value })}
          />
        </label>
        <PastedTextField
          label={t('paste.note')}
          name="note"
          rows={6}
          value={form.note}
          onChange={(note) => setForm({ ...form, note })}
        />
        <div className="actions">
          <button type="submit">{t('paste.submit')}</button>
          <button type="button" onClick={() => navigateTo('/')}>
            {t('paste.back')}
          </button>
        </div>
      </form>
      {status && (
        <p role={status.kind === 'error' ? 'alert' : 'status'} className={status.kind}>
          {status.text}
        </p>
      )}
      {pasted && <PasteResult key={pasted.id} invitationId={pasted.id} triage={pasted.triage} />}
      <PasteReply />
    </div>
  );
}

const DECISION_BUTTONS = [
  { decision: undefined, labelKey: 'actions.applySuggestion' },
  { decision: 'accept', labelKey: 'actions.accept' },
  { decision: 'decline', labelKey: 'actions.decline' },
  { decision: 'ask', labelKey: 'actions.ask' },
  { decision: 'ignore', labelKey: 'actions.ignore' },
  { decision: 'later', labelKey: 'actions.later' },
] as const;

/** The label, the policy's suggestion and the draft, at once; one click records a decision. */
function PasteResult({ invitationId, triage }: { invitationId: number; triage: PasteTriage }) {
  const { t, i18n } = useTranslation();
  const [draft, setDraft] = useState(triage.draft);
  const [recorded, setRecorded] = useState<string | undefined>();
  const decideAs = async (decision: string | undefined) => {
    const { result } = await send<DecideAnswer>('POST', '/api/triage/decide', {
      invitationId,
      ...(decision ? { decision } : {}),
    });
    setRecorded(result.decision);
    setDraft(
      result.draft === null ? null : { ...(draft ?? { variant: '', lang: '' }), text: result.draft.text },
    );
  };
  return (
    <section className="paste-result" aria-labelledby="paste-result-heading">
      <h2 id="paste-result-heading">{t('paste.result')}</h2>
      <p>
        {t('paste.label', { label: t(`network.label.${triage.label as InvitationLabel}`) })}{' '}
        <span className="muted">({t(`names.legend.${triage.label as InvitationLabel}`)})</span>
      </p>
      <p className="suggestion">
        {t('paste.suggestion', {
          decision: t(`actions.${triage.suggestion.decision}`),
          reason: triage.suggestion.why[i18n.language === 'fr' ? 'fr' : 'en'],
        })}{' '}
        <span className="muted">
          (<RuleName t={t} rule={triage.suggestion.rule} matched={triage.suggestion.matched} />)
        </span>
      </p>
      {draft ? (
        <>
          <h3>
            {t('paste.draft', {
              variant: t(`names.variants.${draft.variant as Variant}`),
              lang: t(`triage.lang.${draft.lang as Lang}`),
            })}
          </h3>
          <blockquote className="draft">
            <bdi lang={draft.lang}>{draft.text}</bdi>
          </blockquote>
        </>
      ) : (
        <p>{t('paste.noDraft')}</p>
      )}
      <fieldset className="decide">
        <legend>{t('paste.decide')}</legend>
        {DECISION_BUTTONS.map(({ decision, labelKey }) => (
          <button
            key={labelKey}
            type="button"
            disabled={recorded !== undefined}
            onClick={() => void decideAs(decision)}
          >
            {t(labelKey)}
          </button>
        ))}
      </fieldset>
      {recorded && (
        <p role="status">
          {t('paste.recorded', { decision: t(`triage.decisionDone.${recorded as DecisionKind}`) })}
        </p>
      )}
    </section>
  );
}
