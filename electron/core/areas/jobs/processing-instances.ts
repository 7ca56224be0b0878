import { DescribeProcessingJobCommand, type SageMakerClient } from '@aws-sdk/client-sagemaker';

export interface InstanceConfig {
  instanceType: string;
  instanceCount: number;
}

/** Few at a time: a page of rows must not burst past DescribeProcessingJob's per-account rate. */
const CONCURRENCY = 4;

/**
 * Instance type and count of named processing jobs, described once per session and remembered: a
 * job's ClusterConfig is fixed at creation. Only the rows on screen are ever asked for; a job that
 * cannot be described (deleted, access denied) is left out rather than failing the whole page.
 */
export class ProcessingInstances {
  private readonly known = new Map<string, InstanceConfig>();
  private generation = -1;

  async of(
    client: SageMakerClient,
    generation: number,
    names: readonly string[],
    signal: AbortSignal,
  ): Promise<Record<string, InstanceConfig>> {
    if (generation !== this.generation) {
      this.known.clear();
      this.generation = generation;
    }
    const missing = [...new Set(names)].filter((name) => !this.known.has(name));
    for (let start = 0; start < missing.length; start += CONCURRENCY) {
      await Promise.all(
        missing.slice(start, start + CONCURRENCY).map(async (name) => {
          try {
            const job = await client.send(new DescribeProcessingJobCommand({ ProcessingJobName: name }), {
              abortSignal: signal,
            });
            const cluster = job.ProcessingResources?.ClusterConfig;
            if (cluster?.InstanceType)
              this.known.set(name, { instanceType: cluster.InstanceType, instanceCount: cluster.InstanceCount ?? 1 });
          } catch (error) {
            if (signal.aborted) throw error;
          }
        }),
      );
    }
    return Object.fromEntries(
      names.flatMap((name) => {
        const config = this.known.get(name);
        return config ? [[name, config]] : [];
      }),
    );
  }
}
