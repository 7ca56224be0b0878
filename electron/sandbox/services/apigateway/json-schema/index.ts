export { validateJsonSchema, validationErrorString, type Schema, type ModelResolver } from './validate';
export { validateBodyAgainstModel, UNPARSABLE_BODY } from './models';
