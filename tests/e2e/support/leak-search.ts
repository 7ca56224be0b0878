import { readFileSync } from 'node:fs';
import { filesUnder } from '../../support/files';

export { filesUnder };


/** Which of `haystacks` (name → text) contain any of `needles`, as "haystack: needle label" lines. */
export function leaks(haystacks: Record<string, string>, needles: Record<string, string>): string[] {
  const found: string[] = [];
  for (const [where, text] of Object.entries(haystacks)) {
    for (const [label, needle] of Object.entries(needles)) {
      if (needle && text.includes(needle)) found.push(`${where}: ${label}`);
    }
  }
  return found;
}

/** Every file under `dir`, by path, as text (binary files are searched byte for byte all the same). */
export function filesAsText(dir: string): Record<string, string> {
  return Object.fromEntries(filesUnder(dir).map((file) => [file, readFileSync(file).toString('latin1')]));
}
