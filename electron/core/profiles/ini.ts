import { ErrorCodes, SageDeckError } from '../../../shared/errors';

/** One `[header]` section with its keys; nested sub-sections (`s3 =` + indented lines) as maps. */
export interface IniSection {
  header: string;
  line: number;
  values: Record<string, string>;
  nested: Record<string, Record<string, string>>;
}

const SECTION = /^\[\s*([^\]]+?)\s*\]\s*(?:[#;].*)?$/;
const ASSIGNMENT = /^([^=\s][^=]*?)\s*=\s*(.*)$/;

function parseError(file: string, line: number, what: string): SageDeckError {
  return new SageDeckError({
    code: ErrorCodes.ConfigParseError,
    message: `${file}, line ${line}: ${what}. Fix the line (or move the file aside) and reload profiles.`,
    retryable: false,
    fields: { file: `${file}:${line}` },
  });
}

/**
 * Parses the AWS shared config/credentials format the way the AWS CLI reads it: full-line `#`/`;`
 * comments, `key = value`, and indented continuation lines that form nested sub-sections
 * (`services` and `s3` settings). Anything else is an error naming file and line.
 */
export function parseIni(text: string, file: string): IniSection[] {
  const sections: IniSection[] = [];
  let current: IniSection | undefined;
  let nestedKey: string | undefined;
  const lines = text.split(/\r?\n/);
  lines.forEach((raw, index) => {
    const lineNo = index + 1;
    if (/^\s*([#;].*)?$/.test(raw)) return;
    const indented = /^\s/.test(raw);
    const line = raw.trim();
    if (indented && current) {
      const match = ASSIGNMENT.exec(line);
      if (!nestedKey || !match) throw parseError(file, lineNo, `unexpected indented line "${line}"`);
      current.nested[nestedKey] ??= {};
      (current.nested[nestedKey] as Record<string, string>)[match[1]!.trim()] = match[2]!.trim();
      return;
    }
    if (line.startsWith('[')) {
      const match = SECTION.exec(line);
      if (!match) throw parseError(file, lineNo, `section header "${line}" is not closed with ]`);
      current = { header: match[1]!, line: lineNo, values: {}, nested: {} };
      sections.push(current);
      nestedKey = undefined;
      return;
    }
    const match = ASSIGNMENT.exec(line);
    if (!match) throw parseError(file, lineNo, `"${line}" is neither a [section] nor key = value`);
    if (!current) throw parseError(file, lineNo, `"${match[1]}" appears before any [section]`);
    const key = match[1]!.trim();
    const value = match[2]!.trim();
    current.values[key] = value;
    nestedKey = value === '' ? key : undefined;
  });
  return sections;
}
