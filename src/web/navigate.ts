/** Moves to another screen from inside one (a key on the triage screen): the shell follows `popstate`. */
export function navigateTo(path: string): void {
  if (location.pathname !== path) history.pushState(null, '', path);
  dispatchEvent(new PopStateEvent('popstate'));
}
