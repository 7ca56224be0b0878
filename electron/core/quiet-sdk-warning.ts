/**
 * The AWS SDK warns on every Node 20 start that releases after January 2027 will need Node 22.
 * The Electron app runs on Electron's own newer Node; the CLI and web host keep stderr for
 * machine-readable errors, so the notice lives in the README instead of on every run.
 */
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';
