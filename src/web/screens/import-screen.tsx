import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportJobView, ImportSummary } from '../../server/api-types.js';
import { ApiError, getJson, send } from '../api.js';
import { importErrorText } from '../import/import-error.js';
import { ImportSummaryView } from '../import/import-summary.js';

type Phase =
  | { phase: 'idle'; error?: string }
  | { phase: 'uploading'; name: string }
  | { phase: 'job'; job: ImportJobView };

const POLL_MS = 200;

export function ImportScreen() {
  const { t } = useTranslation();
  const [state, setState] = useState<Phase>({ phase: 'idle' });
  const [over, setOver] = useState(false);

  const upload = async (file: File) => {
    if (!/\.zip$/i.test(file.name)) {
      setState({ phase: 'idle', error: t('import.notZip') });
      return;
    }
    setState({ phase: 'uploading', name: file.name });
    try {
      const job = await send<ImportJobView>(
        'POST',
        `/api/imports?name=${encodeURIComponent(file.name)}`,
        file,
      );
      setState({ phase: 'job', job });
    } catch (error) {
      const code = error instanceof ApiError ? error.code : 'other';
      setState({ phase: 'idle', error: importErrorText(t, code, file.name, (error as Error).message) });
    }
  };

  const jobId = state.phase === 'job' && state.job.state === 'running' ? state.job.id : undefined;
  useEffect(() => {
    if (!jobId) return;
    const timer = setInterval(() => {
      getJson<ImportJobView>(`/api/imports/${jobId}`).then(
        (job) => setState({ phase: 'job', job }),
        () => undefined,
      );
    }, POLL_MS);
    return () => clearInterval(timer);
  }, [jobId]);

  return (
    <div>
      <h1>{t('import.heading')}</h1>
      <p>{t('import.explain')}</p>
      {state.phase === 'idle' && (
        <>
          <section
            aria-label={t('import.drop')}
            className={over ? 'dropzone over' : 'dropzone'}
            onDragOver={(e) => {
              e.preventDefault();
              setOver(true);
            }}
            onDragLeave={() => setOver(false)}
            onDrop={(e) => {
              e.preventDefault();
              setOver(false);
              const file = e.dataTransfer.files[0];
              if (file) void upload(file);
            }}
          >
            <p>{t('import.drop')}</p>
            <label className="button">
              {t('import.choose')}
              <input
                type="file"
                accept=".zip,application/zip"
                className="visually-hidden"
                onChange={(e) => {
                  const file = e.target.files?.[0];
                  if (file) void upload(file);
                }}
              />
            </label>
          </section>
          {state.error && <p role="alert">{state.error}</p>}
        </>
      )}
      {state.phase === 'uploading' && <p aria-live="polite">{t('import.uploading', { name: state.name })}</p>}
      {state.phase === 'job' && (
        <JobStatus
          job={state.job}
          onAgain={() => setState({ phase: 'idle' })}
          onJob={(job) => setState({ phase: 'job', job })}
        />
      )}
    </div>
  );
}

function JobStatus({
  job,
  onAgain,
  onJob,
}: {
  job: ImportJobView;
  onAgain: () => void;
  onJob: (job: ImportJobView) => void;
}) {
  const { t, i18n } = useTranslation();
  const [cancelling, setCancelling] = useState(false);
  const number = new Intl.NumberFormat(i18n.language);
  const name = job.name ?? '';
  // The server stops the import at its next batch and rolls it back; polling then shows `cancelled`.
  const cancel = () => {
    setCancelling(true);
    send<ImportJobView>('POST', `/api/imports/${job.id}/cancel`).then(onJob, () => setCancelling(false));
  };
  return (
    <div aria-live="polite">
      {job.state === 'running' && (
        <>
          <p>{t('import.importing')}</p>
          <progress aria-label={t('import.progress')} max={job.total || 1} value={job.done} />
          {job.step && (
            <p className="import-step">
              {t('importRead.reading', {
                file: t(`importRead.kinds.${job.step.kind as 'messages'}`),
                rows: number.format(job.step.rows),
              })}
            </p>
          )}
          <button type="button" onClick={cancel} disabled={cancelling}>
            {cancelling ? t('import.cancelling') : t('import.cancel')}
          </button>
        </>
      )}
      {job.state === 'done' && (
        <>
          <p className="import-done">{t('import.done')}</p>
          <h2>{t('import.summary')}</h2>
          <ImportSummaryView summary={job.summary as ImportSummary} name={name} />
        </>
      )}
      {job.state === 'cancelled' && <p className="import-cancelled">{t('import.cancelled')}</p>}
      {job.state === 'failed' && (
        <p role="alert">
          <bdi>{importErrorText(t, job.errorCode ?? 'other', name, job.error ?? '')}</bdi>
        </p>
      )}
      {job.state !== 'running' && (
        <button type="button" onClick={onAgain}>
          {t('import.another')}
        </button>
      )}
    </div>
  );
}
