/** A regular expression typed into the viewer: compiled once, an invalid one is a message, never a throw. */
export interface ClientRegex {
  text: string;
  /** For testing a line (no `g`: `test` keeps no state between lines). */
  test?: RegExp;
  /** For finding every match in a line to highlight. */
  all?: RegExp;
  error?: string;
}

export function compileClientRegex(text: string): ClientRegex {
  if (text === '') return { text };
  try {
    return { text, test: new RegExp(text), all: new RegExp(text, 'g') };
  } catch (error) {
    const reason = error instanceof Error ? error.message.replace(/^Invalid regular expression: /, '') : String(error);
    return { text, error: `Not a valid regular expression: ${reason}` };
  }
}

export interface Segment {
  text: string;
  match: boolean;
}

// A pathological pattern on a long line must not freeze a frame: highlight at most this many matches.
const MAX_MATCHES = 200;

/** The message cut into plain and matching parts, in order. */
export function splitMatches(message: string, all: RegExp | undefined): Segment[] {
  if (!all) return [{ text: message, match: false }];
  const segments: Segment[] = [];
  let from = 0;
  all.lastIndex = 0;
  for (let count = 0; count < MAX_MATCHES; count++) {
    const found = all.exec(message);
    if (!found) break;
    if (found[0] === '') {
      // An empty match (`a*`) would loop on the same spot.
      all.lastIndex++;
      continue;
    }
    if (found.index > from) segments.push({ text: message.slice(from, found.index), match: false });
    segments.push({ text: found[0], match: true });
    from = found.index + found[0].length;
  }
  if (from < message.length) segments.push({ text: message.slice(from), match: false });
  return segments;
}
