/**
 * API Gateway's execution log: the lines TestInvokeMethod returns in `log` (each stamped like
 * `Sat Mar 05 15:47:32 UTC 2022 : `) and the data plane writes to CloudWatch Logs (each prefixed
 * with `(<requestId>) `).
 */
const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const two = (n: number) => String(n).padStart(2, '0');

/** Java's Date.toString in UTC, which API Gateway stamps each test-invoke log line with. */
export function javaDate(ms: number): string {
  const d = new Date(ms);
  return `${DAYS[d.getUTCDay()]} ${MONTHS[d.getUTCMonth()]} ${two(d.getUTCDate())} ${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())} UTC ${d.getUTCFullYear()}`;
}

/** `{a=1, b=2}`: how API Gateway prints header and parameter maps in its log. */
export function javaMap(map: Record<string, string>): string {
  return `{${Object.entries(map).map(([key, value]) => `${key}=${value}`).join(', ')}}`;
}

/** Bodies longer than this are cut in the log, as API Gateway truncates at 1 KB ("[TRUNCATED]"). */
const LOGGED_BODY_LIMIT = 1000;

export function loggedBody(body: string): string {
  return body.length > LOGGED_BODY_LIMIT ? `${body.slice(0, LOGGED_BODY_LIMIT)} [TRUNCATED]` : body;
}

export interface LogLine {
  timestamp: number;
  message: string;
  /** Body and header traces: logged only with data tracing on (TestInvokeMethod always shows them). */
  dataTrace: boolean;
  level: 'INFO' | 'ERROR';
}

export class ExecutionLog {
  readonly lines: LogLine[] = [];

  constructor(private readonly now: () => number) {}

  info(message: string, dataTrace = false): void {
    this.lines.push({ timestamp: this.now(), message, dataTrace, level: 'INFO' });
  }

  error(message: string): void {
    this.lines.push({ timestamp: this.now(), message, dataTrace: false, level: 'ERROR' });
  }

  /** TestInvokeMethod's `log`. */
  testInvokeText(requestId: string): string {
    return [`Execution log for request ${requestId}`, ...this.lines.map((line) => `${javaDate(line.timestamp)} : ${line.message}`)].join('\n') + '\n';
  }
}
