import { useTranslation } from 'react-i18next';
import type { Figure } from './api';
import { NAMESPACE } from './i18n';

export interface Bar {
  key: string;
  label: string;
  figure: Figure;
}

const ROW = 24;
const LABEL = 170;
const WIDTH = 640;
const VALUE = 60;

/**
 * Horizontal bars as plain SVG (no chart library, nothing from a CDN). A hidden figure is drawn as a dashed
 * outline with the word "hidden", never as an empty bar that would read as zero.
 */
export function BarChart({ title, bars }: { title: string; bars: Bar[] }) {
  const { t } = useTranslation(NAMESPACE);
  const max = Math.max(1, ...bars.map((bar) => bar.figure.value ?? 0));
  const span = WIDTH - LABEL - VALUE;
  const height = Math.max(ROW, bars.length * ROW);
  return (
    <svg className="chart" viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-label={title}>
      {bars.map((bar, index) => {
        const y = index * ROW;
        const hidden = bar.figure.suppressed;
        const width = hidden ? span * 0.08 : ((bar.figure.value ?? 0) / max) * span;
        return (
          <g key={bar.key} data-bar={bar.key} data-suppressed={hidden ? 'true' : undefined}>
            <text x={LABEL - 8} y={y + ROW * 0.65} textAnchor="end" className="chart-label">
              {bar.label}
            </text>
            <rect
              x={LABEL}
              y={y + 4}
              width={Math.max(width, hidden ? 8 : 0)}
              height={ROW - 8}
              className={hidden ? 'bar bar-suppressed' : 'bar'}
            />
            <text x={LABEL + width + 6} y={y + ROW * 0.65} className="chart-value">
              {hidden ? t('suppressedMark') : bar.figure.value === null ? t('notApplicable') : String(bar.figure.value)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
