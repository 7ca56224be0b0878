import { AwsError } from '../../types';

/** CloudWatch Logs' error codes, with the messages AWS sends for them. */
export const invalidParameter = (message: string) => new AwsError('InvalidParameterException', message);

export const groupNotFound = () => new AwsError('ResourceNotFoundException', 'The specified log group does not exist.');

export const streamNotFound = () => new AwsError('ResourceNotFoundException', 'The specified log stream does not exist.');

export const groupExists = () => new AwsError('ResourceAlreadyExistsException', 'The specified log group already exists');

export const streamExists = () => new AwsError('ResourceAlreadyExistsException', 'The specified log stream already exists');

export const invalidToken = () => invalidParameter('The specified nextToken is invalid.');
