import { useCallback, useEffect, useId, useRef, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/http';
import type { Page } from '../api/types';
import { ApiFailure } from '../shell/Notices';
import {
  errorReportUrl,
  importApi,
  isFinished,
  MAX_FILE_MB,
  templateUrl,
  uploadFile,
  type ImportJob,
  type ImportRow,
  type RowOutcome,
} from './importApi';
import { IMPORTS_NS } from './translations';
import './imports.css';

/** How often a running job is asked for its progress. */
export const POLL_MILLIS = 1000;

const HISTORY_SIZE = 10;

const ROWS_SIZE = 20;

function useFormatters() {
  const { i18n } = useTranslation(IMPORTS_NS);
  const language = i18n.resolvedLanguage ?? 'en';
  return {
    dateTime: (iso: string | null) => {
      if (!iso) {
        return '';
      }
      const date = new Date(iso);
      return Number.isNaN(date.getTime())
        ? iso
        : new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
    },
    size: (bytes: number) => (bytes >= 1_000_000 ? `${(bytes / 1_000_000).toFixed(1)} MB` : `${Math.ceil(bytes / 1000)} kB`),
  };
}

/**
 * The import page of a district office: templates, upload with a dry-run switch, live progress, results with
 * the rows to look at and the error report, and the office's import history.
 */
export function ImportPage() {
  const { t } = useTranslation(IMPORTS_NS);
  const [job, setJob] = useState<ImportJob | null>(null);
  const [historyVersion, setHistoryVersion] = useState(0);

  const started = useCallback((accepted: ImportJob) => {
    setJob(accepted);
    setHistoryVersion((version) => version + 1);
  }, []);

  // Follows the job shown until it finishes; the history is reloaded then, so it shows the final counts.
  useEffect(() => {
    if (job === null || isFinished(job)) {
      return;
    }
    let current = true;
    const timer = window.setTimeout(() => {
      importApi
        .job(job.id)
        .then((next) => {
          if (current) {
            setJob(next);
            if (isFinished(next)) {
              setHistoryVersion((version) => version + 1);
            }
          }
        })
        // A missed poll is retried with the next one: the job goes on regardless.
        .catch(() => current && setJob({ ...job }));
    }, POLL_MILLIS);
    return () => {
      current = false;
      window.clearTimeout(timer);
    };
  }, [job]);

  return (
    <section aria-labelledby="imports-title" className="imports">
      <h1 id="imports-title">{t('page.title')}</h1>
      <p>{t('page.intro')}</p>
      <Templates />
      <UploadForm onStarted={started} />
      {job !== null && <JobView job={job} onChange={setJob} />}
      <History version={historyVersion} shownId={job?.id} onShow={setJob} />
    </section>
  );
}

function Templates() {
  const { t, i18n } = useTranslation(IMPORTS_NS);
  const language = i18n.resolvedLanguage ?? 'en';
  return (
    <section aria-labelledby="imports-templates">
      <h2 id="imports-templates">{t('templates.title')}</h2>
      <p>{t('templates.help')}</p>
      <p className="actions">
        <a className="button" href={templateUrl('xlsx', language)} download data-testid="template-xlsx">
          {t('templates.xlsx')}
        </a>
        <a className="button" href={templateUrl('csv', language)} download data-testid="template-csv">
          {t('templates.csv')}
        </a>
      </p>
    </section>
  );
}

function UploadForm({ onStarted }: { onStarted: (job: ImportJob) => void }) {
  const { t } = useTranslation(IMPORTS_NS);
  const format = useFormatters();
  const inputId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [dryRun, setDryRun] = useState(true);
  const [dragging, setDragging] = useState(false);
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const choose = (chosen: File | undefined) => {
    setError(null);
    if (chosen === undefined) {
      return;
    }
    if (chosen.size > MAX_FILE_MB * 1_000_000) {
      setFile(null);
      setError(t('upload.tooLarge', { max: MAX_FILE_MB }));
      return;
    }
    setFile(chosen);
  };

  const drop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setDragging(false);
    choose(event.dataTransfer.files[0]);
  };

  const submit = async () => {
    if (file === null) {
      setError(t('upload.noFile'));
      return;
    }
    setSending(true);
    setError(null);
    try {
      onStarted(await uploadFile(file, dryRun));
      setFile(null);
      if (input.current) {
        input.current.value = '';
      }
    } catch (failure: unknown) {
      setError(refusal(failure, t));
    } finally {
      setSending(false);
    }
  };

  return (
    <section aria-labelledby="imports-upload">
      <h2 id="imports-upload">{t('upload.title')}</h2>
      <div
        className={dragging ? 'drop-zone dragging' : 'drop-zone'}
        data-testid="drop-zone"
        onDragOver={(event) => {
          event.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={drop}
      >
        <p>{t('upload.drop')}</p>
        <label htmlFor={inputId} className="button">
          {t('upload.choose')}
        </label>
        <input
          id={inputId}
          ref={input}
          type="file"
          className="visually-hidden"
          accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          data-testid="file-input"
          onChange={(event) => choose(event.target.files?.[0])}
        />
        <p className="hint">{t('upload.formats', { max: MAX_FILE_MB })}</p>
        {file !== null && (
          <p data-testid="chosen-file">{t('upload.chosen', { name: file.name, size: format.size(file.size) })}</p>
        )}
      </div>
      <p className="field">
        <label>
          <input
            type="checkbox"
            checked={dryRun}
            onChange={(event) => setDryRun(event.target.checked)}
            data-testid="dry-run"
          />{' '}
          {t('upload.dryRun')}
        </label>
      </p>
      <p className="actions">
        <button type="button" onClick={() => void submit()} disabled={sending} data-testid="start-import">
          {sending ? t('upload.sending') : dryRun ? t('upload.startDryRun') : t('upload.start')}
        </button>
      </p>
      {error !== null && (
        <p className="error" role="alert" data-testid="upload-error">
          {error}
        </p>
      )}
    </section>
  );
}

function refusal(failure: unknown, t: (key: string, options?: Record<string, unknown>) => string): string {
  if (failure instanceof ApiError) {
    if (failure.status === 413) {
      return t('upload.tooLarge', { max: MAX_FILE_MB });
    }
    if (failure.status === 503) {
      return t('upload.busy');
    }
    return t('upload.refused', { reason: failure.problem.detail ?? failure.problem.title ?? failure.status });
  }
  return t('upload.refused', { reason: String(failure) });
}

function JobView({ job, onChange }: { job: ImportJob; onChange: (job: ImportJob) => void }) {
  const { t } = useTranslation(IMPORTS_NS);
  const [cancelling, setCancelling] = useState(false);
  const cancel = () => {
    setCancelling(true);
    importApi
      .cancel(job.id)
      .then(onChange)
      .catch(() => setCancelling(false));
  };
  return (
    <section aria-labelledby="imports-progress" data-testid="import-job" data-job-id={job.id}>
      <h2 id="imports-progress">{t('progress.title')}</h2>
      <p>
        <strong>{job.fileName}</strong> — <span data-testid="job-status">{t(`status.${job.status}`)}</span>
      </p>
      <Progress job={job} />
      {!isFinished(job) && (
        <p className="actions">
          <button type="button" onClick={cancel} disabled={cancelling || job.cancelRequested} data-testid="cancel-import">
            {t('progress.cancel')}
          </button>
          {(cancelling || job.cancelRequested) && <span role="status">{t('progress.cancelling')}</span>}
        </p>
      )}
      {isFinished(job) && <Results job={job} />}
    </section>
  );
}

function Progress({ job }: { job: ImportJob }) {
  const { t } = useTranslation(IMPORTS_NS);
  const left = job.progress.secondsLeft;
  return (
    <div className="import-progress">
      <progress
        max={100}
        value={job.progress.percent}
        aria-label={t('progress.label')}
        aria-valuetext={`${job.progress.percent} %`}
        data-testid="progress-bar"
      />
      <span data-testid="progress-percent"> {job.progress.percent} %</span>
      {job.status === 'QUEUED' ? (
        <p role="status">{t('progress.waiting')}</p>
      ) : (
        <p role="status" data-testid="progress-text">
          {t('progress.rows', { read: job.counts.rowsRead, total: job.rowsTotal })}
          {job.progress.rowsPerSecond > 0 && <> · {t('progress.rate', { rate: Math.round(job.progress.rowsPerSecond) })}</>}
          {!isFinished(job) && left !== null && left > 0 && (
            <>
              {' '}
              ·{' '}
              {t('progress.left', {
                time:
                  left < 90
                    ? t('progress.leftSeconds', { count: left })
                    : t('progress.leftMinutes', { count: Math.round(left / 60) }),
              })}
            </>
          )}
        </p>
      )}
    </div>
  );
}

function Results({ job }: { job: ImportJob }) {
  const { t } = useTranslation(IMPORTS_NS);
  const format = useFormatters();
  const counts = job.counts;
  const notImported = counts.rejected + counts.conflicts;
  const figures: [string, number, string][] = [
    ['rowsRead', counts.rowsRead, t('results.rowsRead')],
    ['valid', counts.valid, t('results.valid')],
    ['imported', counts.imported, job.dryRun ? t('results.wouldImport') : t('results.imported')],
    ['unchanged', counts.unchanged, t('results.unchanged')],
    ['rejected', counts.rejected, t('results.rejected')],
    ['conflicts', counts.conflicts, t('results.conflicts')],
    ['possibleDuplicates', counts.possibleDuplicates, t('results.possibleDuplicates')],
  ];
  return (
    <section aria-labelledby="imports-results" data-testid="import-results">
      <h3 id="imports-results">{t('results.title')}</h3>
      {job.dryRun && <p className="warning">{t('results.dryRunNote')}</p>}
      {job.sameFileAs !== null && (
        <p className="warning" data-testid="same-file">
          {t('results.sameFile', { date: format.dateTime(job.sameFileAs.finishedAt), user: job.sameFileAs.importedBy })}
        </p>
      )}
      {job.failure !== null && (
        <p className="error" role="alert" data-testid="job-failure">
          {t('results.failure', { reason: job.failure })}
        </p>
      )}
      <dl className="import-counts">
        {figures.map(([key, value, label]) => (
          <div key={key}>
            <dt>{label}</dt>
            <dd className="number" data-testid={`count-${key}`}>
              {value}
            </dd>
          </div>
        ))}
      </dl>
      {job.ignoredColumns.length > 0 && (
        <p data-testid="ignored-columns">{t('results.ignoredColumns', { columns: job.ignoredColumns.join(', ') })}</p>
      )}
      {notImported > 0 && (
        <p>
          <a className="button" href={errorReportUrl(job)} download data-testid="error-report">
            {t('results.downloadErrors')}
          </a>{' '}
          <span className="hint">{t('results.errorsHelp')}</span>
        </p>
      )}
      {notImported + counts.possibleDuplicates > 0 && <RowsTable job={job} />}
    </section>
  );
}

function RowsTable({ job }: { job: ImportJob }) {
  const { t } = useTranslation(IMPORTS_NS);
  const [outcome, setOutcome] = useState<RowOutcome | ''>('');
  const [page, setPage] = useState(0);
  const [state, setState] = useState<{ kind: 'loading' } | { kind: 'failed'; error: unknown } | { kind: 'ready'; rows: Page<ImportRow> }>({
    kind: 'loading',
  });

  useEffect(() => {
    let current = true;
    setState({ kind: 'loading' });
    importApi
      .rows(job.id, outcome, page, ROWS_SIZE)
      .then((rows) => current && setState({ kind: 'ready', rows }))
      .catch((error: unknown) => current && setState({ kind: 'failed', error }));
    return () => {
      current = false;
    };
  }, [job.id, outcome, page]);

  const formColumn = (row: ImportRow) => Object.values(row.values)[0] ?? '';
  return (
    <section aria-labelledby="imports-rows">
      <h3 id="imports-rows">{t('rows.title')}</h3>
      <p className="field">
        <label>
          {t('rows.filter')}{' '}
          <select
            value={outcome}
            data-testid="rows-outcome"
            onChange={(event) => {
              setOutcome(event.target.value as RowOutcome | '');
              setPage(0);
            }}
          >
            <option value="">{t('rows.all')}</option>
            <option value="REJECTED">{t('rows.REJECTED')}</option>
            <option value="CONFLICT">{t('rows.CONFLICT')}</option>
            <option value="POSSIBLE_DUPLICATE">{t('rows.POSSIBLE_DUPLICATE')}</option>
          </select>
        </label>
      </p>
      {state.kind === 'loading' && <p role="status">…</p>}
      {state.kind === 'failed' && <ApiFailure error={state.error} />}
      {state.kind === 'ready' && state.rows.content.length === 0 && <p>{t('rows.empty')}</p>}
      {state.kind === 'ready' && state.rows.content.length > 0 && (
        <>
          <table data-testid="rows-table">
            <thead>
              <tr>
                <th scope="col">{t('rows.row')}</th>
                <th scope="col">{t('rows.outcome')}</th>
                <th scope="col">{t('rows.formNumber')}</th>
                <th scope="col">{t('rows.problems')}</th>
                <th scope="col">{t('rows.case')}</th>
              </tr>
            </thead>
            <tbody>
              {state.rows.content.map((row) => (
                <tr key={row.row} data-row={row.row}>
                  <td className="number">{row.row}</td>
                  <td>{t(`rows.${row.outcome}`)}</td>
                  <td>{formColumn(row)}</td>
                  <td>
                    <ul className="problems">
                      {row.problems.map((problem, index) => (
                        <li key={index}>{problem.column ? `${problem.column}: ${problem.message}` : problem.message}</li>
                      ))}
                    </ul>
                    {row.matches.length > 0 && (
                      <p>
                        {t('rows.matches')}{' '}
                        {row.matches
                          .map((match) => match.caseNumber ?? t('rows.earlierRow', { row: match.row }))
                          .join(', ')}
                      </p>
                    )}
                  </td>
                  <td>{row.caseNumber ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <Pager
            page={page}
            pages={state.rows.totalPages}
            onPage={setPage}
            labels={{ previous: t('rows.previous'), next: t('rows.next'), pageOf: (p, n) => t('rows.pageOf', { page: p, pages: n }) }}
          />
        </>
      )}
    </section>
  );
}

function History({ version, shownId, onShow }: { version: number; shownId?: string; onShow: (job: ImportJob) => void }) {
  const { t } = useTranslation(IMPORTS_NS);
  const format = useFormatters();
  const [page, setPage] = useState(0);
  const [state, setState] = useState<{ kind: 'loading' } | { kind: 'failed'; error: unknown } | { kind: 'ready'; jobs: Page<ImportJob> }>({
    kind: 'loading',
  });

  useEffect(() => {
    let current = true;
    importApi
      .history(page, HISTORY_SIZE)
      .then((jobs) => current && setState({ kind: 'ready', jobs }))
      .catch((error: unknown) => current && setState({ kind: 'failed', error }));
    return () => {
      current = false;
    };
  }, [page, version]);

  return (
    <section aria-labelledby="imports-history">
      <h2 id="imports-history">{t('history.title')}</h2>
      {state.kind === 'loading' && <p role="status">…</p>}
      {state.kind === 'failed' && <ApiFailure error={state.error} />}
      {state.kind === 'ready' && state.jobs.content.length === 0 && <p>{t('history.empty')}</p>}
      {state.kind === 'ready' && state.jobs.content.length > 0 && (
        <>
          <table data-testid="history-table">
            <thead>
              <tr>
                <th scope="col">{t('history.started')}</th>
                <th scope="col">{t('history.file')}</th>
                <th scope="col">{t('history.by')}</th>
                <th scope="col">{t('history.mode')}</th>
                <th scope="col">{t('history.status')}</th>
                <th scope="col">{t('history.imported')}</th>
                <th scope="col">{t('history.rejected')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('history.show')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {state.jobs.content.map((job) => (
                <tr key={job.id} data-job-id={job.id} aria-current={job.id === shownId ? 'true' : undefined}>
                  <td>{format.dateTime(job.createdAt)}</td>
                  <td>{job.fileName}</td>
                  <td>{job.importedBy}</td>
                  <td>{job.dryRun ? t('history.dryRun') : t('history.real')}</td>
                  <td>{t(`status.${job.status}`)}</td>
                  <td className="number">{job.counts.imported}</td>
                  <td className="number">{job.counts.rejected + job.counts.conflicts}</td>
                  <td>
                    <button type="button" onClick={() => onShow(job)} data-testid={`show-${job.id}`}>
                      {t('history.show')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <Pager
            page={page}
            pages={state.jobs.totalPages}
            onPage={setPage}
            labels={{
              previous: t('history.previous'),
              next: t('history.next'),
              pageOf: (p, n) => t('history.pageOf', { page: p, pages: n }),
            }}
          />
        </>
      )}
    </section>
  );
}

function Pager({
  page,
  pages,
  onPage,
  labels,
}: {
  page: number;
  pages: number;
  onPage: (page: number) => void;
  labels: { previous: string; next: string; pageOf: (page: number, pages: number) => string };
}) {
  if (pages <= 1) {
    return null;
  }
  return (
    <p className="paging">
      <button type="button" disabled={page === 0} onClick={() => onPage(page - 1)}>
        {labels.previous}
      </button>
      <span>{labels.pageOf(page + 1, pages)}</span>
      <button type="button" disabled={page + 1 >= pages} onClick={() => onPage(page + 1)}>
        {labels.next}
      </button>
    </p>
  );
}
