/** A template problem, placed where its author can find it (1-based line and column). */
export class VelocityError extends Error {
  constructor(
    readonly reason: string,
    readonly line: number,
    readonly column: number,
  ) {
    super(`${reason} at line ${line}, column ${column}`);
    this.name = 'VelocityError';
  }
}

/** Maps an offset in the template to its line and column, for errors. */
export function errorAt(source: string, offset: number, reason: string): VelocityError {
  let line = 1;
  let column = 1;
  for (let i = 0; i < offset && i < source.length; i++) {
    if (source[i] === '\n') {
      line += 1;
      column = 1;
    } else {
      column += 1;
    }
  }
  return new VelocityError(reason, line, column);
}
