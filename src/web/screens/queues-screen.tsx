import { useTranslation } from 'react-i18next';

const QUEUES = ['queues.asks', 'queues.replies', 'queues.opportunists'] as const;

export function QueuesScreen() {
  const { t } = useTranslation();
  return (
    <div>
      <h1>{t('queues.heading')}</h1>
      {QUEUES.map((key) => (
        <section key={key} aria-label={t(key)}>
          <h2>{t(key)}</h2>
          <p>{t('queues.empty')}</p>
        </section>
      ))}
    </div>
  );
}
