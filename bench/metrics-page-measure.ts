/*
 * Measured in the page, the same way for the console's charts and uPlot's bare example. Runs in
 * chromium (bundled into the bench pages); typed without the DOM library, as bench/ compiles for
 * Node, through the few members it uses.
 */

interface Element {
  getBoundingClientRect(): { left: number; top: number; width: number; height: number };
  dispatchEvent(event: unknown): boolean;
}
interface PageScope {
  document: { querySelectorAll(selector: string): ArrayLike<Element>; dispatchEvent(event: unknown): boolean };
  MouseEvent: new (type: string, init: Record<string, unknown>) => unknown;
  requestAnimationFrame(fn: (time: number) => void): number;
  setTimeout(fn: () => void, ms: number): number;
}
const page = globalThis as unknown as PageScope;

/** The end of the frame that shows what was just done: the next animation frame, then the task after it. */
export const nextFrame = () => new Promise<void>((resolve) => page.requestAnimationFrame(() => page.setTimeout(resolve, 0)));

/** Milliseconds from `started` until `charts` plots have drawn and a frame has shown them. */
export async function firstPaint(started: number, charts: number): Promise<number> {
  while (page.document.querySelectorAll('.u-over').length < charts) await nextFrame();
  await nextFrame();
  return performance.now() - started;
}

function mouse(target: Element, type: string, x: number, y: number): void {
  target.dispatchEvent(new page.MouseEvent(type, { bubbles: true, cancelable: true, clientX: x, clientY: y, button: 0, buttons: type === 'mouseup' ? 0 : 1 }));
}

/** A drag across the middle half of a plot, as a user selects a window: uPlot zooms the x scale to it. */
function dragMiddleHalf(over: Element): void {
  const box = over.getBoundingClientRect();
  const y = box.top + box.height / 2;
  const from = box.left + box.width * 0.25;
  const to = box.left + box.width * 0.75;
  mouse(over, 'mouseenter', from, y);
  mouse(over, 'mousemove', from, y);
  mouse(over, 'mousedown', from, y);
  mouse(over, 'mousemove', (from + to) / 2, y);
  mouse(over, 'mousemove', to, y);
  mouse(page.document as unknown as Element, 'mouseup', to, y);
}

export interface ZoomFigures {
  /** Per zoom step: from the drag's release to the end of the frame that shows the new window. */
  steps: number[];
  /** Every animation-frame interval while the steps ran. */
  frames: number[];
}

/** Records every animation-frame interval from now until `stop()`, which returns them. */
export function recordFrames(): { stop: () => number[] } {
  const frames: number[] = [];
  let running = true;
  let last = 0;
  const tick = (time: number) => {
    frames.push(time - last);
    last = time;
    if (running) page.requestAnimationFrame(tick);
  };
  page.requestAnimationFrame((time) => {
    last = time;
    page.requestAnimationFrame(tick);
  });
  return {
    stop: () => {
      running = false;
      return frames;
    },
  };
}

/** `stepsPerChart` drag-zooms on each plot in turn (each halves the window), frames recorded throughout. */
export async function zoomSequence(stepsPerChart: number): Promise<ZoomFigures> {
  const recorder = recordFrames();
  await nextFrame();
  const steps: number[] = [];
  const overs = Array.from(page.document.querySelectorAll('.u-over'));
  for (let step = 0; step < stepsPerChart; step++) {
    for (const over of overs) {
      const started = performance.now();
      dragMiddleHalf(over);
      await nextFrame();
      steps.push(performance.now() - started);
    }
  }
  return { steps, frames: recorder.stop() };
}
