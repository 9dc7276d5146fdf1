import { useTranslation } from 'react-i18next';
import type { ImportSummary } from '../../server/api-types.js';
import { navigateTo } from '../navigate.js';

const SHOWN_ISSUES = 5;

/** What an import did, in sentences of the interface's language, with the way on to the triage. */
export function ImportSummaryView({ summary, name }: { summary: ImportSummary; name: string }) {
  const { t, i18n } = useTranslation();
  const number = new Intl.NumberFormat(i18n.language);
  const n = (count: number) => ({ count, n: number.format(count) });
  const list = new Intl.ListFormat(i18n.language, { type: 'conjunction' });
  const { connections: c, invitations: inv, messages: m } = summary;
  const read = {
    connections: t('importRead.connections', n(c.total)),
    invitations: t('importRead.invitations', n(inv.incoming + inv.outgoing)),
    messages: t('importRead.messages', n(m.total)),
    name,
  };
  const changed = c.added + c.updated + c.removed > 0;
  const issues = summary.issues;
  return (
    <div className="import-summary">
      <p>
        <bdi>{t('importRead.read', read)}</bdi>
      </p>
      <p>
        {changed
          ? t('importRead.changes', {
              added: number.format(c.added),
              updated: number.format(c.updated),
              removed: number.format(c.removed),
            })
          : t('importRead.nothingNew')}
      </p>
      <p>{t('importRead.pending', n(inv.pendingIncoming))}</p>
      {summary.replies && <p>{t('importRead.replies', n(summary.replies.found))}</p>}
      {summary.skippedFiles.length > 0 && (
        <p>
          <bdi>
            {t('importRead.skipped', {
              ...n(summary.skippedFiles.length),
              files: list.format(summary.skippedFiles),
            })}
          </bdi>
        </p>
      )}
      {issues.length > 0 && (
        <>
          <p>{t('importRead.issues', n(issues.length))}</p>
          <ul className="import-issues">
            {issues.slice(0, SHOWN_ISSUES).map((issue) => (
              <li key={`${issue.file}:${issue.line}:${issue.code}`}>
                <bdi>
                  {t('importRead.issueLine', {
                    file: issue.file,
                    line: number.format(issue.line),
                    message: issue.message,
                  })}
                </bdi>
              </li>
            ))}
          </ul>
          {issues.length > SHOWN_ISSUES && (
            <p>{t('importRead.moreIssues', n(issues.length - SHOWN_ISSUES))}</p>
          )}
        </>
      )}
      {inv.pendingIncoming > 0 && (
        <button type="button" className="primary" onClick={() => navigateTo('/')}>
          {t('importRead.triage')}
        </button>
      )}
    </div>
  );
}
