const KEY_NAMES: Record<string, string> = { ArrowDown: '↓', ArrowUp: '↑', Enter: 'Enter' };

/** A key as the help overlay and the buttons show it. */
export function KeyName({ name }: { name: string }) {
  return <kbd>{KEY_NAMES[name] ?? name}</kbd>;
}
