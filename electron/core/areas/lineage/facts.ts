/*
 * What the lineage walk needs from each resource's description, whichever call it came from
 * (Describe*, Search, List + Describe): names, ARNs, status, and the S3 URIs, model data URLs and
 * names that link one resource to the next.
 */

/** An S3 URI a job read or wrote, with the channel or input/output name it was given. */
export interface DataUse {
  label: string;
  uri: string;
}

export interface JobFacts {
  kind: 'processing-job' | 'training-job';
  name: string;
  arn?: string | undefined;
  status?: string | undefined;
  /** When it started reading its inputs (start time, else creation). */
  startMs?: number | undefined;
  endMs?: number | undefined;
  inputs: DataUse[];
  /** Processing outputs (a training job's model goes to `artifact`). */
  outputs: DataUse[];
  artifact?: string | undefined;
}

export interface PackageFacts {
  arn: string;
  /** `group/version`, or the package name when unversioned. */
  name: string;
  group?: string | undefined;
  version?: number | undefined;
  status?: string | undefined;
  dataUrls: string[];
  images: string[];
}

export interface ModelFacts {
  name: string;
  arn?: string | undefined;
  packageArns: string[];
  dataUrls: string[];
  images: string[];
}

export interface ConfigFacts {
  name: string;
  arn?: string | undefined;
  models: string[];
}

export interface EndpointFacts {
  name: string;
  arn?: string | undefined;
  status?: string | undefined;
  config?: string | undefined;
}

/** A REST API or load balancer in front of endpoints: by integration URI (APIs) or the `sagedeck:endpoint` tag. */
export interface FrontDoorFacts {
  kind: 'api' | 'load-balancer';
  /** The API's id, the load balancer's name: what the console's address uses. */
  key: string;
  name: string;
  arn?: string | undefined;
  status?: string | undefined;
  endpoints: string[];
  /** How the link was found, for the edge's label. */
  via: string;
}

/** A catalog read: what was found, and in words what it could not cover (a cap, a missing Search). */
export interface Listing<T> {
  items: T[];
  notice?: string | undefined;
}

/**
 * Where the walk gets its facts. Single look-ups answer undefined for a resource AWS no longer has;
 * catalogs are the most recent resources of a kind, for matching in reverse (who wrote this prefix,
 * which model serves this artifact).
 */
export interface LineageSources {
  endpoint(name: string): Promise<EndpointFacts | undefined>;
  endpointConfig(name: string): Promise<ConfigFacts | undefined>;
  model(name: string): Promise<ModelFacts | undefined>;
  modelPackage(arn: string): Promise<PackageFacts | undefined>;
  trainingJob(name: string): Promise<JobFacts | undefined>;
  processingJob(name: string): Promise<JobFacts | undefined>;
  processingJobs(): Promise<Listing<JobFacts>>;
  trainingJobs(): Promise<Listing<JobFacts>>;
  modelPackages(): Promise<Listing<PackageFacts>>;
  models(): Promise<Listing<ModelFacts>>;
  endpointConfigs(): Promise<Listing<ConfigFacts>>;
  endpoints(): Promise<Listing<EndpointFacts>>;
  /** REST APIs and load balancers with the endpoints they serve. */
  frontDoors(): Promise<Listing<FrontDoorFacts>>;
}
