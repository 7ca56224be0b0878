export interface Tag {
  Key: string;
  Value: string;
}

export interface RoleRecord {
  name: string;
  path: string;
  id: string;
  arn: string;
  createDate: number;
  /** The trust policy exactly as it was sent (AWS returns it URL-encoded, whitespace kept). */
  trust: string;
  description?: string;
  maxSessionDuration: number;
  boundaryArn?: string;
  tags: Tag[];
  inline: { name: string; document: string }[];
  /** Managed policy ARNs, in attachment order. */
  attached: string[];
  lastUsed?: { date: number; region: string };
}

export interface PolicyVersionRecord {
  id: string;
  document: string;
  createDate: number;
}

export interface ManagedPolicyRecord {
  name: string;
  path: string;
  id: string;
  arn: string;
  description?: string;
  createDate: number;
  updateDate: number;
  defaultVersionId: string;
  versions: PolicyVersionRecord[];
  /** Version ids are never reused: the next one is one past the highest ever created. */
  nextVersion: number;
  tags: Tag[];
}

export interface AccountState {
  roles: RoleRecord[];
  policies: ManagedPolicyRecord[];
}

/** Input of a call with everything the handlers need from the request context. */
export interface IamCall {
  accountId: string;
  now: number;
  callerArn: string;
}

export type IamHandler = (input: Record<string, unknown>, call: IamCall) => unknown;
