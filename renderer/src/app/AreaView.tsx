import { Component, createElement, lazy, Suspense, type ComponentType, type ReactNode } from 'react';
import { ErrorNotice } from '../components/ErrorNotice';
import { AREAS, type AreaId, type AreaProps } from './areas';

// One lazy component per area, made once so React keeps each chunk's state between visits.
const lazyAreas = new Map<AreaId, ComponentType<AreaProps>>(AREAS.map((area) => [area.id, lazy(area.load)]));

class AreaBoundary extends Component<{ children: ReactNode }, { error: unknown }> {
  override state: { error: unknown } = { error: undefined };
  static getDerivedStateFromError(error: unknown) {
    return { error };
  }
  override render() {
    if (this.state.error === undefined) return this.props.children;
    return (
      <ErrorNotice
        error={this.state.error}
        title="This area failed to load"
        action={
          <button type="button" className="button" onClick={() => this.setState({ error: undefined })}>
            Try again
          </button>
        }
      />
    );
  }
}

export function AreaView({ id }: { id: AreaId | undefined }) {
  const area = id ? AREAS.find((candidate) => candidate.id === id) : undefined;
  if (!area) {
    return (
      <>
        <h1 className="area-title" data-testid="area-title">
          Page not found
        </h1>
        <div className="empty-state" data-testid="empty-state">
          <p>There is no area at this address.</p>
          <a href="#/overview">Go to the overview</a>
        </div>
      </>
    );
  }
  const areaComponent = lazyAreas.get(area.id);
  return (
    <>
      <h1 className="area-title" data-testid="area-title">
        {area.label}
      </h1>
      <AreaBoundary key={area.id}>
        <Suspense
          fallback={
            <p className="loading" role="status">
              Loading {area.label}…
            </p>
          }
        >
          {areaComponent && createElement(areaComponent, { area })}
        </Suspense>
      </AreaBoundary>
    </>
  );
}
