/*
 * Measured in the page, the same way for the console's lineage canvas and the static SVG peer.
 * Runs in chromium; typed without the DOM library (bench/ compiles for Node) through the few
 * members it uses.
 */
import { until } from './experiments-page-measure';
import { nextFrame, recordFrames } from './metrics-page-measure';

interface Element {
  getBoundingClientRect(): { left: number; top: number; width: number; height: number };
  dispatchEvent(event: unknown): boolean;
}
interface PageScope {
  document: { querySelector(selector: string): Element | null; querySelectorAll(selector: string): ArrayLike<Element> };
  PointerEvent: new (type: string, init: Record<string, unknown>) => unknown;
  requestAnimationFrame(fn: (time: number) => void): number;
}
const page = globalThis as unknown as PageScope;

/** Pixels the pointer moves per frame: a brisk drag (about 500 px a second at 60 Hz). */
const STEP_PX = 8;

/** Milliseconds from `started` until `count` nodes match `selector` and a frame has shown them. */
export async function nodesPainted(started: number, selector: string, count: number): Promise<number> {
  await until(() => page.document.querySelectorAll(selector).length >= count, `${count} nodes`);
  await nextFrame();
  return performance.now() - started;
}

function pointer(target: Element, type: string, x: number, y: number): void {
  target.dispatchEvent(
    new page.PointerEvent(type, { bubbles: true, cancelable: true, pointerId: 1, pointerType: 'mouse', isPrimary: true, clientX: x, clientY: y, button: 0, buttons: type === 'pointerup' ? 0 : 1 }),
  );
}

export interface PanFigures {
  /** Per move: from the pointer event to the end of the frame that shows the drawing moved. */
  steps: number[];
  /** Every animation-frame interval while the drag ran. */
  frames: number[];
}

/**
 * A drag on the drawing's background, one pointer move a frame for `moves` frames (a diagonal
 * sweep), frame intervals recorded throughout. `view` says where the drawing is: a drag that moved
 * nothing fails the bench rather than timing nothing.
 */
export async function panSequence(surface: string, moves: number, view: () => string | null): Promise<PanFigures> {
  const target = page.document.querySelector(surface);
  if (!target) throw new Error(`no ${surface} to pan`);
  const box = target.getBoundingClientRect();
  let x = box.left + 8;
  let y = box.top + 8;
  const recorder = recordFrames();
  await nextFrame();
  const before = view();
  pointer(target, 'pointerdown', x, y);
  const steps: number[] = [];
  for (let move = 0; move < moves; move++) {
    x += STEP_PX;
    y += STEP_PX / 2;
    const started = performance.now();
    pointer(target, 'pointermove', x, y);
    await nextFrame();
    steps.push(performance.now() - started);
  }
  pointer(target, 'pointerup', x, y);
  const frames = recorder.stop();
  if (view() === before) throw new Error(`the drag did not move ${surface} (still ${before})`);
  return { steps, frames };
}
