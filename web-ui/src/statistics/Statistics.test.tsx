import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { stubFetch } from '../test/fetchStub';
import { ANALYST, REFERENCE_DATA, renderApp, WORKER } from '../test/renderApp';
import { REFRESH_MILLIS } from './Statistics';

const YEAR = new Date().getFullYear();

const HIDDEN = { value: null, suppressed: true };
const figure = (value: number) => ({ value, suppressed: false });

/** A protected table as reporting-service answers it: rows by one column. */
function table(dimension: 'rows' | 'columns', keys: string[], figures: object[], total: object | null) {
  return dimension === 'rows'
    ? {
        measure: 'newCases',
        rowKeys: keys.map((key) => [key]),
        columnKeys: [[]],
        cells: figures.map((f) => [f]),
        rowTotals: null,
        columnTotals: total ? [total] : null,
        grandTotal: null,
        disclosure: { mode: 'SUPPRESS', k: 5, roundingBase: 5, suppressedCells: 2 },
      }
    : {
        measure: 'newCases',
        rowKeys: [[]],
        columnKeys: keys.map((key) => [key]),
        cells: [figures],
        rowTotals: total ? [total] : null,
        columnTotals: null,
        grandTotal: null,
        disclosure: { mode: 'SUPPRESS', k: 5, roundingBase: 5, suppressedCells: 2 },
      };
}

function dashboard(url: string) {
  if (url === '/api/reports/cases-by-district') {
    return {
      body: {
        rows: [
          { district: 'KH-PP', count: null, suppressed: true },
          { district: 'KH-SR', count: 7, suppressed: false },
        ],
        total: 10,
        totalSuppressed: false,
        generatedAt: '2026-03-01T10:00:00Z',
      },
    };
  }
  if (url === '/api/reference-data') {
    return { body: REFERENCE_DATA };
  }
  if (url === '/api/reports/metadata') {
    return {
      body: {
        regions: [{ code: 'KH-NW', districts: ['KH-SR', 'KH-BB'] }],
        disclosure: { mode: 'SUPPRESS', k: 5, roundingBase: 5, suppressedCells: 0 },
      },
    };
  }
  if (url.startsWith('/api/reports/indicators')) {
    return {
      body: {
        periods: [String(YEAR)],
        indicators: [
          { code: 'newCases', value: figure(16), breakdown: [] },
          { code: 'openCaseload', value: HIDDEN, breakdown: [] },
          { code: 'highRiskAssessedInTime', value: { value: 62.5, suppressed: false }, breakdown: [] },
          { code: 'referralsMade', value: figure(8), breakdown: [] },
          { code: 'medianDaysToReferralResponse', value: HIDDEN, breakdown: [] },
        ],
        disclosure: { mode: 'SUPPRESS', k: 5, roundingBase: 5, suppressedCells: 1 },
      },
    };
  }
  if (url.startsWith('/api/reports/tables?measure=newCases&rows=district')) {
    return { body: table('rows', ['KH-PP', 'KH-SR'], [HIDDEN, figure(12)], figure(15)) };
  }
  if (url.startsWith('/api/reports/tables?measure=newCases&columns=period')) {
    return { body: table('columns', [`${YEAR}01`, `${YEAR}02`], [figure(9), HIDDEN], HIDDEN) };
  }
  if (url.startsWith('/api/reports/tables?measure=newCases&rows=concern')) {
    return { body: table('rows', ['NEGLECT'], [figure(0)], figure(0)) };
  }
  if (url.startsWith('/api/reports/tables?measure=referralsMade&rows=serviceType')) {
    return { body: table('rows', ['MEDICAL_CARE', 'SHELTER'], [figure(8), HIDDEN], HIDDEN) };
  }
  if (url.startsWith('/api/reports/tables?measure=referralsAccepted&rows=serviceType')) {
    return { body: table('rows', ['MEDICAL_CARE'], [figure(6)], null) };
  }
  if (url.startsWith('/api/reports/tables?measure=referralsOverdue&rows=serviceType')) {
    return { body: table('rows', ['MEDICAL_CARE'], [HIDDEN], null) };
  }
  return undefined;
}

describe('Statistics', () => {
  beforeEach(() => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('shows counts per district with a total and refreshes them every 5 seconds', async () => {
    let phnomPenh = 3;
    stubFetch((url) =>
      url === '/api/reports/cases-by-district'
        ? {
            body: {
              rows: [
                { district: 'KH-PP', count: phnomPenh },
                { district: 'KH-SR', count: 2 },
              ],
              total: phnomPenh + 2,
              generatedAt: '2026-03-01T10:00:00Z',
            },
          }
        : undefined,
    );
    renderApp('/statistics', ANALYST);

    const counts = await screen.findByTestId('district-counts');
    const row = () => counts.querySelector('tr[data-district="KH-PP"]') as HTMLElement;
    expect(within(row()).getByTestId('count')).toHaveTextContent('3');
    expect(screen.getByTestId('total')).toHaveTextContent('5');

    phnomPenh = 4;
    await act(async () => {
      await vi.advanceTimersByTimeAsync(REFRESH_MILLIS);
    });

    expect(within(row()).getByTestId('count')).toHaveTextContent('4');
    expect(screen.getByTestId('total')).toHaveTextContent('6');
  });

  it('keeps the last figures and says so when a refresh fails', async () => {
    let up = true;
    stubFetch((url) =>
      url === '/api/reports/cases-by-district'
        ? up
          ? { body: { rows: [{ district: 'KH-PP', count: 1 }], total: 1, generatedAt: '2026-03-01T10:00:00Z' } }
          : { status: 503, body: { status: 503, title: 'Service Unavailable' } }
        : undefined,
    );
    renderApp('/statistics', ANALYST);
    await screen.findByTestId('district-counts');

    up = false;
    await act(async () => {
      await vi.advanceTimersByTimeAsync(REFRESH_MILLIS);
    });

    expect(screen.getByTestId('stale')).toBeInTheDocument();
    expect(screen.getByTestId('total')).toHaveTextContent('1');
  });

  it('is not offered to a social worker', async () => {
    const { calls } = stubFetch(() => undefined);
    renderApp('/statistics', WORKER);

    expect(await screen.findByTestId('forbidden')).toBeInTheDocument();
    expect(calls).toHaveLength(0);
  });

  it('marks hidden figures in charts and tables and never shows them as zero', async () => {
    stubFetch(dashboard);
    renderApp('/statistics', ANALYST);

    const districts = await screen.findByTestId('chart-districts-table');
    const phnomPenh = districts.querySelector('tr[data-key="KH-PP"]') as HTMLElement;
    expect(within(phnomPenh).getByTestId('figure')).toHaveTextContent('hidden');
    expect(within(phnomPenh).getByTestId('figure')).not.toHaveTextContent('0');
    expect(within(districts).getByTestId('figure-total')).toHaveTextContent('15');
    const chart = screen.getByTestId('chart-districts');
    expect(chart.querySelector('g[data-bar="KH-PP"]')).toHaveAttribute('data-suppressed', 'true');
    expect(chart.querySelector('g[data-bar="KH-SR"]')).not.toHaveAttribute('data-suppressed');

    const trend = await screen.findByTestId('chart-trend-table');
    expect(trend.querySelector(`tr[data-key="${YEAR}02"] [data-testid=figure]`)).toHaveTextContent('hidden');
    expect(within(trend).getByTestId('figure-total')).toHaveTextContent('hidden');

    const counts = await screen.findByTestId('district-counts');
    expect(within(counts.querySelector('tr[data-district="KH-PP"]') as HTMLElement).getByTestId('count')).toHaveTextContent(
      'hidden',
    );
    expect(screen.getByTestId('policy')).toHaveTextContent('below 5');
  });

  it('shows the headline indicators of the period, a rate as a percentage', async () => {
    stubFetch(dashboard);
    renderApp('/statistics', ANALYST);

    const indicators = await screen.findByTestId('indicators');
    await waitFor(() => expect(indicators.querySelector('[data-indicator="newCases"] dd')).toHaveTextContent('16'));
    expect(indicators.querySelector('[data-indicator="openCaseload"] dd')).toHaveTextContent('hidden');
    expect(indicators.querySelector('[data-indicator="highRiskAssessedInTime"] dd')).toHaveTextContent('62.5%');
    expect(indicators.querySelector('[data-indicator="referralsMade"]')).toHaveTextContent('Referrals made8');
    expect(indicators.querySelector('[data-indicator="medianDaysToReferralResponse"] dd')).toHaveTextContent('hidden');
  });

  it('shows referral performance by service type, made, accepted and overdue, with hidden figures marked', async () => {
    const { calls } = stubFetch(dashboard);
    renderApp('/statistics', ANALYST);

    const referrals = await screen.findByTestId('chart-referrals-table');
    const medical = referrals.querySelector('tr[data-key="MEDICAL_CARE"]') as HTMLElement;
    expect(medical.querySelector('[data-measure="referralsMade"]')).toHaveTextContent('8');
    expect(medical.querySelector('[data-measure="referralsAccepted"]')).toHaveTextContent('6');
    expect(medical.querySelector('[data-measure="referralsOverdue"]')).toHaveTextContent('hidden');
    const shelter = referrals.querySelector('tr[data-key="SHELTER"]') as HTMLElement;
    expect(shelter.querySelector('[data-measure="referralsMade"]')).toHaveTextContent('hidden');
    // No shelter referral was accepted: the accepted table has no such row, a published zero.
    expect(shelter.querySelector('[data-measure="referralsAccepted"]')).toHaveTextContent('0');
    expect(referrals.querySelector('tfoot [data-measure="referralsMade"]')).toHaveTextContent('hidden');
    expect(screen.getByTestId('chart-referrals').querySelector('g[data-bar="SHELTER"]')).toHaveAttribute(
      'data-suppressed',
      'true',
    );
    expect(calls.map((call) => call.url)).toContain(
      `/api/reports/tables?measure=referralsOverdue&rows=serviceType&period=${YEAR}`,
    );
    expect(screen.getByTestId('chart-referrals-csv-referralsAccepted')).toHaveAttribute(
      'href',
      `/api/reports/tables?measure=referralsAccepted&rows=serviceType&period=${YEAR}&format=csv`,
    );
  });

  it('asks for the chosen period and area and offers the downloads for them', async () => {
    const { calls } = stubFetch(dashboard);
    renderApp('/statistics', ANALYST);
    await screen.findByTestId('chart-districts-table');
    await waitFor(() => expect(screen.getByRole('option', { name: /Siem Reap/ })).toBeInTheDocument());

    fireEvent.change(screen.getByRole('combobox', { name: 'Period type' }), { target: { value: 'QUARTER' } });
    fireEvent.change(screen.getByRole('combobox', { name: 'Quarter' }), { target: { value: '2' } });
    fireEvent.change(screen.getByRole('combobox', { name: 'Area' }), { target: { value: 'district:KH-SR' } });

    await waitFor(() =>
      expect(calls.map((call) => call.url)).toContain(
        `/api/reports/tables?measure=newCases&rows=district&period=${YEAR}Q2&district=KH-SR`,
      ),
    );
    expect(calls.map((call) => call.url)).toContain(`/api/reports/indicators?period=${YEAR}Q2&district=KH-SR`);
    expect(screen.getByTestId('download-dhis2')).toHaveAttribute(
      'href',
      `/api/reports/exports/dhis2?period=${YEAR}Q2&format=json`,
    );
    expect(screen.getByTestId('download-adx')).toHaveAttribute(
      'href',
      `/api/reports/exports/dhis2?period=${YEAR}Q2&format=adx`,
    );
    expect(screen.getByTestId('chart-concerns-csv')).toHaveAttribute(
      'href',
      `/api/reports/tables?measure=newCases&rows=concern&period=${YEAR}Q2&district=KH-SR&format=csv`,
    );
  });
});
