import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/http';
import type { CasesByDistrict, ReferenceData } from '../api/types';
import { ApiFailure } from '../shell/Notices';

export const REFRESH_MILLIS = 5000;

type State =
  | { kind: 'loading' }
  | { kind: 'failed'; error: unknown }
  | { kind: 'ready'; report: CasesByDistrict; stale: boolean };

/** Aggregates only: the report carries district codes and counts, never a child. */
export function Statistics() {
  const { t, i18n } = useTranslation();
  const [state, setState] = useState<State>({ kind: 'loading' });
  const [districtNames, setDistrictNames] = useState<Record<string, string>>({});

  useEffect(() => {
    let current = true;
    const load = () =>
      api
        .get<CasesByDistrict>('/api/reports/cases-by-district')
        .then(
          (report) =>
            current &&
            setState({
              kind: 'ready',
              report: { ...report, rows: Array.isArray(report.rows) ? report.rows : [] },
              stale: false,
            }),
        )
        .catch(
          (error: unknown) =>
            current &&
            // Keep showing the last good figures when one refresh fails; say so instead of blanking the table.
            setState((previous) => (previous.kind === 'ready' ? { ...previous, stale: true } : { kind: 'failed', error })),
        );
    void load();
    const timer = window.setInterval(() => void load(), REFRESH_MILLIS);
    return () => {
      current = false;
      window.clearInterval(timer);
    };
  }, []);

  useEffect(() => {
    let current = true;
    api
      .get<ReferenceData>('/api/reference-data')
      .then((data) => {
        if (current) {
          setDistrictNames(Object.fromEntries((data.districts ?? []).map((d) => [d.code, d.name])));
        }
      })
      // Names are a convenience; the codes alone are a complete answer.
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, []);

  // Plain digits without grouping: the figures are read by people and by scripts alike.
  const formatCount = (value: number | null | undefined) =>
    value === null || value === undefined ? t('statistics.suppressed') : String(value);
  const formatTime = (iso: string) => {
    const date = new Date(iso);
    return Number.isNaN(date.getTime())
      ? iso
      : new Intl.DateTimeFormat(i18n.resolvedLanguage, { dateStyle: 'medium', timeStyle: 'medium' }).format(date);
  };

  return (
    <section aria-labelledby="statistics-title">
      <h1 id="statistics-title">{t('statistics.title')}</h1>
      <p>{t('statistics.noPersonalData')}</p>
      {state.kind === 'loading' && <p role="status">{t('app.loading')}</p>}
      {state.kind === 'failed' && <ApiFailure error={state.error} />}
      {state.kind === 'ready' && (
        <>
          <div aria-live="polite">
            {state.stale && (
              <p className="warning" data-testid="stale">
                {t('statistics.refreshFailed')}
              </p>
            )}
          </div>
          <table data-testid="district-counts">
            <caption>{t('statistics.tableTitle')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('statistics.district')}</th>
                <th scope="col" className="number">
                  {t('statistics.count')}
                </th>
              </tr>
            </thead>
            <tbody>
              {state.report.rows.length === 0 && (
                <tr>
                  <td colSpan={2} data-testid="statistics-empty">
                    {t('statistics.empty')}
                  </td>
                </tr>
              )}
              {state.report.rows.map((row) => (
                <tr key={row.district} data-district={row.district}>
                  <th scope="row">
                    {districtNames[row.district] ? `${districtNames[row.district]} (${row.district})` : row.district}
                  </th>
                  <td className="number" data-testid="count">
                    {formatCount(row.count)}
                  </td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr data-testid="total-row">
                <th scope="row">{t('statistics.total')}</th>
                <td className="number" data-testid="total">
                  {formatCount(state.report.total)}
                </td>
              </tr>
            </tfoot>
          </table>
          <p className="meta">
            <span data-testid="generated-at">{t('statistics.generatedAt', { time: formatTime(state.report.generatedAt) })}</span>{' '}
            {t('statistics.autoRefresh')}
          </p>
        </>
      )}
    </section>
  );
}
