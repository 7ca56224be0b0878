import type { ModelRecord } from '../base/records';
import { modelDataUrl, modelImage } from './lookup';

/**
 * Why a model cannot be hosted, or undefined when it can. The sandbox cannot pull images or read
 * archives, so it judges by what the model points at (documented in the sandbox README):
 * an image containing "invalid", or model data that is not an s3://bucket/key.tar.gz object.
 */
export function modelProblem(model: ModelRecord | undefined, modelName: string): string | undefined {
  if (!model) return `Could not find model "${modelName}".`;
  const image = modelImage(model);
  if (image.toLowerCase().includes('invalid')) {
    return `Failed to pull image "${image}" for the primary container of model "${model.name}". Ensure that the image exists and that the execution role can read it.`;
  }
  const url = modelDataUrl(model);
  if (url !== undefined && !/^s3:\/\/[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]\/.+\.tar\.gz$/.test(url)) {
    return `Failed to extract model data archive from URL "${url}". Please ensure that the object located at the URL is a valid tar.gz archive.`;
  }
  return undefined;
}
