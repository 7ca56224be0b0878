import { AwsError } from '../../types';

export const validation = (message: string) => new AwsError('ValidationException', message, 400);
export const conflict = (message: string) => new AwsError('ConflictException', message, 409);
export const notFound = (message: string) => new AwsError('ResourceNotFoundException', message, 404);
export const scheduleNotFound = (name: string) => notFound(`Schedule ${name} does not exist.`);
export const groupNotFound = (name: string) => notFound(`Schedule group ${name} does not exist.`);
