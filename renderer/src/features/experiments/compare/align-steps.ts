/** One run's line in a metric chart: seconds since the run started → value. */
export interface StepLine {
  label: string;
  points: readonly { seconds: number; value: number }[];
}

/** uPlot wants one x axis for every line: the union of the seconds, gaps as null. */
export function alignBySeconds(lines: readonly StepLine[]): [number[], ...(number | null)[][]] {
  const xs = [...new Set(lines.flatMap((line) => line.points.map((point) => point.seconds)))].sort((a, b) => a - b);
  return [
    xs,
    ...lines.map((line) => {
      const bySecond = new Map(line.points.map((point) => [point.seconds, point.value]));
      return xs.map((x) => bySecond.get(x) ?? null);
    }),
  ];
}
