import type { OperationContext, Where } from '../../types';
import { Checker } from '../cloudwatch/input';
import { validation } from './errors';

/** Schedule and group names (botocore's Name / ScheduleGroupName). */
export const NAME = { min: 1, max: 64, pattern: /^[0-9a-zA-Z-_.]+$/, patternText: '^[0-9a-zA-Z-_.]+$' } as const;
export const whereOf = (ctx: OperationContext): Where => ({ accountId: ctx.accountId, region: ctx.region });
/** Scheduler reports collected constraint failures as ValidationException. */
export const checker = () => new Checker(validation);
