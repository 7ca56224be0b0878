import Modal from '@cloudscape-design/components/modal';
import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { rankCommands, type PaletteCommand } from '../app/palette-commands';
import { errorMessage } from './ErrorNotice';

const MAX_SHOWN = 50;

export default function CommandPalette({ commands, onClose }: { commands: PaletteCommand[]; onClose: () => void }) {
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const listRef = useRef<HTMLUListElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const listId = useId();

  // The modal mounts its content through a portal and then focuses its close button; move focus to
  // the filter after that, so typing starts at once.
  useEffect(() => {
    const timer = window.setTimeout(() => inputRef.current?.focus(), 0);
    return () => window.clearTimeout(timer);
  }, []);

  const visible = useMemo(() => rankCommands(commands, query).slice(0, MAX_SHOWN), [commands, query]);
  const current = visible[Math.min(active, visible.length - 1)];

  const run = async (command: PaletteCommand | undefined) => {
    if (!command || busy) return;
    setBusy(true);
    setError(undefined);
    try {
      await command.run();
      onClose();
    } catch (reason) {
      setError(errorMessage(reason));
    } finally {
      setBusy(false);
    }
  };

  const move = (delta: number) => {
    const next = Math.max(0, Math.min(visible.length - 1, active + delta));
    setActive(next);
    listRef.current?.querySelector(`[data-index="${next}"]`)?.scrollIntoView?.({ block: 'nearest' });
  };

  const onKey = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      move(1);
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      move(-1);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      void run(current);
    }
  };

  return (
    <Modal
      visible
      onDismiss={onClose}
      header="Go to or run a command"
      data-testid="command-palette"
      closeAriaLabel="Close"
    >
      <div className="palette">
        <input
          className="text-input"
          data-testid="palette-input"
          type="search"
          role="combobox"
          aria-label="Area or command"
          aria-expanded="true"
          aria-controls={listId}
          aria-activedescendant={current ? `${listId}-${current.id}` : undefined}
          placeholder="Type an area, theme, profile or region"
          autoComplete="off"
          spellCheck={false}
          ref={inputRef}
          value={query}
          onChange={(event) => {
            setQuery(event.target.value);
            setActive(0);
            setError(undefined);
          }}
          onKeyDown={onKey}
        />
        {error && (
          <p className="field-error" role="alert">
            {error}
          </p>
        )}
        <ul className="palette-list" role="listbox" id={listId} aria-label="Matches" ref={listRef} aria-busy={busy}>
          {visible.length === 0 && <li className="menu-empty">Nothing matches “{query}”.</li>}
          {visible.map((command, index) => (
            <li
              key={command.id}
              id={`${listId}-${command.id}`}
              role="option"
              aria-selected={command === current}
              data-index={index}
              data-testid={`palette-item-${command.id}`}
              className={`menu-option${command === current ? ' is-active' : ''}`}
              onMouseEnter={() => setActive(index)}
              onMouseDown={(event) => event.preventDefault()}
              onClick={() => void run(command)}
            >
              <span className="palette-group">{command.group}</span>
              <span className="menu-option-label">{command.label}</span>
              {command.detail && <span className="menu-option-detail">{command.detail}</span>}
            </li>
          ))}
        </ul>
        <p className="palette-hint">↑ ↓ to move · Enter to run · Esc to close</p>
      </div>
    </Modal>
  );
}
