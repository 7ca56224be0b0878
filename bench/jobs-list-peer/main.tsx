/*
 * The peer of bench/jobs-list.ts: the training list without Cloudscape. The same rows from the same
 * host (jobs.list over the web client's WebSocket), the same columns and page size, a plain <table>
 * and a plain <input>: free text narrows the loaded rows on every keystroke, Enter asks AWS for the
 * names containing the text (as the app's Name filter does). Bundled by the bench with esbuild.
 */
import { useEffect, useMemo, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { createWebBridge, rpcUrl } from '../../renderer/src/bridge/web-client';
import type { JobSummary } from '../../shared/domain/jobs';

const PAGE_SIZE = 25;
const bridge = createWebBridge({ url: rpcUrl(location) });

async function list(nameContains?: string): Promise<JobSummary[]> {
  const answer = await bridge.request('jobs.list', { kind: 'training', ...(nameContains ? { nameContains } : {}) });
  if (!answer.ok) throw new Error(answer.error.message);
  return (answer.result as { items: JobSummary[] }).items;
}

function duration(job: JobSummary): string {
  const ms = (job.endedAt ? Date.parse(job.endedAt) : Date.now()) - Date.parse(job.createdAt);
  const total = Math.max(0, Math.floor(ms / 1000));
  return total >= 60 ? `${Math.floor(total / 60)} min ${String(total % 60).padStart(2, '0')} s` : `${total} s`;
}

function PlainJobList() {
  const [rows, setRows] = useState<JobSummary[] | undefined>(undefined);
  const [text, setText] = useState('');
  const [page, setPage] = useState(0);
  useEffect(() => {
    void list().then(setRows);
  }, []);
  const shown = useMemo(() => {
    const words = text.toLowerCase().split(/\s+/).filter(Boolean);
    const matching = (rows ?? []).filter((job) => {
      const haystack = [job.name, job.status, job.secondaryStatus, job.instanceType].filter(Boolean).join(' ').toLowerCase();
      return words.every((word) => haystack.includes(word));
    });
    return [...matching].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  }, [rows, text]);
  if (!rows) return <p role="status">Loading training jobs</p>;
  return (
    <main>
      <h1>
        Training jobs ({shown.length})
      </h1>
      <input
        aria-label="Filter training jobs"
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          setPage(0);
        }}
        onKeyDown={(event) => {
          if (event.key !== 'Enter') return;
          const name = text.trim();
          setText('');
          void list(name).then(setRows);
        }}
      />
      <table data-testid="jobs-table">
        <thead>
          <tr>
            <th>Name</th>
            <th>Status</th>
            <th>Instances</th>
            <th>Created</th>
            <th>Duration</th>
            <th>Objective metric</th>
          </tr>
        </thead>
        <tbody>
          {shown.slice(page * PAGE_SIZE, (page + 1) * PAGE_SIZE).map((job) => (
            <tr key={job.name}>
              <th scope="row">
                <a data-testid={`job-row-${job.name}`} href={`#/training/jobs/${encodeURIComponent(job.name)}`}>
                  {job.name}
                </a>
              </th>
              <td>{job.status === 'InProgress' && job.secondaryStatus ? `In progress · ${job.secondaryStatus}` : job.status}</td>
              <td>{job.instanceType ? `${job.instanceType} × ${job.instanceCount ?? 1}` : '-'}</td>
              <td>
                <time dateTime={job.createdAt}>{new Date(job.createdAt).toLocaleString()}</time>
              </td>
              <td>{duration(job)}</td>
              <td>{job.objectiveMetric ? `${job.objectiveMetric.name}: ${job.objectiveMetric.value}` : '-'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <button type="button" disabled={(page + 1) * PAGE_SIZE >= shown.length} onClick={() => setPage(page + 1)}>
        Next page
      </button>
    </main>
  );
}

createRoot(document.getElementById('root')!).render(<PlainJobList />);
