/** The sticky top bar's height (kept equal to --sd-top-height in shell.css), for sticky table headers below it. */
export const TOP_BAR_HEIGHT = 56;
