import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/http';
import type { Figure, ReportTable } from './api';
import { tableUrl } from './api';
import { BarChart } from './BarChart';
import { FigureText } from './FigureText';
import { NAMESPACE } from './i18n';

/** The referral measures side by side: each one its own protected table of the reporting API. */
const MEASURES = ['referralsMade', 'referralsAccepted', 'referralsOverdue'] as const;

type Measure = (typeof MEASURES)[number];

type Load = { kind: 'loading' } | { kind: 'failed' } | { kind: 'ready'; tables: Record<Measure, ReportTable> };

interface Props {
  period: string;
  filter: Record<string, string>;
  title: string;
}

/** A figure of a table by service type, or the table's total; absent where the table has no such row. */
function figureOf(table: ReportTable, serviceType: string | null): Figure | null {
  if (serviceType === null) {
    return table.columnTotals?.[0] ?? (table.rowKeys.length === 1 ? table.cells[0][0] : null);
  }
  const row = table.rowKeys.findIndex((key) => key[0] === serviceType);
  return row < 0 ? { value: 0, suppressed: false } : table.cells[row][0];
}

/**
 * Referral performance: referrals made, accepted and overdue by service type, of the referrals requested in the
 * period. The chart shows the referrals made; the table beside it all three, hidden figures marked as such.
 */
export function ReferralPerformance({ period, filter, title }: Props) {
  const { t } = useTranslation(NAMESPACE);
  const [load, setLoad] = useState<Load>({ kind: 'loading' });
  const parameters = (measure: Measure) => ({ measure, rows: 'serviceType', period, ...filter });
  // An object is a new one at every render: the effect follows what it says, not which object it is.
  const filterKey = JSON.stringify(filter);

  useEffect(() => {
    let current = true;
    setLoad({ kind: 'loading' });
    Promise.all(MEASURES.map((measure) => api.get<ReportTable>(tableUrl(parameters(measure)))))
      .then(([made, accepted, overdue]) =>
        current &&
        setLoad({ kind: 'ready', tables: { referralsMade: made, referralsAccepted: accepted, referralsOverdue: overdue } }),
      )
      .catch(() => current && setLoad({ kind: 'failed' }));
    return () => {
      current = false;
    };
  }, [period, filterKey]);

  const serviceTypes = load.kind === 'ready' ? load.tables.referralsMade.rowKeys.map((rowKey) => rowKey[0]) : [];

  return (
    <section className="panel" aria-labelledby="chart-referrals-title" data-testid="chart-referrals">
      <div className="panel-head">
        <h2 id="chart-referrals-title">{title}</h2>
        {MEASURES.map((measure) => (
          <a
            key={measure}
            className="button"
            href={tableUrl(parameters(measure), 'csv')}
            download
            data-testid={`chart-referrals-csv-${measure}`}
          >
            {t('downloads.csv')} · {t(`referrals.${measure}`)}
          </a>
        ))}
      </div>
      <p className="note">{t('referrals.cohortNote')}</p>
      {load.kind === 'loading' && <p role="status">{t('loading')}</p>}
      {load.kind === 'failed' && (
        <p className="error" role="alert">
          {t('failed')}
        </p>
      )}
      {load.kind === 'ready' && serviceTypes.length === 0 && <p>{t('referrals.empty')}</p>}
      {load.kind === 'ready' && serviceTypes.length > 0 && (
        <>
          <BarChart
            title={title}
            bars={serviceTypes.map((serviceType) => ({
              key: serviceType,
              label: serviceType,
              figure: figureOf(load.tables.referralsMade, serviceType) as Figure,
            }))}
          />
          <details open>
            <summary>{t('charts.showTable')}</summary>
            <table data-testid="chart-referrals-table">
              <caption className="visually-hidden">{title}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('columns.serviceType')}</th>
                  {MEASURES.map((measure) => (
                    <th key={measure} scope="col" className="number">
                      {t(`referrals.${measure}`)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {serviceTypes.map((serviceType) => (
                  <tr key={serviceType} data-key={serviceType}>
                    <th scope="row">{serviceType}</th>
                    {MEASURES.map((measure) => (
                      <td key={measure} className="number" data-measure={measure}>
                        <FigureText figure={figureOf(load.tables[measure], serviceType)} />
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr>
                  <th scope="row">{t('total')}</th>
                  {MEASURES.map((measure) => (
                    <td key={measure} className="number" data-measure={measure} data-testid="figure-total">
                      <FigureText figure={figureOf(load.tables[measure], null)} />
                    </td>
                  ))}
                </tr>
              </tfoot>
            </table>
          </details>
        </>
      )}
    </section>
  );
}
