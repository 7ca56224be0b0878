/** Why the schema text cannot be a model, said as it is typed (the contract's check says so again on submit). */
export function schemaTextProblem(text: string): string | undefined {
  if (text.trim() === '') return 'Enter a JSON Schema, or infer one from the sample.';
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    return `Not valid JSON: ${error instanceof Error ? error.message : String(error)}`;
  }
  return typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed) ? undefined : 'The schema must be a JSON object.';
}
