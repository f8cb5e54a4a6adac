import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Me } from '../api/types';
import { renderApp, WORKER } from '../test/renderApp';
import { stubFetch, type StubResponse } from '../test/fetchStub';
import type { ImportJob, ImportRow } from './importApi';
import { POLL_MILLIS } from './ImportPage';
import i18n from '../i18n';

const IMPORTER: Me = { username: 'importer.pp', roles: ['district-importer'], districts: ['KH-PP'], agency: 'AG-DOSVY-PP' };

function job(overrides: Partial<ImportJob> = {}): ImportJob {
  return {
    id: 'job-1',
    fileName: 'backlog.csv',
    format: 'CSV',
    dryRun: false,
    status: 'RUNNING',
    importedBy: 'importer.pp',
    districts: ['KH-PP'],
    fileSha256: 'ab'.repeat(32),
    fileSize: 1880,
    rowsTotal: 200,
    counts: { rowsRead: 50, valid: 48, rejected: 2, imported: 48, unchanged: 0, conflicts: 0, possibleDuplicates: 0 },
    progress: { percent: 25, rowsPerSecond: 1000, secondsLeft: 150 },
    sameFileAs: null,
    ignoredColumns: [],
    failure: null,
    cancelRequested: false,
    createdAt: '2026-03-14T02:15:30Z',
    startedAt: '2026-03-14T02:15:31Z',
    finishedAt: null,
    summary: '',
    ...overrides,
  };
}

const FINISHED = job({
  status: 'COMPLETED',
  counts: { rowsRead: 200, valid: 195, rejected: 4, imported: 190, unchanged: 5, conflicts: 1, possibleDuplicates: 2 },
  progress: { percent: 100, rowsPerSecond: 950.3, secondsLeft: 0 },
  ignoredColumns: ['Notes'],
  finishedAt: '2026-03-14T02:15:40Z',
});

const REJECTED_ROW: ImportRow = {
  row: 11,
  outcome: 'REJECTED',
  problems: [{ column: 'Paper form number', message: 'is required' }],
  values: { 'Paper form number': '', District: 'KH-PP' },
  caseNumber: null,
  matches: [],
};

const FLAGGED_ROW: ImportRow = {
  row: 12,
  outcome: 'POSSIBLE_DUPLICATE',
  problems: [{ column: null, message: 'may be the same child as 1 case already registered' }],
  values: { 'Paper form number': 'PP-12', District: 'KH-PP' },
  caseNumber: 'KH-PP-2026-000190',
  matches: [{ caseId: 'c-1', caseNumber: 'KH-PP-2026-000003', score: 92, row: null }],
};

/** A dry run registers no case, so it names the file's earlier row. */
const FLAGGED_IN_FILE_ROW: ImportRow = {
  row: 9,
  outcome: 'POSSIBLE_DUPLICATE',
  problems: [{ column: null, message: 'may be the same child as row 4 of this file' }],
  values: { 'Paper form number': 'PP-9', District: 'KH-PP' },
  caseNumber: null,
  matches: [{ caseId: null, caseNumber: null, score: 88, row: 4 }],
};

function page<T>(content: T[], totalElements = content.length, size = 20) {
  return { content, page: 0, size, totalElements, totalPages: Math.max(1, Math.ceil(totalElements / size)) };
}

/** The import API: the upload answers `accepted`, the job answers each of `states` in turn, then the last one. */
function importBackend(options: { accepted?: StubResponse; states?: ImportJob[]; history?: ImportJob[]; rows?: ImportRow[] } = {}) {
  const states = [...(options.states ?? [FINISHED])];
  return stubFetch((url, init) => {
    const method = (init.method ?? 'GET').toUpperCase();
    if (url.startsWith('/api/imports?dryRun=') && method === 'POST') {
      return options.accepted ?? { status: 202, body: job({ status: 'QUEUED', counts: { ...job().counts, rowsRead: 0 } }) };
    }
    if (url.startsWith('/api/imports?page=')) {
      return { body: page(options.history ?? [], (options.history ?? []).length, 10) };
    }
    if (url.endsWith('/cancellation') && method === 'POST') {
      return { status: 202, body: job({ cancelRequested: true }) };
    }
    if (url.startsWith('/api/imports/job-1/rows')) {
      const outcome = new URL(url, 'http://x').searchParams.get('outcome');
      return { body: page((options.rows ?? []).filter((row) => !outcome || row.outcome === outcome)) };
    }
    if (url === '/api/imports/job-1') {
      return { body: states.length > 1 ? states.shift() : states[0] };
    }
    return undefined;
  });
}

describe('Import page', () => {
  beforeEach(() => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
  });

  afterEach(() => {
    vi.useRealTimers();
  });

  it('is in the navigation and open to district importers and administrators only', async () => {
    importBackend();
    renderApp('/imports', IMPORTER);
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent('Import paper case records');
    expect(screen.getByTestId('nav-imports')).toHaveAttribute('href', '/imports');

    renderApp('/imports', WORKER);
    expect(screen.getByTestId('forbidden')).toBeInTheDocument();
  });

  it('offers both templates in the language of the page', async () => {
    importBackend();
    renderApp('/imports', IMPORTER);

    expect(screen.getByTestId('template-xlsx')).toHaveAttribute('href', '/api/imports/templates/cases.xlsx?language=en');
    expect(screen.getByTestId('template-csv')).toHaveAttribute('href', '/api/imports/templates/cases.csv?language=en');
    await act(() => i18n.changeLanguage('km'));
    expect(screen.getByTestId('template-csv')).toHaveAttribute('href', '/api/imports/templates/cases.csv?language=km');
    expect(screen.getByTestId('nav-imports')).toHaveTextContent('នាំចូលកំណត់ត្រាក្រដាស');
  });

  it('uploads a dropped file as a dry run by default and follows the job to its results', async () => {
    const { calls } = importBackend({
      states: [job(), FINISHED],
      rows: [REJECTED_ROW, FLAGGED_ROW, FLAGGED_IN_FILE_ROW],
    });
    renderApp('/imports', IMPORTER);

    const file = new File(['Paper form number,District\n'], 'backlog.csv', { type: 'text/csv' });
    fireEvent.drop(screen.getByTestId('drop-zone'), { dataTransfer: { files: [file] } });
    expect(screen.getByTestId('chosen-file')).toHaveTextContent('backlog.csv');
    fireEvent.click(screen.getByTestId('start-import'));

    const upload = await waitFor(() => {
      const call = calls.find((c) => c.url.startsWith('/api/imports?dryRun='));
      expect(call).toBeDefined();
      return call!;
    });
    expect(upload.url).toBe('/api/imports?dryRun=true');
    expect((upload.init.body as FormData).get('file')).toBeInstanceOf(File);
    expect(await screen.findByTestId('job-status')).toHaveTextContent('Waiting');

    await act(() => vi.advanceTimersByTimeAsync(POLL_MILLIS));
    expect(await screen.findByTestId('progress-percent')).toHaveTextContent('25 %');
    expect(screen.getByTestId('progress-bar')).toHaveAttribute('value', '25');
    expect(screen.getByTestId('progress-text')).toHaveTextContent('50 of 200 rows read · 1000 rows per second · About 3 min left');

    await act(() => vi.advanceTimersByTimeAsync(POLL_MILLIS));
    const results = await screen.findByTestId('import-results');
    expect(within(results).getByTestId('count-imported')).toHaveTextContent('190');
    expect(within(results).getByTestId('count-conflicts')).toHaveTextContent('1');
    expect(within(results).getByTestId('ignored-columns')).toHaveTextContent('Notes');
    expect(within(results).getByTestId('error-report')).toHaveAttribute('href', '/api/imports/job-1/error-report');
    const table = await within(results).findByTestId('rows-table');
    expect(within(table).getByText('Paper form number: is required')).toBeInTheDocument();
    expect(within(table).getByText(/KH-PP-2026-000003/)).toBeInTheDocument();
    expect(within(table).getByText('May be the same child as row 4 of this file')).toBeInTheDocument();
  });

  it('filters the rows to look at by outcome', async () => {
    const { calls } = importBackend({ rows: [REJECTED_ROW, FLAGGED_ROW] });
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    renderApp('/imports', IMPORTER);
    await user.upload(screen.getByTestId('file-input'), new File(['x'], 'a.xlsx'));
    await user.click(screen.getByTestId('dry-run'));
    await user.click(screen.getByTestId('start-import'));
    await act(() => vi.advanceTimersByTimeAsync(POLL_MILLIS));
    await screen.findByTestId('rows-table');

    await user.selectOptions(screen.getByTestId('rows-outcome'), 'POSSIBLE_DUPLICATE');

    await waitFor(() => expect(screen.getAllByRole('row', { name: /KH-PP/ })).toHaveLength(1));
    expect(calls.some((call) => call.url === '/api/imports?dryRun=false')).toBe(true);
    expect(calls.at(-1)?.url).toBe('/api/imports/job-1/rows?page=0&size=20&outcome=POSSIBLE_DUPLICATE');
  });

  it('says in words why a file was refused', async () => {
    importBackend({
      accepted: {
        status: 422,
        contentType: 'application/problem+json',
        body: { status: 422, detail: 'The header row (row 1) does not fit the template: missing columns: District.' },
      },
    });
    renderApp('/imports', IMPORTER);
    fireEvent.drop(screen.getByTestId('drop-zone'), { dataTransfer: { files: [new File(['x'], 'wrong.csv')] } });
    fireEvent.click(screen.getByTestId('start-import'));

    expect(await screen.findByTestId('upload-error')).toHaveTextContent('missing columns: District');
    expect(screen.queryByTestId('import-job')).not.toBeInTheDocument();
  });

  it('refuses a file over the size limit before uploading it', async () => {
    const { calls } = importBackend();
    renderApp('/imports', IMPORTER);
    const big = new File(['x'], 'big.csv');
    Object.defineProperty(big, 'size', { value: 21_000_000 });

    fireEvent.drop(screen.getByTestId('drop-zone'), { dataTransfer: { files: [big] } });

    expect(screen.getByTestId('upload-error')).toHaveTextContent('larger than 20 MB');
    fireEvent.click(screen.getByTestId('start-import'));
    expect(calls.some((call) => call.url.startsWith('/api/imports?dryRun='))).toBe(false);
  });

  it('cancels a running import', async () => {
    const { calls } = importBackend({ states: [job()] });
    renderApp('/imports', IMPORTER);
    fireEvent.drop(screen.getByTestId('drop-zone'), { dataTransfer: { files: [new File(['x'], 'a.csv')] } });
    fireEvent.click(screen.getByTestId('start-import'));
    await act(() => vi.advanceTimersByTimeAsync(POLL_MILLIS));

    fireEvent.click(await screen.findByTestId('cancel-import'));

    expect(await screen.findByText('Stopping after the current batch…')).toBeInTheDocument();
    expect(calls.some((call) => call.url === '/api/imports/job-1/cancellation')).toBe(true);
  });

  it('lists the office history and shows a past job with what it said about the same file', async () => {
    const earlier = job({
      ...FINISHED,
      id: 'job-1',
      fileName: 'june.xlsx',
      counts: { ...FINISHED.counts, imported: 0, unchanged: 195 },
      sameFileAs: { jobId: 'job-0', importedBy: 'importer.pp', finishedAt: '2026-03-01T08:00:00Z', imported: 195 },
    });
    importBackend({ history: [earlier], states: [earlier] });
    renderApp('/imports', IMPORTER);

    const history = await screen.findByTestId('history-table');
    expect(within(history).getByText('june.xlsx')).toBeInTheDocument();
    expect(within(history).getByText('Completed')).toBeInTheDocument();
    fireEvent.click(within(history).getByTestId('show-job-1'));

    expect(await screen.findByTestId('same-file')).toHaveTextContent('This file was already imported on');
    expect(screen.getByTestId('count-unchanged')).toHaveTextContent('195');
  });
});
