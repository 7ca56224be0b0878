/**
 * The release feed this build checks, fixed at build time: the bundler replaces
 * `process.env.SAGEDECK_UPDATE_FEED` with the URL it was given (empty in builds without one,
 * which never check). Run from source, the variable is read from the environment instead.
 */
export const BUILD_UPDATE_FEED: string = process.env.SAGEDECK_UPDATE_FEED ?? '';
