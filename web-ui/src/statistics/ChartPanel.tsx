import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/http';
import type { ReportTable } from './api';
import { tableUrl } from './api';
import { BarChart, type Bar } from './BarChart';
import { ColumnChart } from './ColumnChart';
import { FigureText } from './FigureText';
import { NAMESPACE } from './i18n';

type Load = { kind: 'loading' } | { kind: 'failed' } | { kind: 'ready'; table: ReportTable };

interface Props {
  id: string;
  title: string;
  note?: string;
  /** Table API parameters: either `rows` or `columns` names the one dimension the chart shows. */
  parameters: Record<string, string>;
  chart: 'bars' | 'columns';
  keyHeader: string;
  labelOf: (key: string) => string;
}

/**
 * One chart and the table behind it, from one protected table of the reporting API, with its CSV download.
 * Figures come exactly as published: hidden ones stay hidden in the chart and in the table.
 */
export function ChartPanel({ id, title, note, parameters, chart, keyHeader, labelOf }: Props) {
  const { t } = useTranslation(NAMESPACE);
  const [load, setLoad] = useState<Load>({ kind: 'loading' });
  const url = tableUrl(parameters);

  useEffect(() => {
    let current = true;
    setLoad({ kind: 'loading' });
    api
      .get<ReportTable>(url)
      .then((table) => current && setLoad({ kind: 'ready', table }))
      .catch(() => current && setLoad({ kind: 'failed' }));
    return () => {
      current = false;
    };
  }, [url]);

  const bars: Bar[] = [];
  let total = null;
  if (load.kind === 'ready') {
    const table = load.table;
    if (chart === 'bars') {
      table.rowKeys.forEach((key, row) =>
        bars.push({ key: key[0], label: labelOf(key[0]), figure: table.cells[row][0] }),
      );
      total = table.columnTotals?.[0] ?? (table.rowKeys.length === 1 ? table.cells[0][0] : null);
    } else {
      table.columnKeys.forEach((key, column) =>
        bars.push({ key: key[0], label: labelOf(key[0]), figure: table.cells[0]?.[column] }),
      );
      total = table.rowTotals?.[0] ?? null;
    }
  }

  return (
    <section className="panel" aria-labelledby={`${id}-title`} data-testid={id}>
      <div className="panel-head">
        <h2 id={`${id}-title`}>{title}</h2>
        <a className="button" href={tableUrl(parameters, 'csv')} download data-testid={`${id}-csv`}>
          {t('downloads.csv')}
        </a>
      </div>
      {note && <p className="note">{note}</p>}
      {load.kind === 'loading' && <p role="status">{t('loading')}</p>}
      {load.kind === 'failed' && (
        <p className="error" role="alert">
          {t('failed')}
        </p>
      )}
      {load.kind === 'ready' && bars.length === 0 && <p>{t('empty')}</p>}
      {load.kind === 'ready' && bars.length > 0 && (
        <>
          {chart === 'bars' ? <BarChart title={title} bars={bars} /> : <ColumnChart title={title} bars={bars} />}
          <details open>
            <summary>{t('charts.showTable')}</summary>
            <table data-testid={`${id}-table`}>
              <caption className="visually-hidden">{title}</caption>
              <thead>
                <tr>
                  <th scope="col">{keyHeader}</th>
                  <th scope="col" className="number">
                    {t('columns.count')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {bars.map((bar) => (
                  <tr key={bar.key} data-key={bar.key}>
                    <th scope="row">{bar.label}</th>
                    <td className="number" data-testid="figure">
                      <FigureText figure={bar.figure} />
                    </td>
                  </tr>
                ))}
              </tbody>
              {total && (
                <tfoot>
                  <tr>
                    <th scope="row">{t('total')}</th>
                    <td className="number" data-testid="figure-total">
                      <FigureText figure={total} />
                    </td>
                  </tr>
                </tfoot>
              )}
            </table>
          </details>
        </>
      )}
    </section>
  );
}
