import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/http';
import type { ReferenceData } from '../api/types';
import type { Indicators, Metadata, PeriodType, Selection } from './api';
import { areaFilter, exportUrl, indicatorsUrl, periodCode } from './api';
import { ChartPanel } from './ChartPanel';
import { FigureText } from './FigureText';
import { NAMESPACE } from './i18n';
import { LiveDistrictTable } from './LiveDistrictTable';
import { ReferralPerformance } from './ReferralPerformance';
import './statistics.css';

export { REFRESH_MILLIS } from './LiveDistrictTable';

const PERIOD_TYPES: PeriodType[] = ['YEAR', 'QUARTER', 'MONTH'];

function initialSelection(): Selection {
  const now = new Date();
  return { periodType: 'YEAR', year: now.getFullYear(), part: 1, area: '' };
}

/**
 * The ministry dashboard: aggregate figures only, each chart with the protected table behind it. Nothing on this
 * page names or identifies a child: the reporting service publishes codes and counts, and hides small counts.
 */
export function Statistics() {
  const { t, i18n } = useTranslation(NAMESPACE);
  const [selection, setSelection] = useState<Selection>(initialSelection);
  const [metadata, setMetadata] = useState<Metadata | null>(null);
  const [reference, setReference] = useState<ReferenceData | null>(null);
  const [indicators, setIndicators] = useState<Indicators | null>(null);

  useEffect(() => {
    let current = true;
    api
      .get<Metadata>('/api/reports/metadata')
      .then((data) => current && setMetadata(data))
      // Without metadata the area picker offers all districts only; the figures are unaffected.
      .catch(() => undefined);
    api
      .get<ReferenceData>('/api/reference-data')
      .then((data) => current && setReference(data))
      // Names are a convenience; the codes alone are a complete answer.
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, []);

  const period = periodCode(selection);
  useEffect(() => {
    let current = true;
    setIndicators(null);
    api
      .get<Indicators>(indicatorsUrl(period, selection.area))
      .then((data) => current && setIndicators(data))
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, [period, selection.area]);

  const districtNames = useMemo(
    () => Object.fromEntries((reference?.districts ?? []).map((district) => [district.code, district.name])),
    [reference],
  );
  const concernLabels = useMemo(
    () => Object.fromEntries((reference?.concerns ?? []).map((concern) => [concern.code, concern.label])),
    [reference],
  );
  const districtName = (code: string) => (districtNames[code] ? `${districtNames[code]} (${code})` : code);
  const monthLabel = (code: string) => {
    const date = new Date(Number(code.slice(0, 4)), Number(code.slice(4, 6)) - 1, 1);
    return Number.isNaN(date.getTime())
      ? code
      : new Intl.DateTimeFormat(i18n.resolvedLanguage, { month: 'short' }).format(date);
  };
  const filter = areaFilter(selection.area);
  const years = Array.from({ length: 6 }, (_, index) => new Date().getFullYear() - index);
  const parts =
    selection.periodType === 'QUARTER'
      ? [1, 2, 3, 4]
      : selection.periodType === 'MONTH'
        ? Array.from({ length: 12 }, (_, index) => index + 1)
        : [];
  const disclosure = metadata?.disclosure ?? indicators?.disclosure;

  return (
    <section aria-labelledby="statistics-title" className="statistics">
      <h1 id="statistics-title">{t('title')}</h1>
      <p>{t('noPersonalData')}</p>
      {disclosure && disclosure.k > 1 && (
        <p className="note" data-testid="policy">
          {disclosure.mode === 'ROUND'
            ? t('policyRounded', { k: disclosure.k, base: disclosure.roundingBase })
            : t('policy', { k: disclosure.k })}{' '}
          {t('suppressedLegend')}
        </p>
      )}

      <form className="pickers" aria-label={t('pickers.label')} onSubmit={(event) => event.preventDefault()}>
        <label>
          {t('pickers.periodType')}
          <select
            name="periodType"
            value={selection.periodType}
            onChange={(event) =>
              setSelection({ ...selection, periodType: event.target.value as PeriodType, part: 1 })
            }
          >
            {PERIOD_TYPES.map((type) => (
              <option key={type} value={type}>
                {t(`pickers.types.${type}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('pickers.year')}
          <select
            name="year"
            value={selection.year}
            onChange={(event) => setSelection({ ...selection, year: Number(event.target.value) })}
          >
            {years.map((year) => (
              <option key={year} value={year}>
                {year}
              </option>
            ))}
          </select>
        </label>
        {parts.length > 0 && (
          <label>
            {selection.periodType === 'QUARTER' ? t('pickers.quarter') : t('pickers.month')}
            <select
              name="part"
              value={selection.part}
              onChange={(event) => setSelection({ ...selection, part: Number(event.target.value) })}
            >
              {parts.map((part) => (
                <option key={part} value={part}>
                  {selection.periodType === 'QUARTER' ? `Q${part}` : monthLabel(`${selection.year}${String(part).padStart(2, '0')}`)}
                </option>
              ))}
            </select>
          </label>
        )}
        <label>
          {t('pickers.area')}
          <select
            name="area"
            value={selection.area}
            onChange={(event) => setSelection({ ...selection, area: event.target.value })}
          >
            <option value="">{t('pickers.allDistricts')}</option>
            {(metadata?.regions ?? []).map((region) => (
              <optgroup key={region.code} label={region.code}>
                <option value={`region:${region.code}`}>{t('pickers.region', { name: region.code })}</option>
                {region.districts.map((district) => (
                  <option key={district} value={`district:${district}`}>
                    {districtName(district)}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        </label>
      </form>

      <div className="downloads" role="group" aria-label={t('downloads.label')}>
        <a className="button" href={exportUrl(period, 'json')} download data-testid="download-dhis2">
          {t('downloads.dhis2')}
        </a>
        <a className="button" href={exportUrl(period, 'adx')} download data-testid="download-adx">
          {t('downloads.adx')}
        </a>
        <span className="note">{t('downloads.exportNote')}</span>
      </div>

      <section className="panel" aria-labelledby="indicators-title" data-testid="indicators">
        <h2 id="indicators-title">
          {t('indicators.title')} {period}
        </h2>
        {indicators ? (
          <dl className="indicators">
            {indicators.indicators.map((indicator) => (
              <div key={indicator.code} data-indicator={indicator.code}>
                <dt>{t(`indicators.${indicator.code}`)}</dt>
                <dd>
                  <FigureText figure={indicator.value} percent={indicator.code === 'highRiskAssessedInTime'} />
                </dd>
              </div>
            ))}
          </dl>
        ) : (
          <p role="status">{t('loading')}</p>
        )}
      </section>

      <div className="panels">
        <ChartPanel
          id="chart-districts"
          title={`${t('charts.byDistrict')} ${period}`}
          parameters={{ measure: 'newCases', rows: 'district', period, ...filter }}
          chart="bars"
          keyHeader={t('columns.district')}
          labelOf={districtName}
        />
        <ChartPanel
          id="chart-trend"
          title={`${t('charts.trend')} ${selection.year}`}
          parameters={{ measure: 'newCases', columns: 'period', period: String(selection.year), periodType: 'MONTH', ...filter }}
          chart="columns"
          keyHeader={t('columns.month')}
          labelOf={monthLabel}
        />
        <ChartPanel
          id="chart-concerns"
          title={`${t('charts.concerns')} ${period}`}
          note={t('charts.concernNote')}
          parameters={{ measure: 'newCases', rows: 'concern', period, ...filter }}
          chart="bars"
          keyHeader={t('columns.concern')}
          labelOf={(code) => concernLabels[code] ?? code}
        />
        <ReferralPerformance period={period} filter={filter} title={`${t('charts.referrals')} ${period}`} />
      </div>

      <LiveDistrictTable districtName={districtName} />
    </section>
  );
}
