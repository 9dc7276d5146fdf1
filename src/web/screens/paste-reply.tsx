import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PastedReplyView } from '../../server/api-types.js';
import { ApiError, send } from '../api.js';
import { PastedTextField } from './pasted-text-field.js';

/** Paste a reply someone sent after a decline or an ask: classified and attached to the person. */
export function PasteReply() {
  const { t } = useTranslation();
  const [profileUrl, setProfileUrl] = useState('');
  const [text, setText] = useState('');
  const [reply, setReply] = useState<PastedReplyView | undefined>();
  const [error, setError] = useState<string | undefined>();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      setReply(await send<PastedReplyView>('POST', '/api/replies', { profileUrl, text }));
      setError(undefined);
      setText('');
    } catch (failure) {
      setError(failure instanceof ApiError ? failure.message : String(failure));
    }
  };

  return (
    <section className="paste-reply" aria-labelledby="paste-reply-heading">
      <h2 id="paste-reply-heading">{t('reply.heading')}</h2>
      <p>{t('reply.explain')}</p>
      <form className="paste-form" onSubmit={submit}>
        <label>
          {t('reply.profileUrl')}
          <input
            name="reply_profile_url"
            value={profileUrl}
            required
            inputMode="url"
            autoComplete="off"
            spellCheck={false}
            onChange={(e) => setProfileUrl(e.target.value)}
          />
        </label>
        <PastedTextField
          label={t('reply.text')}
          name="reply_text"
          rows={4}
          required
          value={text}
          onChange={setText}
        />
        <div className="actions">
          <button type="submit">{t('reply.submit')}</button>
        </div>
      </form>
      {error && <p role="alert">{error}</p>}
      {reply && (
        <div className="reply-result" role="status">
          <p>
            {t('reply.result', {
              name: reply.name,
              label: reply.label,
              confidence: Math.round(reply.confidence * 100),
            })}
          </p>
          <p>{t('reply.suggestion', { suggestion: reply.suggestion })}</p>
        </div>
      )}
    </section>
  );
}
