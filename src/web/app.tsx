import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from './language-switch.js';
import { ImportScreen } from './screens/import-screen.js';
import { NetworkScreen } from './screens/network-screen.js';
import { PASTE_PATH, PasteScreen } from './screens/paste-screen.js';
import { PolicyScreen } from './screens/policy-screen.js';
import { QueuesScreen } from './screens/queues-screen.js';
import { SettingsScreen } from './screens/settings-screen.js';
import { TriageScreen } from './screens/triage-screen.js';

const SCREENS = {
  triage: { path: '/', labelKey: 'nav.triage', Component: TriageScreen },
  paste: { path: PASTE_PATH, labelKey: 'nav.paste', Component: PasteScreen },
  queues: { path: '/queues', labelKey: 'nav.queues', Component: QueuesScreen },
  network: { path: '/network', labelKey: 'nav.network', Component: NetworkScreen },
  import: { path: '/import', labelKey: 'nav.import', Component: ImportScreen },
  policy: { path: '/policy', labelKey: 'nav.policy', Component: PolicyScreen },
  settings: { path: '/settings', labelKey: 'nav.settings', Component: SettingsScreen },
} as const;
type ScreenName = keyof typeof SCREENS;
const NAMES = Object.keys(SCREENS) as ScreenName[];

/** A screen owns its path and the paths below it (`/network/review`). */
const owns = (screen: string, path: string) =>
  path === screen || (screen !== '/' && path.startsWith(`${screen}/`));
const screenOfPath = (path: string): ScreenName => NAMES.find((n) => owns(SCREENS[n].path, path)) ?? 'triage';

/** The shell: a skip link, the navigation, the language switch and the current screen. */
export function App() {
  const { t } = useTranslation();
  const [screen, setScreen] = useState<ScreenName>(() => screenOfPath(location.pathname));
  useEffect(() => {
    const onPop = () => setScreen(screenOfPath(location.pathname));
    addEventListener('popstate', onPop);
    return () => removeEventListener('popstate', onPop);
  }, []);
  const go = (name: ScreenName) => {
    if (name !== screen) history.pushState(null, '', SCREENS[name].path);
    setScreen(name);
  };
  const { Component } = SCREENS[screen];
  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="top">
        <span className="brand">{t('app.title')}</span>
        <nav aria-label={t('app.nav')}>
          <ul>
            {NAMES.map((name) => (
              <li key={name}>
                <a
                  href={SCREENS[name].path}
                  aria-current={name === screen ? 'page' : undefined}
                  onClick={(e) => {
                    e.preventDefault();
                    go(name);
                  }}
                >
                  {t(SCREENS[name].labelKey)}
                </a>
              </li>
            ))}
          </ul>
        </nav>
        <LanguageSwitch />
      </header>
      <main id="main" tabIndex={-1}>
        <Component />
      </main>
    </>
  );
}
