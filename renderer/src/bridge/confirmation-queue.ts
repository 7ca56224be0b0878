import type { ConfirmationChallenge } from '../../../shared/errors';
import type { ConfirmationAnswer } from './typed-client';

export interface PendingConfirmation {
  id: number;
  challenge: ConfirmationChallenge;
  answer: (answer: ConfirmationAnswer) => void;
}

/**
 * The bridge between the typed client (which needs an answer) and the one app-level modal (which
 * asks). Challenges are shown one at a time, in the order they arrived.
 */
export interface ConfirmationQueue {
  ask(challenge: ConfirmationChallenge): Promise<ConfirmationAnswer>;
  current(): PendingConfirmation | undefined;
  subscribe(listener: () => void): () => void;
}

export function createConfirmationQueue(): ConfirmationQueue {
  let nextId = 1;
  let queue: PendingConfirmation[] = [];
  const listeners = new Set<() => void>();
  const notify = () => {
    for (const listener of [...listeners]) listener();
  };

  return {
    ask(challenge) {
      return new Promise<ConfirmationAnswer>((resolve) => {
        const id = nextId++;
        queue = [
          ...queue,
          {
            id,
            challenge,
            answer: (answer) => {
              if (!queue.some((entry) => entry.id === id)) return;
              queue = queue.filter((entry) => entry.id !== id);
              resolve(answer);
              notify();
            },
          },
        ];
        notify();
      });
    },
    current: () => queue[0],
    subscribe(listener) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}
