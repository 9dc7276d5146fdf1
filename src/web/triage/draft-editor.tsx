import { forwardRef, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Lang } from '../../core/labels.js';
import { LANGS } from '../../core/labels.js';
import type { DraftView } from '../../server/triage-types.js';

interface DraftEditorProps {
  draft: DraftView;
  limit: number | null;
  /** Saves the user's text when they leave the editor (blur or Esc) and it changed. */
  onSave: (text: string) => void;
  /** Rewrites the draft in the other language. */
  onLanguage: (lang: Lang) => void;
}

/**
 * The draft, editable, with a live count against the limit. Over the limit, the count turns red and
 * says so in words, in a polite live region, so a screen reader hears it once.
 */
export const DraftEditor = forwardRef<HTMLTextAreaElement, DraftEditorProps>(function DraftEditor(
  { draft, limit, onSave, onLanguage },
  ref,
) {
  const { t } = useTranslation();
  const [text, setText] = useState(draft.text);
  useEffect(() => setText(draft.text), [draft.text]);
  const over = limit === null ? 0 : text.length - limit;
  const leave = () => {
    if (text !== draft.text) onSave(text);
  };
  return (
    <div className="draft">
      <div className="draft-head">
        <label htmlFor="draft-text">{t('triage.draftLabel')}</label>
        <label className="draft-lang">
          <span>{t('triage.draftLanguage')}</span>
          <select value={draft.lang} onChange={(e) => onLanguage(e.target.value as Lang)}>
            {LANGS.map((l) => (
              <option key={l} value={l}>
                {t(`triage.lang.${l}`)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <textarea
        id="draft-text"
        ref={ref}
        value={text}
        lang={draft.lang}
        rows={9}
        aria-describedby="draft-count"
        aria-invalid={over > 0 ? true : undefined}
        onChange={(e) => setText(e.target.value)}
        onBlur={leave}
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            e.preventDefault();
            e.currentTarget.blur();
          }
        }}
      />
      <p id="draft-count" className={over > 0 ? 'draft-count over' : 'draft-count'} aria-live="polite">
        {limit === null ? text.length : t('triage.draftCount', { count: text.length, limit })}
        {over > 0 && <strong> · {t('triage.draftOver', { count: over })}</strong>}
      </p>
    </div>
  );
});
