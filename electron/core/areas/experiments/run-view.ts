import type {
  DescribeTrialComponentResponse,
  TrialComponent,
  TrialComponentArtifact,
  TrialComponentMetricSummary,
  TrialComponentParameterValue,
  TrialComponentSource,
} from '@aws-sdk/client-sagemaker';
import type { Run, RunMetric, RunParameterValue, RunSource, RunSourceKind } from '../../../../shared/domain/experiments';
import { assignDefined, iso } from '../jobs/job-fields';
import { tagRecord } from '../tags/resource-tags';

const SOURCE_KINDS: Record<string, RunSourceKind> = {
  SageMakerTrainingJob: 'training',
  SageMakerProcessingJob: 'processing',
};

/** The job behind a run: its kind from AWS's SourceType, its name from the ARN (`…:training-job/<name>`). */
export function runSource(source: TrialComponentSource | undefined): RunSource | undefined {
  if (!source?.SourceArn) return undefined;
  const arn = source.SourceArn;
  return { kind: SOURCE_KINDS[source.SourceType ?? ''] ?? 'other', arn, name: arn.slice(arn.indexOf('/') + 1) };
}

function parameters(values: Record<string, TrialComponentParameterValue> | undefined): Record<string, RunParameterValue> {
  const out: Record<string, RunParameterValue> = {};
  for (const [name, value] of Object.entries(values ?? {})) {
    if (value.StringValue !== undefined) out[name] = value.StringValue;
    else if (value.NumberValue !== undefined) out[name] = value.NumberValue;
  }
  return out;
}

function artifacts(values: Record<string, TrialComponentArtifact> | undefined): Record<string, string> {
  return Object.fromEntries(Object.entries(values ?? {}).map(([name, artifact]) => [name, artifact.Value ?? '']));
}

function metric(summary: TrialComponentMetricSummary): RunMetric {
  return assignDefined<RunMetric>(
    { name: summary.MetricName ?? '' },
    { last: summary.Last, min: summary.Min, max: summary.Max, avg: summary.Avg, count: summary.Count, stdDev: summary.StdDev },
  );
}

/**
 * A trial component as a run. Search records carry their parents and tags; a described component
 * (the way without Search) has neither, so its caller passes the trials it was found through.
 */
export function toRun(
  component: TrialComponent | DescribeTrialComponentResponse,
  experiment: string,
  foundInTrials: readonly string[] = [],
): Run {
  const name = component.TrialComponentName ?? '';
  const parents = 'Parents' in component ? (component.Parents ?? []) : [];
  const trials = [
    ...new Set([...parents.filter((p) => p.ExperimentName === experiment).map((p) => p.TrialName ?? ''), ...foundInTrials]),
  ].filter(Boolean);
  return assignDefined<Run>(
    {
      name,
      arn: component.TrialComponentArn ?? '',
      displayName: component.DisplayName ?? name,
      trials,
      status: component.Status?.PrimaryStatus ?? 'Unknown',
      createdAt: iso(component.CreationTime) ?? '',
      parameters: parameters(component.Parameters),
      inputs: artifacts(component.InputArtifacts),
      outputs: artifacts(component.OutputArtifacts),
      metrics: (component.Metrics ?? []).map(metric),
      tags: 'Tags' in component ? tagRecord(component.Tags) : {},
    },
    {
      statusMessage: component.Status?.Message,
      startedAt: iso(component.StartTime),
      endedAt: iso(component.EndTime),
      source: runSource(component.Source),
    },
  );
}
