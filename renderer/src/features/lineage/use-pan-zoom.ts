import { useCallback, useEffect, useRef, useState, type KeyboardEvent, type PointerEvent, type RefObject } from 'react';

export interface View {
  x: number;
  y: number;
  scale: number;
}

export interface Size {
  width: number;
  height: number;
}

export const MIN_SCALE = 0.2;
export const MAX_SCALE = 2.5;
const ZOOM_STEP = 1.25;
const PAN_STEP = 48;
const REVEAL_MARGIN = 16;

const clampScale = (scale: number) => Math.min(MAX_SCALE, Math.max(MIN_SCALE, scale));

/** The whole drawing in the viewport, never enlarged past its own size, centred. */
export function fitView(content: Size, viewport: Size): View {
  if (content.width === 0 || content.height === 0) return { x: 0, y: 0, scale: 1 };
  const scale = clampScale(Math.min(viewport.width / content.width, viewport.height / content.height, 1));
  return { x: (viewport.width - content.width * scale) / 2, y: (viewport.height - content.height * scale) / 2, scale };
}

/** Zooms by `factor` keeping the point (`at`, viewport coordinates) where it is on screen. */
export function zoomAround(view: View, factor: number, at: { x: number; y: number }): View {
  const scale = clampScale(view.scale * factor);
  const ratio = scale / view.scale;
  return { scale, x: at.x - (at.x - view.x) * ratio, y: at.y - (at.y - view.y) * ratio };
}

/** How far to move a span starting at `start` so it lies within `0..limit` (its margin kept). */
function shiftInto(start: number, length: number, limit: number): number {
  if (start < REVEAL_MARGIN) return REVEAL_MARGIN - start;
  if (start + length > limit - REVEAL_MARGIN) return limit - REVEAL_MARGIN - start - length;
  return 0;
}

/** Pans just enough to show a box of the drawing (a card that received focus) inside the viewport. */
export function revealBox(
  view: View,
  box: { x: number; y: number; width: number; height: number },
  viewport: Size,
): View {
  const dx = shiftInto(view.x + box.x * view.scale, box.width * view.scale, viewport.width);
  const dy = shiftInto(view.y + box.y * view.scale, box.height * view.scale, viewport.height);
  return dx === 0 && dy === 0 ? view : { ...view, x: view.x + dx, y: view.y + dy };
}

const KEY_PANS: Record<string, [number, number]> = {
  ArrowLeft: [1, 0],
  ArrowRight: [-1, 0],
  ArrowUp: [0, 1],
  ArrowDown: [0, -1],
};

/**
 * Pan by dragging the background or with the arrow keys (shift: further), zoom with the buttons,
 * + and - keys and ctrl+wheel, 0 to fit. Only the view changes: the drawing is not re-rendered.
 */
export function usePanZoom(target: RefObject<SVGSVGElement | null>, content: Size, viewport: Size) {
  const [view, setView] = useState<View>(() => fitView(content, viewport));
  // A new graph or a resized viewport starts from the whole picture (adjusted while rendering, not in an effect).
  const [fitted, setFitted] = useState({ content, viewport });
  if (fitted.content !== content || fitted.viewport !== viewport) {
    setFitted({ content, viewport });
    setView(fitView(content, viewport));
  }
  const drag = useRef<{ pointer: number; x: number; y: number } | undefined>(undefined);

  const fit = useCallback(() => setView(fitView(content, viewport)), [content, viewport]);
  const zoom = useCallback(
    (factor: number) =>
      setView((current) => zoomAround(current, factor, { x: viewport.width / 2, y: viewport.height / 2 })),
    [viewport],
  );
  const panBy = useCallback(
    (dx: number, dy: number) => setView((current) => ({ ...current, x: current.x + dx, y: current.y + dy })),
    [],
  );
  const reveal = useCallback(
    (box: { x: number; y: number; width: number; height: number }) =>
      setView((current) => revealBox(current, box, viewport)),
    [viewport],
  );

  // React's wheel listener is passive; ctrl+wheel must not also zoom the page.
  useEffect(() => {
    const element = target.current;
    if (!element) return;
    const onWheel = (event: WheelEvent) => {
      if (!event.ctrlKey) return;
      event.preventDefault();
      const bounds = element.getBoundingClientRect();
      const factor = event.deltaY < 0 ? ZOOM_STEP : 1 / ZOOM_STEP;
      setView((current) =>
        zoomAround(current, factor, { x: event.clientX - bounds.left, y: event.clientY - bounds.top }),
      );
    };
    element.addEventListener('wheel', onWheel, { passive: false });
    return () => element.removeEventListener('wheel', onWheel);
  }, [target]);

  const onKeyDown = useCallback(
    (event: KeyboardEvent) => {
      const pan = KEY_PANS[event.key];
      if (pan) {
        const step = event.shiftKey ? PAN_STEP * 4 : PAN_STEP;
        panBy(pan[0] * step, pan[1] * step);
      } else if (event.key === '+' || event.key === '=') zoom(ZOOM_STEP);
      else if (event.key === '-' || event.key === '_') zoom(1 / ZOOM_STEP);
      else if (event.key === '0') fit();
      else return;
      event.preventDefault();
    },
    [panBy, zoom, fit],
  );

  const onPointerDown = useCallback((event: PointerEvent<SVGSVGElement>) => {
    // Cards are links: a press on one is a click, not the start of a drag.
    if (event.button !== 0 || (event.target as Element).closest('a')) return;
    drag.current = { pointer: event.pointerId, x: event.clientX, y: event.clientY };
    event.currentTarget.setPointerCapture?.(event.pointerId);
  }, []);
  const onPointerMove = useCallback(
    (event: PointerEvent<SVGSVGElement>) => {
      const start = drag.current;
      if (!start || start.pointer !== event.pointerId) return;
      drag.current = { ...start, x: event.clientX, y: event.clientY };
      panBy(event.clientX - start.x, event.clientY - start.y);
    },
    [panBy],
  );
  const onPointerUp = useCallback((event: PointerEvent<SVGSVGElement>) => {
    if (drag.current?.pointer === event.pointerId) drag.current = undefined;
  }, []);

  return {
    view,
    fit,
    zoomIn: () => zoom(ZOOM_STEP),
    zoomOut: () => zoom(1 / ZOOM_STEP),
    reveal,
    handlers: { onKeyDown, onPointerDown, onPointerMove, onPointerUp, onPointerCancel: onPointerUp },
  };
}
