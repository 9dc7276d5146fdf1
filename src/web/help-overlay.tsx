import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { KeyAction } from '../core/key-actions.js';
import { TRIAGE_ACTIONS } from '../core/triage-actions.js';
import { KeyName } from './key-name.js';

/**
 * The `?` overlay, drawn from an action registry (`core/key-actions.ts`): what it shows is what the
 * keys do. Without `actions`, the triage registry's.
 */
export function HelpOverlay({
  onClose,
  actions = TRIAGE_ACTIONS,
}: {
  onClose: () => void;
  actions?: readonly KeyAction[];
}) {
  const { t } = useTranslation();
  const lines = actions.map((a) => ({ name: a.name, keys: a.keys, label: t(a.labelKey as never) as string }));
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
                    <KeyName name={key} />
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
