/** Types of scripts/build-cli.mjs for the TypeScript that imports it (the tests' global setup). */
export declare const CLI_BUNDLE: string;
export declare function buildCli(): Promise<string>;
export default function setup(): Promise<void>;
