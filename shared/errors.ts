/**
 * The one error shape that crosses the bridge (IPC, WebSocket, CLI stderr). Hosts build it from
 * whatever went wrong; the renderer rebuilds it as a SageDeckError so `instanceof` and `code` work.
 */
export interface ErrorEnvelope {
  code: string;
  message: string;
  /** Field path (dot separated) → message, for input the user can correct in place. */
  fields?: Record<string, string>;
  retryable: boolean;
  requestId?: string;
  /** For ConfirmationRequired: what the user must confirm (and type, on production profiles). */
  confirmation?: ConfirmationChallenge;
}

export interface ConfirmationChallenge {
  action: string;
  target: string;
  /** Set when the session's profile is marked production: the user must type `target`. */
  typeToConfirm: boolean;
}

export const ErrorCodes = {
  InvalidInput: 'InvalidInput',
  UnknownChannel: 'UnknownChannel',
  ConfirmationRequired: 'ConfirmationRequired',
  Cancelled: 'Cancelled',
  ConfigParseError: 'ConfigParseError',
  ProfileNotFound: 'ProfileNotFound',
  Forbidden: 'Forbidden',
  Internal: 'Internal',
  Disconnected: 'Disconnected',
} as const;

export class SageDeckError extends Error {
  readonly code: string;
  readonly fields: Record<string, string> | undefined;
  readonly retryable: boolean;
  readonly requestId: string | undefined;
  readonly confirmation: ConfirmationChallenge | undefined;

  constructor(envelope: ErrorEnvelope) {
    super(envelope.message);
    this.name = 'SageDeckError';
    this.code = envelope.code;
    this.fields = envelope.fields;
    this.retryable = envelope.retryable;
    this.requestId = envelope.requestId;
    this.confirmation = envelope.confirmation;
  }

  toEnvelope(): ErrorEnvelope {
    const envelope: ErrorEnvelope = { code: this.code, message: this.message, retryable: this.retryable };
    if (this.fields) envelope.fields = this.fields;
    if (this.requestId) envelope.requestId = this.requestId;
    if (this.confirmation) envelope.confirmation = this.confirmation;
    return envelope;
  }
}

export function isErrorEnvelope(value: unknown): value is ErrorEnvelope {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Record<string, unknown>;
  return typeof candidate.code === 'string' && typeof candidate.message === 'string';
}
