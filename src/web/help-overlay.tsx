import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { TRIAGE_ACTIONS } from '../core/triage-actions.js';

/** Keys drawn as symbols; named keys (Entrée, Échap) come from the catalog. */
const KEY_SYMBOLS: Record<string, string> = { ArrowDown: '↓', ArrowUp: '↑' };

/** One line of the overlay: an action's keys and its label, already in the interface language. */
export interface HelpRow {
  name: string;
  keys: readonly string[];
  label: string;
}

/**
 * The `?` overlay, drawn from an action registry: what it shows is what the keys do. Without `rows`,
 * the triage registry's.
 */
export function HelpOverlay({ onClose, rows }: { onClose: () => void; rows?: readonly HelpRow[] }) {
  const { t } = useTranslation();
  const lines =
    rows ?? TRIAGE_ACTIONS.map((a) => ({ name: a.name, keys: a.keys, label: t(a.labelKey) as string }));
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = dialog.current;
    if (d && !d.open) d.showModal();
    return () => d?.close();
  }, []);
  return (
    <dialog ref={dialog} className="help" aria-labelledby="help-heading" onClose={onClose}>
      <h2 id="help-heading">{t('help.heading')}</h2>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('help.key')}</th>
            <th scope="col">{t('help.action')}</th>
          </tr>
        </thead>
        <tbody>
          {lines.map((action) => (
            <tr key={action.name} data-action={action.name}>
              <td>
                {action.keys.map((key, i) => (
                  <span key={key}>
                    {i > 0 && ` ${t('help.or')} `}
                    <kbd>
                      {KEY_SYMBOLS[key] ??
                        (key === 'Enter' || key === 'Escape' ? t(`names.keys.${key}`) : key)}
                    </kbd>
                  </span>
                ))}
              </td>
              <td>{action.label}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <button type="button" onClick={onClose}>
        {t('help.close')}
      </button>
    </dialog>
  );
}
