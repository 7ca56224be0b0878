import { validationException } from '../base/errors';

/**
 * Collects constraint violations and reports them the way AWS's front end does:
 * "2 validation errors detected: Value 'x' at 'trainingJobName' failed to satisfy constraint: ...; ...".
 * Paths use AWS's lower-camel member names ('resourceConfig.instanceCount').
 */
/** One side of a map member's constraints (the model's key or value shape). */
export interface MapPart {
  max: number;
  pattern?: string;
}

export class Checker {
  private readonly violations: string[] = [];
  private readonly semantic: (() => void)[] = [];

  /** A check AWS makes only once the shapes are valid (it throws its own ValidationException). */
  afterShapes(check: () => void): void {
    this.semantic.push(check);
  }

  private add(path: string, value: unknown, constraint: string): void {
    const shown = value === undefined || value === null ? 'null' : `'${String(value)}'`;
    this.violations.push(`Value ${shown} at '${path}' failed to satisfy constraint: Member must ${constraint}`);
  }

  /** Returns false (and records a violation) when the member is missing. */
  required(path: string, value: unknown): boolean {
    if (value === undefined || value === null) {
      this.add(path, value, 'not be null');
      return false;
    }
    return true;
  }

  /** Full-match check of a pattern from the service model; the message shows it anchored. */
  pattern(path: string, value: string | undefined, source: string): void {
    if (value === undefined) return;
    if (!new RegExp(`^(?:${source})$`, 'u').test(value)) {
      this.add(path, value, `satisfy regular expression pattern: ^${source}`);
    }
  }

  length(path: string, value: string | undefined, min: number, max: number): void {
    if (value === undefined) return;
    if (value.length < min) this.add(path, value, `have length greater than or equal to ${min}`);
    else if (value.length > max) this.add(path, value, `have length less than or equal to ${max}`);
  }

  /** List sizes: AWS reports them as lengths of the member. */
  size(path: string, items: readonly unknown[] | undefined, min: number, max: number): void {
    if (items === undefined) return;
    if (items.length < min) this.add(path, `[${items.length} items]`, `have length greater than or equal to ${min}`);
    else if (items.length > max) this.add(path, `[${items.length} items]`, `have length less than or equal to ${max}`);
  }

  range(path: string, value: number | undefined, min: number, max?: number): void {
    if (value === undefined) return;
    if (typeof value !== 'number' || !Number.isFinite(value) || value < min) {
      this.add(path, value, `have value greater than or equal to ${min}`);
    } else if (max !== undefined && value > max) {
      this.add(path, value, `have value less than or equal to ${max}`);
    }
  }

  oneOf(path: string, value: string | undefined, allowed: readonly string[]): void {
    if (value === undefined) return;
    if (!allowed.includes(value)) this.add(path, value, `satisfy enum value set: [${allowed.join(', ')}]`);
  }

  /**
   * A map member (HyperParameters, Environment): AWS shows the whole map as Java prints it and the
   * key's or value's full constraint list, e.g. "Value '{a=b}' at 'environment' failed to satisfy
   * constraint: Map keys must satisfy constraint: [Member must have length less than or equal to 256, …]".
   */
  map(path: string, map: Record<string, string> | undefined, maxEntries: number, keys: MapPart, values: MapPart): void {
    if (map === undefined) return;
    const entries = Object.entries(map);
    const shown = `{${entries.map(([k, v]) => `${k}=${v}`).join(', ')}}`;
    if (entries.length > maxEntries) this.add(path, shown, `have length less than or equal to ${maxEntries}`);
    const fails = (part: MapPart, text: string) => text.length > part.max || (part.pattern !== undefined && !new RegExp(`^(?:${part.pattern})$`, 'u').test(text));
    const describe = (part: MapPart) =>
      `[Member must have length less than or equal to ${part.max}, Member must have length greater than or equal to 0${part.pattern === undefined ? '' : `, Member must satisfy regular expression pattern: ${part.pattern}`}]`;
    const report = (which: string, part: MapPart) =>
      this.violations.push(`Value '${shown}' at '${path}' failed to satisfy constraint: Map ${which} must satisfy constraint: ${describe(part)}`);
    if (entries.some(([k]) => fails(keys, k))) report('keys', keys);
    if (entries.some(([, v]) => fails(values, v))) report('value', values);
  }

  /** Throws one ValidationException carrying every violation found so far. */
  done(): void {
    const count = this.violations.length;
    if (count === 0) {
      for (const check of this.semantic) check();
      return;
    }
    const noun = count === 1 ? 'error' : 'errors';
    throw validationException(`${count} validation ${noun} detected: ${this.violations.join('; ')}`);
  }
}
