import type { ReactNode } from 'react';
import type { PipelineOverview } from '../../../../shared/domain/overview';
import { hrefFor } from '../../app/hash-route';
import { useSession } from '../../app/services';
import { ErrorNotice } from '../../components/ErrorNotice';
import { StageCard } from './StageCard';
import { AlarmsBody, DataBody, EndpointsBody, ProcessingBody, RegistryBody, ServingBody, TrainingBody } from './stage-bodies';
import { stageHealth, type StageId } from './stage-health';
import { usePipeline } from './use-pipeline';
import './overview.css';

interface StageSpec {
  id: StageId;
  title: string;
  href: string;
  body: (overview: PipelineOverview, context: { region: string; now: number }) => ReactNode;
}

/** The seed's pipeline in order: data → processing → training → registry → endpoints → what fronts them → alarms. */
const STAGES: StageSpec[] = [
  { id: 'data', title: 'Data', href: hrefFor('data'), body: (o, c) => o.data.ok && <DataBody stage={o.data.value} region={c.region} /> },
  { id: 'processing', title: 'Processing', href: hrefFor('processing'), body: (o, c) => o.processing.ok && <ProcessingBody stage={o.processing.value} now={c.now} /> },
  { id: 'training', title: 'Training', href: hrefFor('training'), body: (o, c) => o.training.ok && <TrainingBody stage={o.training.value} now={c.now} /> },
  { id: 'registry', title: 'Model registry', href: hrefFor('registry'), body: (o) => o.registry.ok && <RegistryBody stage={o.registry.value} /> },
  { id: 'endpoints', title: 'Endpoints', href: hrefFor('endpoints'), body: (o) => o.endpoints.ok && <EndpointsBody stage={o.endpoints.value} /> },
  { id: 'serving', title: 'API & load balancing', href: hrefFor('api'), body: (o) => o.serving.ok && <ServingBody stage={o.serving.value} /> },
  { id: 'alarms', title: 'Alarms', href: hrefFor('alarms'), body: (o) => o.alarms.ok && <AlarmsBody stage={o.alarms.value} /> },
];

/**
 * Is everything OK? One card per stage of the pipeline, read by core in parallel; a stage that
 * could not be read says why and offers a retry (core asks AWS again for that stage alone).
 */
export function PipelinePanel() {
  const pipeline = usePipeline();
  const region = useSession((state) => state.session?.region ?? '');
  const overview = pipeline.data;
  // Times on the cards are relative to when core read them, on core's clock (a sandbox may run its own).
  const now = overview ? Date.parse(overview.readAt) : 0;
  const retry = () => void pipeline.refetch();

  return (
    <section className="panel" aria-labelledby="overview-pipeline-title" data-testid="overview-pipeline" aria-busy={pipeline.isFetching}>
      <header className="pipeline-header">
        <h2 id="overview-pipeline-title">Pipeline</h2>
        {overview && (
          <p className="pipeline-read-at">
            Read at <time dateTime={overview.readAt}>{new Date(overview.readAt).toLocaleTimeString()}</time>, refreshed every 30 s
          </p>
        )}
      </header>
      {overview ? (
        <ol className="pipeline-stages">
          {STAGES.map((stage) => (
            <li key={stage.id}>
              <StageCard
                id={stage.id}
                title={stage.title}
                href={stage.href}
                result={overview[stage.id]}
                health={stageHealth(overview, stage.id)}
                onRetry={retry}
                retrying={pipeline.isFetching}
              >
                {stage.body(overview, { region, now })}
              </StageCard>
            </li>
          ))}
        </ol>
      ) : pipeline.isError ? (
        <ErrorNotice
          error={pipeline.error}
          title="Could not read the pipeline"
          action={
            <button type="button" className="button" onClick={retry} data-testid="overview-pipeline-retry">
              Try again
            </button>
          }
        />
      ) : (
        <p className="loading" role="status">
          Reading each stage of the pipeline…
        </p>
      )}
    </section>
  );
}
