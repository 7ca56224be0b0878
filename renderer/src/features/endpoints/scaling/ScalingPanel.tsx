import '../../jobs/jobs.css';
import BreadcrumbGroup from '@cloudscape-design/components/breadcrumb-group';
import Container from '@cloudscape-design/components/container';
import Header from '@cloudscape-design/components/header';
import KeyValuePairs from '@cloudscape-design/components/key-value-pairs';
import SegmentedControl from '@cloudscape-design/components/segmented-control';
import SpaceBetween from '@cloudscape-design/components/space-between';
import type { VariantScaling } from '../../../../../shared/domain/endpoints';
import { navigateHref } from '../../../app/hash-route';
import { ErrorNotice } from '../../../components/ErrorNotice';
import { useSessionQuery } from '../../use-session-query';
import { endpointHref, endpointsHref, scalingHref } from '../endpoint-routes';
import { useEndpointFollow } from '../use-endpoint-follow';
import { BudgetEditor } from './BudgetEditor';
import { InstanceTypeChange } from './InstanceTypeChange';
import { ScalingForm } from './ScalingForm';
import { ActivitiesTable, PoliciesTable } from './ScalingState';

function VariantScalingView({ endpointName, scaling }: { endpointName: string; scaling: VariantScaling }) {
  const target = scaling.target;
  return (
    <SpaceBetween size="l">
      <Container header={<Header variant="h2">Now</Header>}>
        <SpaceBetween size="m">
          <KeyValuePairs
            columns={4}
            items={[
              { label: 'Instance type', value: scaling.instanceType ?? '-' },
              {
                label: 'Instances now',
                value: <span data-testid="scaling-current">{scaling.currentInstanceCount ?? '-'}</span>,
              },
              {
                label: 'Minimum',
                value: <span data-testid="scaling-min">{target ? target.minCapacity : 'not autoscaled'}</span>,
              },
              {
                label: 'Maximum',
                value: <span data-testid="scaling-max">{target ? target.maxCapacity : 'not autoscaled'}</span>,
              },
            ]}
          />
          <PoliciesTable scaling={scaling} />
        </SpaceBetween>
      </Container>
      <Container header={<Header variant="h2">Recent scaling activities</Header>}>
        <ActivitiesTable scaling={scaling} />
      </Container>
      <Container
        header={
          <Header
            variant="h2"
            description="Checked before anything is sent; the cost at min and max shows before you save."
          >
            Edit autoscaling
          </Header>
        }
      >
        {/* Keyed by what AWS holds, so a save (or someone else's change) starts the form from it again. */}
        <ScalingForm key={JSON.stringify([target, scaling.policies])} endpointName={endpointName} scaling={scaling} />
      </Container>
      <Container header={<Header variant="h2">Change the instance type</Header>}>
        <InstanceTypeChange key={scaling.instanceType} endpointName={endpointName} scaling={scaling} />
      </Container>
    </SpaceBetween>
  );
}

/** A variant's autoscaling: target, policies, activities, edit with cost, budget, instance type. `#/endpoints/<name>/scaling`. */
export default function ScalingPanel({ name, variant }: { name: string; variant: string | undefined }) {
  const scaling = useSessionQuery('endpoints.scaling', { endpointName: name });
  useEndpointFollow(name);
  const variants = scaling.data?.variants ?? [];
  const chosen = variants.find((candidate) => candidate.variantName === variant) ?? variants[0];
  return (
    <div data-testid="scaling-panel" data-state={scaling.isPending ? 'loading' : scaling.isError ? 'error' : 'ready'}>
      <SpaceBetween size="l">
        <BreadcrumbGroup
          ariaLabel="Breadcrumbs"
          items={[
            { text: 'Endpoints', href: endpointsHref() },
            { text: name, href: endpointHref(name) },
            { text: 'Autoscaling', href: '#' },
          ]}
        />
        <Header variant="h1">Autoscaling of {name}</Header>
        {scaling.isPending && <p role="status">Reading {name}’s autoscaling…</p>}
        {scaling.isError && (
          <ErrorNotice
            error={scaling.error}
            title={`The autoscaling of ${name} could not be read`}
            action={
              <button type="button" className="button" onClick={() => void scaling.refetch()}>
                Try again
              </button>
            }
          />
        )}
        {scaling.data && variants.length === 0 && <p>{name} has no variants yet: deploy a model version first.</p>}
        {variants.length > 1 && chosen && (
          <SegmentedControl
            label="Variant"
            selectedId={chosen.variantName}
            onChange={({ detail }) => navigateHref(scalingHref(name, detail.selectedId))}
            options={variants.map((one) => ({ id: one.variantName, text: one.variantName }))}
          />
        )}
        {chosen && <VariantScalingView key={chosen.variantName} endpointName={name} scaling={chosen} />}
        <Container header={<Header variant="h2">Budget</Header>}>
          <BudgetEditor />
        </Container>
      </SpaceBetween>
    </div>
  );
}
