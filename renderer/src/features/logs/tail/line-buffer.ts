/**
 * The lines of one tail, outside React. A fixed-capacity ring addressed by absolute position: the
 * line at position p lives in slot p mod capacity, so appending at the end (live events) and
 * prepending at the start ("load older") are both O(1) and nothing is ever shifted. Each line is a
 * timestamp in a Float64Array, a stream number in a Uint16Array and its message string: no object
 * per line, so a million events seen cost no more than the capacity's worth of strings.
 *
 * Every change bumps `version`; `generation` changes only when positions are reused (clear,
 * resize), so a derived index (the client-side filter) knows when it must start over.
 */

export const DEFAULT_CAPACITY = 100_000;
export const MIN_CAPACITY = 1_000;
export const MAX_CAPACITY = 1_000_000;

/** Stream number of lines the viewer writes itself ("the job ended"). */
export const NOTE_STREAM = 0;

export interface StreamInfo {
  /** 1-based; 0 is the viewer's own notes. */
  index: number;
  group: string;
  stream: string;
  /** A short name for the line gutter: the stream name without what every stream of a job shares. */
  label: string;
}

export interface LineInput {
  timestamp: number;
  group: string;
  stream: string;
  message: string;
}

export class LineBuffer {
  private times: Float64Array;
  private streamOf: Uint16Array;
  private messages: (string | undefined)[];
  private capacityValue: number;
  /** Absolute position of the oldest line held; positions grow at the end and shrink at the start. */
  private firstValue = 0;
  private lengthValue = 0;
  private readonly streamsByKey = new Map<string, StreamInfo>();
  private readonly streamList: StreamInfo[] = [];
  /** Lines this buffer discarded to stay within its capacity. */
  droppedHere = 0;
  version = 0;
  generation = 0;

  constructor(capacity = DEFAULT_CAPACITY) {
    this.capacityValue = clampCapacity(capacity);
    this.times = new Float64Array(this.capacityValue);
    this.streamOf = new Uint16Array(this.capacityValue);
    this.messages = new Array<string | undefined>(this.capacityValue);
  }

  get capacity(): number {
    return this.capacityValue;
  }
  get length(): number {
    return this.lengthValue;
  }
  /** Absolute position of the oldest line held. */
  get first(): number {
    return this.firstValue;
  }
  /** One past the absolute position of the newest line. */
  get end(): number {
    return this.firstValue + this.lengthValue;
  }
  get streams(): readonly StreamInfo[] {
    return this.streamList;
  }

  /** Adds lines at the newest end, discarding the oldest when full. */
  append(lines: readonly LineInput[]): void {
    for (const line of lines) this.write(this.claimEnd(), line.timestamp, this.streamIndex(line.group, line.stream), line.message);
    if (lines.length > 0) this.version++;
  }

  /** A line of the viewer's own (an end notice) at the newest end. */
  appendNote(timestamp: number, message: string): void {
    this.write(this.claimEnd(), timestamp, NOTE_STREAM, message);
    this.version++;
  }

  /**
   * Adds older lines (oldest first) before the oldest held, as far as free room allows: newer lines
   * are never pushed out for older ones. Returns how many were kept; the rest count as dropped.
   */
  prepend(lines: readonly LineInput[]): number {
    const room = this.capacityValue - this.lengthValue;
    const kept = Math.min(room, lines.length);
    // The newest of the older lines sit right before the current first line.
    for (let index = lines.length - 1; index >= lines.length - kept; index--) {
      const line = lines[index]!;
      this.firstValue--;
      this.lengthValue++;
      this.write(this.firstValue, line.timestamp, this.streamIndex(line.group, line.stream), line.message);
    }
    this.droppedHere += lines.length - kept;
    if (lines.length > 0) this.version++;
    return kept;
  }

  clear(): void {
    this.messages = new Array<string | undefined>(this.capacityValue);
    this.firstValue = 0;
    this.lengthValue = 0;
    this.droppedHere = 0;
    this.generation++;
    this.version++;
  }

  /** A new capacity, keeping the newest lines that fit. */
  resize(capacity: number): void {
    const next = clampCapacity(capacity);
    if (next === this.capacityValue) return;
    const keep = Math.min(this.lengthValue, next);
    const start = this.end - keep;
    const times = new Float64Array(next);
    const streams = new Uint16Array(next);
    const messages = new Array<string | undefined>(next);
    for (let offset = 0; offset < keep; offset++) {
      const from = this.slot(start + offset);
      times[offset] = this.times[from]!;
      streams[offset] = this.streamOf[from]!;
      messages[offset] = this.messages[from];
    }
    this.droppedHere += this.lengthValue - keep;
    this.times = times;
    this.streamOf = streams;
    this.messages = messages;
    this.capacityValue = next;
    this.firstValue = 0;
    this.lengthValue = keep;
    this.generation++;
    this.version++;
  }

  timeAt(position: number): number {
    return this.times[this.slot(position)]!;
  }
  streamAt(position: number): number {
    return this.streamOf[this.slot(position)]!;
  }
  messageAt(position: number): string {
    return this.messages[this.slot(position)] ?? '';
  }
  streamInfo(index: number): StreamInfo | undefined {
    return this.streamList[index - 1];
  }

  /** Oldest timestamp held, or undefined when empty. */
  oldestTime(): number | undefined {
    return this.lengthValue === 0 ? undefined : this.timeAt(this.firstValue);
  }

  /** The position for a new newest line, dropping the oldest when full. */
  private claimEnd(): number {
    const position = this.end;
    if (this.lengthValue === this.capacityValue) {
      this.firstValue++;
      this.droppedHere++;
    } else {
      this.lengthValue++;
    }
    return position;
  }

  private write(position: number, timestamp: number, stream: number, message: string): void {
    const at = this.slot(position);
    this.times[at] = timestamp;
    this.streamOf[at] = stream;
    this.messages[at] = message;
  }

  private slot(position: number): number {
    const at = position % this.capacityValue;
    return at < 0 ? at + this.capacityValue : at;
  }

  private streamIndex(group: string, stream: string): number {
    const key = `${group}\u0000${stream}`;
    const known = this.streamsByKey.get(key);
    if (known) return known.index;
    const info: StreamInfo = { index: this.streamList.length + 1, group, stream, label: stream };
    this.streamsByKey.set(key, info);
    this.streamList.push(info);
    relabel(this.streamList);
    return info.index;
  }
}

function clampCapacity(capacity: number): number {
  if (!Number.isFinite(capacity)) return DEFAULT_CAPACITY;
  return Math.min(MAX_CAPACITY, Math.max(MIN_CAPACITY, Math.floor(capacity)));
}

/**
 * A job's streams are `<job>/algo-1-…`, `<job>/algo-2-…`: the shared part says nothing in a gutter,
 * so labels drop the common prefix up to its last `/` (and say the group when streams span groups).
 */
function relabel(streams: StreamInfo[]): void {
  const groups = new Set(streams.map((info) => info.group));
  const names = streams.map((info) => info.stream);
  let common = names.length > 1 ? commonPrefix(names) : names[0]!.slice(0, names[0]!.lastIndexOf('/') + 1);
  common = common.slice(0, common.lastIndexOf('/') + 1);
  for (const info of streams) {
    const short = info.stream.slice(common.length) || info.stream;
    info.label = groups.size > 1 ? `${info.group.split('/').pop() ?? info.group}:${short}` : short;
  }
}

function commonPrefix(values: string[]): string {
  let prefix = values[0] ?? '';
  for (const value of values) {
    let length = 0;
    while (length < prefix.length && length < value.length && prefix[length] === value[length]) length++;
    prefix = prefix.slice(0, length);
  }
  return prefix;
}
