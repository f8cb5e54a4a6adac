import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/http';
import { ApiFailure } from '../shell/Notices';
import type { CasesByDistrict } from './api';
import { NAMESPACE } from './i18n';

export const REFRESH_MILLIS = 5000;

type State =
  | { kind: 'loading' }
  | { kind: 'failed'; error: unknown }
  | { kind: 'ready'; report: CasesByDistrict; stale: boolean };

/**
 * All registered cases per district, refreshed every 5 seconds: the operational view that shows a new
 * registration arrive. Protected like every other table; a hidden count shows the mark, never 0.
 */
export function LiveDistrictTable({ districtName }: { districtName: (code: string) => string }) {
  const { t, i18n } = useTranslation(NAMESPACE);
  const [state, setState] = useState<State>({ kind: 'loading' });

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

  // Plain digits without grouping: the figures are read by people and by scripts alike.
  const count = (value: number | null | undefined, suppressed?: boolean) =>
    suppressed || value === null || value === undefined ? (
      <span className="suppressed" title={t('suppressed')} data-suppressed="true">
        {t('suppressedMark')}
      </span>
    ) : (
      String(value)
    );
  const formatTime = (iso: string) => {
    const date = new Date(iso);
    return Number.isNaN(date.getTime())
      ? iso
      : new Intl.DateTimeFormat(i18n.resolvedLanguage, { dateStyle: 'medium', timeStyle: 'medium' }).format(date);
  };

  return (
    <section className="panel" aria-labelledby="live-title">
      <h2 id="live-title">{t('live.title')}</h2>
      {state.kind === 'loading' && <p role="status">{t('loading')}</p>}
      {state.kind === 'failed' && <ApiFailure error={state.error} />}
      {state.kind === 'ready' && (
        <>
          <div aria-live="polite">
            {state.stale && (
              <p className="warning" data-testid="stale">
                {t('live.refreshFailed')}
              </p>
            )}
          </div>
          <table data-testid="district-counts">
            <caption>{t('live.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('live.district')}</th>
                <th scope="col" className="number">
                  {t('live.count')}
                </th>
              </tr>
            </thead>
            <tbody>
              {state.report.rows.length === 0 && (
                <tr>
                  <td colSpan={2} data-testid="statistics-empty">
                    {t('live.empty')}
                  </td>
                </tr>
              )}
              {state.report.rows.map((row) => (
                <tr key={row.district} data-district={row.district}>
                  <th scope="row">{districtName(row.district)}</th>
                  <td className="number" data-testid="count">
                    {count(row.count, row.suppressed)}
                  </td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr data-testid="total-row">
                <th scope="row">{t('live.total')}</th>
                <td className="number" data-testid="total">
                  {count(state.report.total, state.report.totalSuppressed)}
                </td>
              </tr>
            </tfoot>
          </table>
          <p className="note">
            {t('live.generatedAt', { time: formatTime(state.report.generatedAt) })} {t('live.autoRefresh')}
          </p>
        </>
      )}
    </section>
  );
}
