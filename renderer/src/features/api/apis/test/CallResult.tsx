import Box from '@cloudscape-design/components/box';
import SpaceBetween from '@cloudscape-design/components/space-between';
import StatusIndicator from '@cloudscape-design/components/status-indicator';
import type { ReactNode } from 'react';

/** A status code as words and colour: 2xx success, 4xx and 5xx errors, anything else a warning. */
export function HttpStatus({ status, latencyMs, extra, testId }: { status: number; latencyMs: number; extra?: string; testId: string }) {
  const type = status >= 200 && status < 300 ? 'success' : status >= 400 ? 'error' : 'warning';
  return (
    <span data-testid={testId} data-status={status}>
      <StatusIndicator type={type}>
        {`Status ${status} · ${latencyMs.toLocaleString()} ms${extra ? ` · ${extra}` : ''}`}
      </StatusIndicator>
    </span>
  );
}

/** A body, headers or log as sent back: a named, keyboard-scrollable block. */
export function OutputBlock({ label, text, testId }: { label: string; text: string; testId?: string }) {
  return (
    <SpaceBetween size="xxs">
      <Box variant="awsui-key-label">{label}</Box>
      <pre className="api-output" role="region" aria-label={label} tabIndex={0} data-testid={testId}>
        {text === '' ? '(empty)' : text}
      </pre>
    </SpaceBetween>
  );
}

export const headerLines = (headers: Record<string, string>) =>
  Object.entries(headers)
    .map(([name, value]) => `${name}: ${value}`)
    .join('\n');

export function ResultFrame({ children, testId }: { children: ReactNode; testId: string }) {
  return (
    <div data-testid={testId} aria-live="polite">
      <SpaceBetween size="s">{children}</SpaceBetween>
    </div>
  );
}
