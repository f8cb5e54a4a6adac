import { act, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { stubFetch } from '../test/fetchStub';
import { ANALYST, renderApp, WORKER } from '../test/renderApp';
import { REFRESH_MILLIS } from './Statistics';

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

    const table = await screen.findByTestId('district-counts');
    const row = () => table.querySelector('tr[data-district="KH-PP"]') as HTMLElement;
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
});

