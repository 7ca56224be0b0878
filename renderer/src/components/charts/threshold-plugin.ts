import type uPlot from 'uplot';
import type { ChartThreshold } from '../../../../shared/domain/metrics';
import { stateWords, type ChartTheme } from './chart-theme';

/**
 * Alarm thresholds as dashed horizontal lines across the plot, coloured by the alarm's state and
 * labelled at the right end. Read through `current()` at draw time, so a state change needs only
 * a redraw, not a new chart.
 */
export function thresholdPlugin(current: () => readonly ChartThreshold[], theme: ChartTheme): uPlot.Plugin {
  return {
    hooks: {
      draw: (u) => {
        const thresholds = current();
        if (thresholds.length === 0) return;
        const { ctx } = u;
        const { left, top, width, height } = u.bbox;
        const ratio = window.devicePixelRatio || 1;
        ctx.save();
        ctx.font = `${Math.round(11 * ratio)}px sans-serif`;
        ctx.textAlign = 'right';
        ctx.textBaseline = 'bottom';
        for (const threshold of thresholds) {
          const y = Math.round(u.valToPos(threshold.value, 'y', true));
          if (y < top || y > top + height) continue;
          const colour = theme.threshold(threshold.state);
          ctx.strokeStyle = colour;
          ctx.fillStyle = colour;
          ctx.lineWidth = 1.5 * ratio;
          ctx.setLineDash([6 * ratio, 4 * ratio]);
          ctx.beginPath();
          ctx.moveTo(left, y);
          ctx.lineTo(left + width, y);
          ctx.stroke();
          ctx.fillText(`${threshold.alarmName} (${stateWords(threshold.state)})`, left + width - 4 * ratio, y - 2 * ratio);
        }
        ctx.restore();
      },
    },
  };
}

/** The y range: from zero (every chart here counts, times or percents) to above the highest value or threshold. */
export function yRangeWithThresholds(current: () => readonly ChartThreshold[]): uPlot.Range.Function {
  return (_u, dataMin, dataMax) => {
    const values = [dataMax, ...current().map((t) => t.value)].filter((v) => Number.isFinite(v));
    const top = values.length ? Math.max(...values) : 1;
    const bottom = Number.isFinite(dataMin) ? Math.min(0, dataMin) : 0;
    return [bottom, top > bottom ? top * 1.08 : bottom + 1];
  };
}
