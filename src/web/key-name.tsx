import { useTranslation } from 'react-i18next';

/** Keys drawn as symbols; named keys (Entrée, Échap) come from the catalog, in the interface language. */
const KEY_SYMBOLS: Record<string, string> = { ArrowDown: '↓', ArrowUp: '↑' };
const NAMED_KEYS = new Set(['Enter', 'Escape']);

/** A key as the help overlay and the buttons show it. */
export function KeyName({ name }: { name: string }) {
  const { t } = useTranslation();
  return (
    <kbd>
      {KEY_SYMBOLS[name] ?? (NAMED_KEYS.has(name) ? t(`names.keys.${name as 'Enter' | 'Escape'}`) : name)}
    </kbd>
  );
}
