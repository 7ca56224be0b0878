import type { ServiceModuleFactory } from '../../types';

// Placeholder module: replaced by the real service.
export const createStsModule: ServiceModuleFactory = () => ({ services: [] });
