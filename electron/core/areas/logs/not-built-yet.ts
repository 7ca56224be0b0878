// Scaffolding while the Logs area is built in parallel; deleted once every handler is real.
export const notBuiltYet = (): Promise<never> => Promise.reject(new Error('Not built yet.'));
