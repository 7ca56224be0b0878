export { CompiledTemplate, renderTemplate, MAX_FOREACH_ITERATIONS } from './render';
export { VelocityError } from './errors';
export { mappingVariables, escapeJavaScript, type TemplateInput, type TemplateVariables } from './aws-variables';
export { selectJsonPath, JsonPathError } from './jsonpath';
