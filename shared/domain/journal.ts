/** One line of the activity journal (JSONL in the app data dir). Inputs are stored without secrets. */
export interface JournalEntry {
  id: string;
  time: string;
  profile: string;
  account?: string;
  region: string;
  channel: string;
  target: string;
  input: unknown;
  outcome: 'success' | 'failure';
  error?: { code: string; message: string };
  requestId?: string;
  durationMs: number;
}
