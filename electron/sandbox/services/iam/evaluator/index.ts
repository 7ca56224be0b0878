/** IAM's policy evaluator as pure functions: the simulator's engine, exported for unit tests. */
export { evaluate, evaluatePolicySet } from './evaluate';
export { evaluateConditions } from './conditions';
export { parseOperator } from './operators';
export { statementsOf } from './statements';
export { arnMatch, wildcardMatch } from './wildcard';
export type { Decision, EvaluationResult, MatchedStatement, Policy, PolicySetResult, RequestContext, Statement } from './types';
