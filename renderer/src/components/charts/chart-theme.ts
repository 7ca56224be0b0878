import type { ChartThreshold } from '../../../../shared/domain/metrics';
import { seriesColour } from '../../features/jobs/detail/metrics-data';

/** Canvas colours follow the app's theme: a canvas does not read CSS variables. */
export interface ChartTheme {
  dark: boolean;
  axis: string;
  grid: string;
  series(index: number): string;
  threshold(state: ChartThreshold['state']): string;
}

// Red, green and grey that keep 3:1 against the light (#ffffff) and dark (#161d26) backgrounds.
const STATE_LIGHT: Record<ChartThreshold['state'], string> = { ALARM: '#db0000', OK: '#037f0c', INSUFFICIENT_DATA: '#656871' };
const STATE_DARK: Record<ChartThreshold['state'], string> = { ALARM: '#ff7a7a', OK: '#2bb534', INSUFFICIENT_DATA: '#a4a4ad' };

export function chartTheme(dark: boolean): ChartTheme {
  return {
    dark,
    axis: dark ? '#d1d5db' : '#414d5c',
    grid: dark ? '#414d5c' : '#e9ebed',
    series: (index) => seriesColour(index, dark),
    threshold: (state) => (dark ? STATE_DARK : STATE_LIGHT)[state],
  };
}

const STATE_WORDS: Record<ChartThreshold['state'], string> = { ALARM: 'in alarm', OK: 'OK', INSUFFICIENT_DATA: 'insufficient data' };
export const stateWords = (state: ChartThreshold['state']) => STATE_WORDS[state];
