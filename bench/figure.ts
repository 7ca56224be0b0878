/** One measured figure next to the peer it is judged against, measured in the same run. */
export interface Figure {
  name: string;
  value: number;
  unit: string;
  peer: { name: string; value: number };
  /** value / peer.value */
  ratio: number;
  /** What the issue asks for, in words, so the reader can judge the figure. */
  target?: string;
}

export function figure(name: string, value: number, unit: string, peerName: string, peerValue: number, target?: string): Figure {
  const result: Figure = { name, value, unit, peer: { name: peerName, value: peerValue }, ratio: peerValue === 0 ? Number.NaN : value / peerValue };
  if (target) result.target = target;
  return result;
}

export function formatFigure(f: Figure): string {
  const round = (n: number) => (Math.abs(n) >= 100 ? n.toFixed(0) : n.toFixed(2));
  const target = f.target ? `   [target: ${f.target}]` : '';
  return `${f.name}: ${round(f.value)} ${f.unit}  vs  ${f.peer.name}: ${round(f.peer.value)} ${f.unit}  (ratio ${f.ratio.toFixed(2)})${target}`;
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
