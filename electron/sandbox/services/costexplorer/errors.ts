import { AwsError } from '../../types';

export const validation = (message: string) => new AwsError('ValidationException', message, 400);
export const dataUnavailable = (message: string) => new AwsError('DataUnavailableException', message, 400);
export const invalidNextToken = () => new AwsError('InvalidNextTokenException', 'The pagination token is invalid.', 400);
