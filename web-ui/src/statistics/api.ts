/** Shapes of reporting-service responses the dashboard reads, and the URLs it asks them at. */

/** A published number: `value` is null when the figure is hidden (`suppressed`), never 0. */
export interface Figure {
  value: number | null;
  suppressed: boolean;
  numerator?: Figure;
  denominator?: Figure;
}

export interface ReportTable {
  measure: string;
  periods: string[];
  rowDimensions: string[];
  columnDimensions: string[];
  rowKeys: string[][];
  columnKeys: string[][];
  cells: Figure[][];
  rowTotals: Figure[] | null;
  columnTotals: Figure[] | null;
  grandTotal: Figure | null;
  disclosure: Disclosure;
}

export interface Disclosure {
  mode: 'SUPPRESS' | 'ROUND';
  k: number;
  roundingBase: number;
  suppressedCells: number;
}

export interface Indicators {
  periods: string[];
  indicators: { code: string; value: Figure; breakdown: { key: string; value: Figure }[] }[];
  disclosure: Disclosure;
}

export interface Metadata {
  regions: { code: string; districts: string[] }[];
  disclosure: Disclosure;
}

/** One row of `GET /api/reports/cases-by-district`; `count` is null with `suppressed` for a hidden cell. */
export interface DistrictCount {
  district: string;
  count: number | null;
  suppressed?: boolean;
}

export interface CasesByDistrict {
  rows: DistrictCount[];
  total: number | null;
  totalSuppressed?: boolean;
  generatedAt: string;
}

export type PeriodType = 'YEAR' | 'QUARTER' | 'MONTH';

export interface Selection {
  periodType: PeriodType;
  year: number;
  /** 1-4 for a quarter, 1-12 for a month. */
  part: number;
  /** '' for all districts, `region:<code>` or `district:<code>`. */
  area: string;
}

/** The DHIS2 period code of a selection: 2024, 2024Q1, 202403. */
export function periodCode(selection: Selection): string {
  switch (selection.periodType) {
    case 'YEAR':
      return String(selection.year);
    case 'QUARTER':
      return `${selection.year}Q${selection.part}`;
    case 'MONTH':
      return `${selection.year}${String(selection.part).padStart(2, '0')}`;
  }
}

/** The area as a filter parameter of the table API, e.g. `district=KH-PP`. */
export function areaFilter(area: string): Record<string, string> {
  const [kind, code] = area.split(':');
  return kind === 'region' || kind === 'district' ? { [kind]: code } : {};
}

export function tableUrl(parameters: Record<string, string>, format?: 'csv'): string {
  const query = new URLSearchParams(parameters);
  if (format) {
    query.set('format', format);
  }
  return `/api/reports/tables?${query.toString()}`;
}

export function exportUrl(period: string, format: 'json' | 'adx'): string {
  return `/api/reports/exports/dhis2?${new URLSearchParams({ period, format }).toString()}`;
}

export function indicatorsUrl(period: string, area: string): string {
  return `/api/reports/indicators?${new URLSearchParams({ period, ...areaFilter(area) }).toString()}`;
}
