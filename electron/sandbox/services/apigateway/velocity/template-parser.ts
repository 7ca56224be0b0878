import type { Node } from './ast';
import { errorAt } from './errors';
import { ExpressionReader } from './expression-parser';

type Directive = 'set' | 'if' | 'elseif' | 'else' | 'end' | 'foreach' | 'break' | 'stop';
/** `#name` or `#{name}`; the braces come in pairs (`#end}` is #end followed by text). */
const DIRECTIVE = /^#(?:\{(set|if|elseif|else|end|foreach|break|stop)\}|(set|if|elseif|else|end|foreach|break|stop))/;
/** Directives that take an argument list in parentheses. */
const WITH_ARGUMENTS = new Set<Directive>(['set', 'if', 'elseif', 'foreach']);

interface Block {
  nodes: Node[];
  /** The directive that closed the block (#else, #elseif, #end) and where it stood. */
  endedBy?: { directive: Directive; at: number; node?: Node };
}

/**
 * Velocity template source → nodes. A directive alone on its line takes the line with it (its
 * indentation and newline), so templates can be indented without the output filling with blank lines.
 */
class TemplateParser {
  private pos: number;

  constructor(
    private readonly source: string,
    start: number,
    private readonly end: number,
    /** Inside a double-quoted string `\"` stands for a quote. */
    private readonly inString: boolean,
  ) {
    this.pos = start;
  }

  parseAll(): Node[] {
    const block = this.block();
    if (block.endedBy) throw errorAt(this.source, block.endedBy.at, `#${block.endedBy.directive} without a matching #if or #foreach`);
    return block.nodes;
  }

  private block(): Block {
    const nodes: Node[] = [];
    let text = '';
    const flush = () => {
      if (text) nodes.push({ kind: 'text', text: this.inString ? text.replace(/\\"/g, '"') : text });
      text = '';
    };
    while (this.pos < this.end) {
      const char = this.source[this.pos];
      if (char === '\\' && (this.source[this.pos + 1] === '$' || this.source[this.pos + 1] === '#')) {
        text += this.source[this.pos + 1];
        this.pos += 2;
        continue;
      }
      if (char === '$') {
        const reader = this.reader();
        const reference = reader.tryReference();
        if (reference) {
          flush();
          this.pos = reader.pos;
          nodes.push({ kind: 'output', reference });
        } else {
          text += char;
          this.pos += 1;
        }
        continue;
      }
      if (char === '#') {
        if (this.source.startsWith('##', this.pos)) {
          const newline = this.source.indexOf('\n', this.pos);
          this.pos = newline < 0 || newline >= this.end ? this.end : newline + 1;
          continue;
        }
        if (this.source.startsWith('#*', this.pos)) {
          const close = this.source.indexOf('*#', this.pos + 2);
          if (close < 0 || close + 2 > this.end) throw errorAt(this.source, this.pos, "This #* comment is not closed with *#");
          this.pos = close + 2;
          continue;
        }
        if (this.source.startsWith('#[[', this.pos)) {
          const close = this.source.indexOf(']]#', this.pos + 3);
          if (close < 0 || close + 3 > this.end) throw errorAt(this.source, this.pos, 'This #[[ block is not closed with ]]#');
          text += this.source.slice(this.pos + 3, close);
          this.pos = close + 3;
          continue;
        }
        const match = DIRECTIVE.exec(this.source.slice(this.pos, this.pos + 12));
        const name = (match?.[1] ?? match?.[2]) as Directive | undefined;
        // '#end' must not be the start of a word such as '#endpoint' (unless written '#{end}').
        const glued = match !== null && !match[0].endsWith('}') && /[A-Za-z0-9_]/.test(this.source[this.pos + match[0].length] ?? '');
        if (match && name && !glued) {
          const at = this.pos;
          const lineStart = this.aloneBefore(at, text);
          this.pos += match[0].length;
          // Runs once the directive's own text is read, before the body of #if / #foreach.
          const gobbleLine = () => {
            if (lineStart !== undefined && this.eatRestOfLine()) text = text.slice(0, lineStart);
            flush();
          };
          const node = this.directive(name, at, gobbleLine);
          if (name === 'else' || name === 'elseif' || name === 'end') return { nodes, endedBy: { directive: name, at, node } };
          if (node) nodes.push(node);
          continue;
        }
      }
      text += char;
      this.pos += 1;
    }
    flush();
    return { nodes };
  }

  /** When only spaces precede the directive on its line: where that indentation starts in `text`. */
  private aloneBefore(at: number, text: string): number | undefined {
    let cursor = at - 1;
    while (cursor >= 0 && (this.source[cursor] === ' ' || this.source[cursor] === '\t')) cursor -= 1;
    if (cursor >= 0 && this.source[cursor] !== '\n') return undefined;
    const indentation = at - 1 - cursor;
    return indentation <= text.length ? text.length - indentation : undefined;
  }

  /** Consumes trailing spaces and the newline when nothing else follows the directive on its line. */
  private eatRestOfLine(): boolean {
    let cursor = this.pos;
    while (cursor < this.end && (this.source[cursor] === ' ' || this.source[cursor] === '\t' || this.source[cursor] === '\r')) cursor += 1;
    if (cursor < this.end && this.source[cursor] !== '\n') return false;
    this.pos = cursor < this.end ? cursor + 1 : cursor;
    return true;
  }

  private reader(): ExpressionReader {
    return new ExpressionReader(this.source, this.pos, (start, end) => new TemplateParser(this.source, start, end, true).parseAll());
  }

  /** Parses `(args)` after a directive name with `read`, leaving pos after ')'. */
  private withArguments<T>(name: Directive, read: (reader: ExpressionReader) => T): T {
    const reader = this.reader();
    reader.skipSpace();
    if (this.source[reader.pos] !== '(') reader.fail(`#${name} needs its arguments in parentheses`);
    reader.pos += 1;
    const value = read(reader);
    reader.expect(')');
    this.pos = reader.pos;
    return value;
  }

  private directive(name: Directive, at: number, gobbleLine: () => void): Node | undefined {
    if (!WITH_ARGUMENTS.has(name)) {
      gobbleLine();
      if (name === 'break') return { kind: 'break', at };
      if (name === 'stop') return { kind: 'stop', at };
      return undefined;
    }
    if (name === 'set') {
      const node = this.withArguments(name, (reader: ExpressionReader) => {
        reader.skipSpace();
        const target = this.source[reader.pos] === '$' ? reader.tryReference() : undefined;
        if (!target) reader.fail('#set needs a reference to assign, as in #set($name = value)');
        reader.expect('=');
        return { kind: 'set' as const, at, target, value: reader.expression() };
      });
      gobbleLine();
      return node;
    }
    if (name === 'foreach') {
      const header = this.withArguments(name, (reader: ExpressionReader) => {
        reader.skipSpace();
        const variable = this.source[reader.pos] === '$' ? reader.tryReference() : undefined;
        if (!variable || variable.segments.length > 0) reader.fail('#foreach needs a loop variable, as in #foreach($item in $list)');
        reader.skipSpace();
        if (!/^in\b/.test(this.source.slice(reader.pos, reader.pos + 3))) reader.fail("Expected 'in' after the #foreach variable");
        reader.pos += 2;
        return { variable: variable.name, items: reader.expression() };
      });
      gobbleLine();
      const block = this.block();
      if (block.endedBy?.directive !== 'end') throw errorAt(this.source, block.endedBy?.at ?? at, block.endedBy ? `#${block.endedBy.directive} inside #foreach without #if` : '#foreach is not closed with #end');
      return { kind: 'foreach', at, variable: header.variable, items: header.items, body: block.nodes };
    }
    // #if and #elseif: the condition; #if then reads its branches up to #end.
    const condition = this.withArguments(name, (reader: ExpressionReader) => reader.expression());
    gobbleLine();
    if (name === 'elseif') return { kind: 'if', at, branches: [{ condition, body: [] }], otherwise: [] };
    const branches = [{ condition, body: [] as Node[] }];
    let otherwise: Node[] = [];
    let current = branches[0]?.body ?? [];
    let inElse = false;
    for (;;) {
      const block = this.block();
      current.push(...block.nodes);
      const ended = block.endedBy;
      if (!ended) throw errorAt(this.source, at, '#if is not closed with #end');
      if (ended.directive === 'end') return { kind: 'if', at, branches, otherwise };
      if (inElse) throw errorAt(this.source, ended.at, `#${ended.directive} after #else`);
      if (ended.directive === 'else') {
        inElse = true;
        otherwise = [];
        current = otherwise;
      } else if (ended.node?.kind === 'if') {
        const branch = ended.node.branches[0];
        if (branch) {
          branches.push(branch);
          current = branch.body;
        }
      }
    }
  }
}

export function parseTemplate(source: string): Node[] {
  return new TemplateParser(source, 0, source.length, false).parseAll();
}
