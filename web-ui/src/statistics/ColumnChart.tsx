import { useTranslation } from 'react-i18next';
import type { Bar } from './BarChart';
import { NAMESPACE } from './i18n';

const WIDTH = 640;
const HEIGHT = 200;
const AXIS = 24;

/** Vertical bars for a trend over periods; hidden figures are dashed outlines marked "hidden". */
export function ColumnChart({ title, bars }: { title: string; bars: Bar[] }) {
  const { t } = useTranslation(NAMESPACE);
  const max = Math.max(1, ...bars.map((bar) => bar.figure.value ?? 0));
  const step = WIDTH / Math.max(1, bars.length);
  const plot = HEIGHT - AXIS - 16;
  return (
    <svg className="chart" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={title}>
      {bars.map((bar, index) => {
        const hidden = bar.figure.suppressed;
        const height = hidden ? plot * 0.06 : ((bar.figure.value ?? 0) / max) * plot;
        const x = index * step + step * 0.15;
        const width = step * 0.7;
        const top = HEIGHT - AXIS - height;
        return (
          <g key={bar.key} data-bar={bar.key} data-suppressed={hidden ? 'true' : undefined}>
            <rect x={x} y={top} width={width} height={Math.max(height, hidden ? 6 : 0)} className={hidden ? 'bar bar-suppressed' : 'bar'} />
            <text x={x + width / 2} y={top - 4} textAnchor="middle" className="chart-value">
              {hidden ? t('suppressedMark') : bar.figure.value === null ? t('notApplicable') : String(bar.figure.value)}
            </text>
            <text x={x + width / 2} y={HEIGHT - 6} textAnchor="middle" className="chart-label">
              {bar.label}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
