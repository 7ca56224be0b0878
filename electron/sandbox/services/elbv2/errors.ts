import { AwsError } from '../../types';

/** ELBv2's awsQuery error codes (the SDK maps each to its `…Exception` class); all are 400 Sender faults. */
const elbError = (code: string) => (message: string) => new AwsError(code, message, 400);

export const validationError = elbError('ValidationError');
export const loadBalancerNotFound = () => elbError('LoadBalancerNotFound')('One or more load balancers not found');
export const targetGroupNotFound = () => elbError('TargetGroupNotFound')('One or more target groups not found');
export const listenerNotFound = () => elbError('ListenerNotFound')('One or more listeners not found');
export const ruleNotFound = () => elbError('RuleNotFound')('One or more rules not found');
export const duplicateLoadBalancerName = (name: string) =>
  elbError('DuplicateLoadBalancerName')(`A load balancer with the same name '${name}' exists, but with different settings`);
export const duplicateTargetGroupName = (name: string) =>
  elbError('DuplicateTargetGroupName')(`A target group with the same name '${name}' exists, but with different settings`);
export const duplicateListener = () => elbError('DuplicateListener')('A listener already exists on this port for this load balancer');
export const priorityInUse = (priority: number) => elbError('PriorityInUse')(`Priority '${priority}' is currently in use`);
export const invalidTarget = elbError('InvalidTarget');
export const resourceInUse = elbError('ResourceInUse');
export const operationNotPermitted = elbError('OperationNotPermitted');
export const invalidConfigurationRequest = elbError('InvalidConfigurationRequest');
export const incompatibleProtocols = elbError('IncompatibleProtocols');
export const duplicateTagKeys = (key: string) => elbError('DuplicateTagKeys')(`Tag key '${key}' is duplicated`);
export const tooManyTags = () => elbError('TooManyTags')('The quota for the number of tags that can be assigned to a resource has been reached');
export const targetGroupAssociationLimit = (arn: string) =>
  elbError('TargetGroupAssociationLimit')(`The following target groups cannot be associated with more than one load balancer: ${arn}`);
export const tooManyTargets = elbError('TooManyTargets');
export const subnetNotFound = (subnetId: string) => elbError('SubnetNotFound')(`The subnet ID '${subnetId}' is not valid`);
