import { exposeEndpointSchema, type ExposeEndpointInput } from '../../../../../../shared/contract/apis';
import { inferSchemaText } from '../../../../../../shared/domain/json-schema-infer';
import { zodFieldErrors, type FieldErrors } from '../../../live/field-errors';

export type ExposeContentType = 'application/json' | 'text/csv';
export type ExposeAuth = 'AWS_IAM' | 'API_KEY';
export type QuotaPeriod = 'DAY' | 'WEEK' | 'MONTH';

/** The expose form as typed: numbers stay text until sent, so nothing typed is lost to a parse. */
export interface ExposeDraft {
  endpointName: string;
  apiName: string;
  pathPart: string;
  contentType: ExposeContentType;
  sample: string;
  schema: string;
  modelName: string;
  auth: ExposeAuth;
  planName: string;
  planRate: string;
  planBurst: string;
  quotaLimit: string;
  quotaPeriod: QuotaPeriod;
  invokeRoleArn: string;
  stageName: string;
  throttle: boolean;
  throttleRate: string;
  throttleBurst: string;
}

export const DEFAULT_SAMPLE = '{"instances": [[0.5, 1.2, 3.4]]}';

/** `churn-prod` → `ChurnProdPayload`: letters and digits only, as API Gateway model names need. */
export function modelNameFor(endpointName: string): string {
  const words = endpointName.split(/[^A-Za-z0-9]+/).filter(Boolean);
  return `${words.map((word) => word[0]!.toUpperCase() + word.slice(1)).join('')}Payload`;
}

/** The fields named after the endpoint: they follow a new endpoint until the user types over them. */
export function namesFor(endpointName: string): Pick<ExposeDraft, 'apiName' | 'modelName' | 'planName'> {
  return endpointName ? { apiName: `${endpointName}-api`, modelName: modelNameFor(endpointName), planName: `${endpointName}-api-plan` } : { apiName: '', modelName: '', planName: '' };
}

/** The schema a sample implies, or '' when the sample is not JSON (the schema field then keeps what it had). */
export function schemaFor(sample: string, modelName: string): string {
  const inferred = inferSchemaText(sample, modelName || undefined);
  return 'schema' in inferred ? inferred.schema : '';
}

export function initialDraft(endpointName: string): ExposeDraft {
  const names = namesFor(endpointName);
  return {
    endpointName,
    ...names,
    pathPart: 'predict',
    contentType: 'application/json',
    sample: DEFAULT_SAMPLE,
    schema: schemaFor(DEFAULT_SAMPLE, names.modelName),
    auth: 'AWS_IAM',
    planRate: '100',
    planBurst: '50',
    quotaLimit: '',
    quotaPeriod: 'MONTH',
    invokeRoleArn: '',
    stageName: 'prod',
    throttle: false,
    throttleRate: '100',
    throttleBurst: '50',
  };
}

/** A new endpoint: the derived names follow it unless the user changed them from the old endpoint's. */
export function withEndpoint(draft: ExposeDraft, endpointName: string): ExposeDraft {
  const before = namesFor(draft.endpointName);
  const after = namesFor(endpointName);
  const follow = <K extends keyof typeof after>(key: K) => (draft[key] === before[key] ? after[key] : draft[key]);
  return { ...draft, endpointName, apiName: follow('apiName'), modelName: follow('modelName'), planName: follow('planName') };
}

/** A new sample: the schema follows it while it is still the inference of the old sample (not edited by hand). */
export function withSample(draft: ExposeDraft, sample: string): ExposeDraft {
  const untouched = draft.schema === '' || draft.schema === schemaFor(draft.sample, draft.modelName);
  const next = untouched ? schemaFor(sample, draft.modelName) : '';
  return { ...draft, sample, schema: untouched && next !== '' ? next : draft.schema };
}

/** Empty is not zero: `Number('')` would be 0 and pass. */
const numberOf = (value: string) => (value.trim() === '' ? Number.NaN : Number(value));

/** A CSV body is not JSON: its model describes nothing, as the contract allows. */
export const CSV_SCHEMA = '{}';

/** The request the draft stands for, checked with the contract's own schema before anything is sent. */
export function parseExposeDraft(draft: ExposeDraft): { input: ExposeEndpointInput } | { errors: FieldErrors } {
  const parsed = exposeEndpointSchema.safeParse({
    endpointName: draft.endpointName,
    apiName: draft.apiName,
    pathPart: draft.pathPart,
    contentType: draft.contentType,
    modelName: draft.modelName,
    schema: draft.contentType === 'text/csv' ? CSV_SCHEMA : draft.schema,
    auth: draft.auth,
    ...(draft.auth === 'API_KEY'
      ? {
          usagePlan: {
            name: draft.planName,
            rateLimit: numberOf(draft.planRate),
            burstLimit: numberOf(draft.planBurst),
            ...(draft.quotaLimit.trim() !== '' ? { quota: { limit: numberOf(draft.quotaLimit), period: draft.quotaPeriod } } : {}),
          },
        }
      : {}),
    stageName: draft.stageName,
    invokeRoleArn: draft.invokeRoleArn.trim(),
    ...(draft.throttle ? { throttling: { rateLimit: numberOf(draft.throttleRate), burstLimit: numberOf(draft.throttleBurst) } } : {}),
  });
  return parsed.success ? { input: parsed.data } : { errors: zodFieldErrors(parsed.error) };
}

/** What the flow will do, in order, for the progress list while it runs. */
export function plannedSteps(input: ExposeEndpointInput): string[] {
  return [
    `Create the REST API ${input.apiName}`,
    `Create the resource /${input.pathPart}`,
    `Create the model ${input.modelName} and the request validator`,
    `Create POST /${input.pathPart} with ${input.auth === 'AWS_IAM' ? 'IAM authorization' : 'an API key required'}`,
    `Integrate it with the SageMaker endpoint ${input.endpointName} (mapping templates for ${input.contentType})`,
    'Map errors: 400 for bad requests, 502 for the model’s failures',
    `Deploy to the stage ${input.stageName}`,
    ...(input.usagePlan ? [`Create the usage plan ${input.usagePlan.name} and an API key in it`] : []),
  ];
}
