import { useTranslation } from 'react-i18next';

export function PolicyScreen() {
  const { t } = useTranslation();
  return (
    <div>
      <h1>{t('policy.heading')}</h1>
      <p>{t('policy.unavailable')}</p>
    </div>
  );
}
