import { operator, parseOperator } from './operators';

export interface ConditionOutcome {
  holds: boolean;
  /** Keys the condition block needed and the request did not carry. */
  missing: string[];
}

/**
 * A statement's Condition block: every operator and every key must hold (AND); the values listed
 * for one key are alternatives (OR; for negated operators "none of them"). IAM User Guide,
 * "Creating a condition with multiple keys or values" and "Condition operators".
 */
export function evaluateConditions(
  block: Record<string, Record<string, string[]>> | undefined,
  context: Record<string, string[]>,
): ConditionOutcome {
  const missing: string[] = [];
  let holds = true;
  for (const [written, keys] of Object.entries(block ?? {})) {
    const parsed = parseOperator(written);
    for (const [key, policyValues] of Object.entries(keys)) {
      const requestValues = lookup(context, key);
      if (requestValues === undefined && needsKey(written)) missing.push(key);
      if (!parsed || !keyHolds(parsed, requestValues, policyValues)) holds = false;
    }
  }
  return { holds, missing };
}

/** Keys are case-insensitive (IAM User Guide, "Condition element"). */
function lookup(context: Record<string, string[]>, key: string): string[] | undefined {
  const wanted = key.toLowerCase();
  for (const [name, values] of Object.entries(context)) if (name.toLowerCase() === wanted) return values;
  return undefined;
}

/** Only a plain comparison is undecidable without the key: IfExists, Null and the set qualifiers decide on absence. */
function needsKey(written: string): boolean {
  const parsed = parseOperator(written);
  return parsed !== undefined && parsed.base !== 'Null' && !parsed.ifExists && parsed.set === undefined && !operator(parsed.base)?.negated;
}

function keyHolds(
  parsed: NonNullable<ReturnType<typeof parseOperator>>,
  requestValues: string[] | undefined,
  policyValues: string[],
): boolean {
  if (parsed.base === 'Null') {
    const absent = requestValues === undefined || requestValues.length === 0;
    return policyValues.some((value) => (value.toLowerCase() === 'true') === absent);
  }
  const op = operator(parsed.base);
  if (!op) return false;
  const matchesAny = (requestValue: string) => policyValues.some((policyValue) => op.compare(requestValue, policyValue));
  // A negated operator holds for a value that matches none of the policy's values.
  const valueHolds = (requestValue: string) => (op.negated ? !matchesAny(requestValue) : matchesAny(requestValue));

  if (requestValues === undefined) {
    if (parsed.ifExists) return true;
    // ForAllValues over an empty set is true; ForAnyValue finds nothing (IAM User Guide, "Set operators").
    if (parsed.set === 'ForAllValues') return true;
    if (parsed.set === 'ForAnyValue') return false;
    return op.negated;
  }
  if (parsed.set === 'ForAllValues') return requestValues.every(valueHolds);
  if (parsed.set === 'ForAnyValue') return requestValues.some(valueHolds);
  return op.negated ? requestValues.every(valueHolds) : requestValues.some(valueHolds);
}
