import Button from '@cloudscape-design/components/button';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { useEffect, useId, useMemo, useRef, useState, type FocusEvent, type RefObject } from 'react';
import { NODE_HEIGHT, NODE_WIDTH, type LineageLayout } from './layout';
import { LineageDrawing } from './LineageDrawing';
import type { TracedPath } from './traced-path';
import { usePanZoom, type Size } from './use-pan-zoom';

const VIEWPORT_HEIGHT = 560;
/** What a viewport not laid out yet (or jsdom) measures as. */
const FALLBACK_WIDTH = 960;

function useWidth(element: RefObject<HTMLElement | null>): number {
  const [width, setWidth] = useState(FALLBACK_WIDTH);
  useEffect(() => {
    const target = element.current;
    if (!target) return;
    const measure = () => setWidth(target.clientWidth || FALLBACK_WIDTH);
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(target);
    return () => observer.disconnect();
  }, [element]);
  return width;
}

/** The drawn graph: a focusable viewport that pans and zooms, with its controls. */
export function LineageCanvas({
  layout,
  traced,
  focus,
  label,
}: {
  layout: LineageLayout;
  traced: TracedPath;
  focus: string;
  label: string;
}) {
  const frame = useRef<HTMLDivElement>(null);
  const svg = useRef<SVGSVGElement>(null);
  const width = useWidth(frame);
  const viewport = useMemo<Size>(() => ({ width, height: VIEWPORT_HEIGHT }), [width]);
  const content = useMemo<Size>(() => ({ width: layout.width, height: layout.height }), [layout]);
  const { view, fit, zoomIn, zoomOut, reveal, handlers } = usePanZoom(svg, content, viewport);
  const arrowId = `lineage-arrow-${useId().replace(/:/g, '')}`;

  // Tabbing onto a card off screen brings it into view.
  const onFocus = (event: FocusEvent<SVGSVGElement>) => {
    const id = (event.target as Element).getAttribute?.('data-id');
    const placed = id ? layout.byId.get(id) : undefined;
    if (placed) reveal({ x: placed.x, y: placed.y, width: NODE_WIDTH, height: NODE_HEIGHT });
  };

  return (
    <div className="lineage-canvas" ref={frame}>
      <div className="lineage-controls">
        <SpaceBetween direction="horizontal" size="xs">
          <Button iconName="zoom-in" onClick={zoomIn} ariaLabel="Zoom in" data-testid="lineage-zoom-in" />
          <Button iconName="zoom-out" onClick={zoomOut} ariaLabel="Zoom out" data-testid="lineage-zoom-out" />
          <Button iconName="zoom-to-fit" onClick={fit} data-testid="lineage-fit">
            Fit to view
          </Button>
        </SpaceBetween>
        <span className="lineage-hint" id={`${arrowId}-hint`}>
          Drag or use the arrow keys to pan; + and − zoom (or ctrl+wheel), 0 fits. Tab moves between resources, Enter
          opens one.
        </span>
      </div>
      <svg
        ref={svg}
        className="lineage-svg"
        width="100%"
        height={VIEWPORT_HEIGHT}
        tabIndex={0}
        role="group"
        aria-label={label}
        aria-describedby={`${arrowId}-hint`}
        data-testid="lineage-graph"
        data-view={`${Math.round(view.x)},${Math.round(view.y)},${view.scale.toFixed(3)}`}
        onFocus={onFocus}
        {...handlers}
      >
        <defs>
          <marker
            id={arrowId}
            viewBox="0 0 10 10"
            refX="9"
            refY="5"
            markerWidth="7"
            markerHeight="7"
            orient="auto-start-reverse"
          >
            <path d="M0 0 L10 5 L0 10 z" className="lineage-arrow" />
          </marker>
        </defs>
        <g transform={`translate(${view.x} ${view.y}) scale(${view.scale})`}>
          <LineageDrawing layout={layout} traced={traced} focus={focus} arrowId={arrowId} />
        </g>
      </svg>
    </div>
  );
}
