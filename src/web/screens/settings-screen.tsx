import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../language-switch.js';

export function SettingsScreen() {
  const { t } = useTranslation();
  return (
    <div>
      <h1>{t('settings.heading')}</h1>
      <LanguageSwitch />
      <p>{t('settings.unavailable')}</p>
    </div>
  );
}
