import type { AlarmsStage, DataStage, EndpointsStage, ProcessingStage, RegistryStage, ServingStage, TrainingStage } from '../../../../shared/domain/overview';
import { hrefFor } from '../../app/hash-route';
import { alarmHref } from '../alarms/alarm-routes';
import { exposeHref, loadBalancerHref, restApiHref } from '../api/api-routes';
import { Figure } from './Figure';
import { When } from './When';

/** Endpoints listed on the card; the rest are a link away. */
const ENDPOINTS_SHOWN = 8;

function Empty({ children }: { children: string }) {
  return <p className="stage-empty">{children}</p>;
}

export function DataBody({ stage, region }: { stage: DataStage; region: string }) {
  if (stage.buckets === 0) return <Empty>{`No S3 buckets in ${region}. The pipeline's data lives in S3: create a bucket for it.`}</Empty>;
  const checked = stage.checked ?? stage.buckets;
  return (
    <dl className="key-values stage-figures">
      <Figure label={`Buckets in ${region}`}>{stage.buckets}</Figure>
      <Figure label="Without versioning">{stage.unversioned}</Figure>
      <Figure label="Without default encryption">{stage.unencrypted}</Figure>
      {checked < stage.buckets && <Figure label="Checked">{`The first ${checked} of ${stage.buckets}`}</Figure>}
    </dl>
  );
}

export function ProcessingBody({ stage, now }: { stage: ProcessingStage; now: number }) {
  const { lastRun, nextScheduledRun } = stage;
  return (
    <>
      {!lastRun && <Empty>No processing jobs yet: start one, or schedule a nightly run, in Processing.</Empty>}
      <dl className="key-values stage-figures">
        {lastRun && (
          <Figure label="Last run">
            <a href={hrefFor('processing', ['jobs', lastRun.name])}>{lastRun.name}</a> {lastRun.status}, <When iso={lastRun.endedAt ?? lastRun.startedAt} now={now} />
          </Figure>
        )}
        <Figure label="Next scheduled run">
          {nextScheduledRun ? (
            <>
              <When iso={nextScheduledRun.at} now={now} /> ({nextScheduledRun.schedule})
            </>
          ) : (
            <a href={hrefFor('processing', ['schedules'])}>None: schedule one</a>
          )}
        </Figure>
        <Figure label="Failed in 24 h">{stage.failedLast24h}</Figure>
        <Figure label="Running">{stage.running}</Figure>
      </dl>
    </>
  );
}

export function TrainingBody({ stage, now }: { stage: TrainingStage; now: number }) {
  const { lastRun } = stage;
  return (
    <>
      {!lastRun && <Empty>No training jobs yet: start one in Training.</Empty>}
      <dl className="key-values stage-figures">
        <Figure label="Running">{stage.running}</Figure>
        <Figure label="Failed in 24 h">{stage.failedLast24h}</Figure>
        {lastRun && (
          <Figure label="Last job">
            <a href={hrefFor('training', ['jobs', lastRun.name])}>{lastRun.name}</a> {lastRun.status}, started <When iso={lastRun.startedAt} now={now} />
          </Figure>
        )}
      </dl>
    </>
  );
}

export function RegistryBody({ stage }: { stage: RegistryStage }) {
  if (stage.groups === 0) return <Empty>No model groups yet: register a version from a completed training job.</Empty>;
  return (
    <dl className="key-values stage-figures">
      <Figure label="Awaiting approval">{stage.pendingApproval}</Figure>
      <Figure label="Model groups">{stage.groups}</Figure>
    </dl>
  );
}

function instancesOf(endpoint: EndpointsStage['endpoints'][number]): string {
  return endpoint.maxInstances === undefined ? `${endpoint.instances} instances` : `${endpoint.instances} of max ${endpoint.maxInstances} instances`;
}

export function EndpointsBody({ stage }: { stage: EndpointsStage }) {
  if (stage.endpoints.length === 0) return <Empty>No endpoints: deploy an approved model version from Endpoints.</Empty>;
  const shown = stage.endpoints.slice(0, ENDPOINTS_SHOWN);
  const more = stage.endpoints.length - shown.length;
  return (
    <>
      <ul className="stage-list">
        {shown.map((endpoint) => (
          <li key={endpoint.name} data-testid={`overview-endpoint-${endpoint.name}`}>
            <a href={hrefFor('endpoints', [endpoint.name])}>{endpoint.name}</a>
            <span>
              {endpoint.status} · {instancesOf(endpoint)}
              {endpoint.deploymentInProgress && ' · deployment in progress'}
            </span>
          </li>
        ))}
      </ul>
      {more > 0 && <p className="stage-more">{`and ${more} more in Endpoints`}</p>}
    </>
  );
}

export function AlarmsBody({ stage }: { stage: AlarmsStage }) {
  if (stage.total === 0) return <Empty>No alarms: create the recommended alarms for an endpoint in Alarms.</Empty>;
  return (
    <>
      <dl className="key-values stage-figures">
        <Figure label="In ALARM">{stage.inAlarm.length}</Figure>
        <Figure label="Alarms">{stage.total}</Figure>
      </dl>
      {stage.inAlarm.length > 0 ? (
        <ul className="stage-list" data-testid="overview-alarms-in-alarm" aria-label="Alarms in ALARM">
          {stage.inAlarm.map((alarm) => (
            <li key={alarm.name}>
              <a href={alarmHref(alarm.name)}>{alarm.name}</a>
              <span>watches {alarm.resource}</span>
            </li>
          ))}
        </ul>
      ) : (
        <p className="stage-empty">{`None of the ${stage.total} alarms is in ALARM.`}</p>
      )}
    </>
  );
}

function targetsOf(lb: ServingStage['loadBalancers'][number]): string {
  if (!lb.health) return 'target health unknown';
  const { healthy, unhealthy, other } = lb.health;
  return [`${healthy} healthy`, unhealthy > 0 ? `${unhealthy} unhealthy` : '', other > 0 ? `${other} other` : ''].filter(Boolean).join(', ');
}

export function ServingBody({ stage }: { stage: ServingStage }) {
  if (stage.apis.length === 0 && stage.loadBalancers.length === 0)
    return (
      <Empty>Nothing in front of the endpoints: expose one as a REST API in API &amp; load balancing.</Empty>
    );
  const apis = stage.apis.slice(0, ENDPOINTS_SHOWN);
  return (
    <>
      <dl className="key-values stage-figures">
        <Figure label="REST APIs">{stage.apis.length}</Figure>
        <Figure label="Load balancers">{stage.loadBalancers.length}</Figure>
      </dl>
      <ul className="stage-list" aria-label="APIs and load balancers">
        {apis.map((api) => (
          <li key={api.id} data-testid={`overview-api-${api.name}`}>
            <a href={restApiHref(api.id)}>{api.name}</a>
            <span>REST API{api.serves.length > 0 && ` · serves ${api.serves.join(', ')}`}</span>
          </li>
        ))}
        {stage.loadBalancers.slice(0, ENDPOINTS_SHOWN).map((lb) => (
          <li key={lb.name} data-testid={`overview-load-balancer-${lb.name}`}>
            <a href={loadBalancerHref(lb.name)}>{lb.name}</a>
            <span>
              {lb.state} · {targetsOf(lb)}
            </span>
          </li>
        ))}
      </ul>
      {stage.apis.length === 0 && (
        <p className="stage-more">
          <a href={exposeHref()}>Expose an endpoint as a REST API</a>
        </p>
      )}
    </>
  );
}
