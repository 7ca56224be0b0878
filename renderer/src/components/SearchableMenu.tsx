import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';

export interface MenuOption {
  id: string;
  testId: string;
  label: string;
  detail?: string;
  /** Extra words the filter matches besides label and detail. */
  keywords?: string;
  badge?: ReactNode;
  current?: boolean;
  /** A heading shown above the first option of each section ("Recent", "All profiles"). */
  section?: string;
  /** A secondary action on the option itself (mark as production) that does not select it. */
  action?: MenuOptionAction;
}

export interface MenuOptionAction {
  label: string;
  testId: string;
  /** 'suggest' draws it as a chip that asks for attention. */
  tone?: 'plain' | 'suggest';
  run: () => Promise<void>;
}

export interface SearchableMenuProps {
  triggerTestId: string;
  /**
   * The caption on the button ("Profile", "Region"); it also names the listbox and its filter.
   * The button's accessible name is this caption then the value, exactly the text it shows, so
   * speech users can say what they see (WCAG 2.5.3 Label in Name).
   */
  label: string;
  /** What is chosen now, shown on the button after the caption. */
  value: string;
  valueTestId: string;
  options: readonly MenuOption[];
  filterPlaceholder: string;
  emptyText: string;
  disabled?: boolean;
  /** An option made from what the user typed (a region code not in the list), or why it is not valid. */
  fromQuery?: (query: string) => MenuOption | { invalid: string } | undefined;
  /** Rejecting keeps the menu open with the query and shows the message (field message first). */
  onSelect: (id: string) => Promise<void>;
  onOpen?: () => void;
  errorFor?: (reason: unknown) => string;
  /** Below the list: links to related pages. A click in it closes the menu. */
  footer?: ReactNode;
}

export function matchesQuery(option: Pick<MenuOption, 'label' | 'detail' | 'keywords'>, query: string): boolean {
  const haystack = `${option.label} ${option.detail ?? ''} ${option.keywords ?? ''}`.toLowerCase();
  return query
    .toLowerCase()
    .split(/\s+/)
    .filter(Boolean)
    .every((word) => haystack.includes(word));
}

/**
 * A button that opens a filterable list (a combobox with a listbox popup). Built here rather than
 * with Cloudscape's Select so the top bar stays in the first, small chunk.
 */
export function SearchableMenu(props: SearchableMenuProps) {
  const { options, fromQuery, onSelect } = props;
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>();
  const rootRef = useRef<HTMLDivElement>(null);
  const triggerRef = useRef<HTMLButtonElement>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const listId = useId();
  const errorId = useId();
  const hintId = useId();
  const captionId = useId();
  const valueId = useId();

  const { visible, invalid } = useMemo(() => {
    const filtered = options.filter((option) => matchesQuery(option, query));
    const typed = query.trim() && fromQuery ? fromQuery(query.trim()) : undefined;
    if (typed && 'invalid' in typed) return { visible: filtered, invalid: filtered.length ? undefined : typed.invalid };
    const withTyped = typed && !filtered.some((option) => option.id === typed.id) ? [...filtered, typed] : filtered;
    return { visible: withTyped, invalid: undefined };
  }, [options, query, fromQuery]);

  useEffect(() => {
    if (!open) return;
    inputRef.current?.focus();
    const closeOnOutside = (event: MouseEvent) => {
      if (rootRef.current && !rootRef.current.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('mousedown', closeOnOutside);
    return () => document.removeEventListener('mousedown', closeOnOutside);
  }, [open]);

  const openMenu = () => {
    if (props.disabled) return;
    setQuery('');
    setError(undefined);
    const currentIndex = options.findIndex((option) => option.current);
    setActive(Math.max(0, currentIndex));
    setOpen(true);
    props.onOpen?.();
  };

  const close = (refocus: boolean) => {
    setOpen(false);
    if (refocus) triggerRef.current?.focus();
  };

  const choose = async (option: MenuOption | undefined) => {
    if (!option || busy) return;
    setBusy(true);
    setError(undefined);
    try {
      await onSelect(option.id);
      close(true);
    } catch (reason) {
      setError(props.errorFor ? props.errorFor(reason) : String(reason));
    } finally {
      setBusy(false);
    }
  };

  const runAction = async (action: MenuOptionAction) => {
    if (busy) return;
    setBusy(true);
    setError(undefined);
    try {
      await action.run();
    } catch (reason) {
      setError(props.errorFor ? props.errorFor(reason) : String(reason));
    } finally {
      setBusy(false);
      inputRef.current?.focus();
    }
  };

  const onInputKey = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      setActive((index) => Math.min(visible.length - 1, index + 1));
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      setActive((index) => Math.max(0, index - 1));
    } else if (event.key === 'Home') {
      setActive(0);
    } else if (event.key === 'End') {
      setActive(Math.max(0, visible.length - 1));
    } else if (event.key === 'Enter' && event.shiftKey) {
      event.preventDefault();
      const action = visible[active]?.action;
      if (action) void runAction(action);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      void choose(visible[active]);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      close(true);
    } else if (event.key === 'Tab') {
      close(false);
    }
  };

  const activeOption = visible[Math.min(active, visible.length - 1)];
  const message = invalid ?? error;

  return (
    <div className="menu" ref={rootRef}>
      <button
        ref={triggerRef}
        type="button"
        className="menu-trigger"
        data-testid={props.triggerTestId}
        aria-labelledby={`${captionId} ${valueId}`}
        aria-haspopup="listbox"
        aria-expanded={open}
        disabled={props.disabled}
        onClick={() => (open ? close(false) : openMenu())}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown' && !open) {
            event.preventDefault();
            openMenu();
          }
        }}
      >
        <span className="menu-trigger-caption" id={captionId}>
          {props.label}
        </span>{' '}
        {/* The space keeps the caption and value two words for axe and speech input alike. */}
        <span className="menu-trigger-value" id={valueId} data-testid={props.valueTestId}>
          {props.value}
        </span>
        <span className="menu-caret" aria-hidden="true" />
      </button>
      {open && (
        <div className="menu-panel">
          <input
            ref={inputRef}
            className="text-input"
            type="search"
            role="combobox"
            data-testid={`${props.triggerTestId}-filter`}
            aria-label={`Filter ${props.label.toLowerCase()}s`}
            aria-expanded="true"
            aria-controls={listId}
            aria-activedescendant={activeOption ? `${listId}-${activeOption.id}` : undefined}
            aria-invalid={message ? true : undefined}
            aria-describedby={
              [message ? errorId : '', activeOption?.action ? hintId : ''].join(' ').trim() || undefined
            }
            placeholder={props.filterPlaceholder}
            value={query}
            autoComplete="off"
            spellCheck={false}
            onChange={(event) => {
              setQuery(event.target.value);
              setActive(0);
              setError(undefined);
            }}
            onKeyDown={onInputKey}
          />
          {message && (
            <p className="field-error" id={errorId} role="alert">
              {message}
            </p>
          )}
          <ul className="menu-list" role="listbox" id={listId} aria-label={props.label} aria-busy={busy}>
            {visible.length === 0 && !invalid && <li className="menu-empty">{props.emptyText}</li>}
            {visible.map((option, index) => [
              option.section && option.section !== visible[index - 1]?.section ? (
                <li key={`section-${option.section}`} role="presentation" className="menu-section">
                  {option.section}
                </li>
              ) : null,
              <li
                key={option.id}
                id={`${listId}-${option.id}`}
                role="option"
                aria-selected={option.current ?? false}
                data-testid={option.testId}
                className={`menu-option${option === activeOption ? ' is-active' : ''}${option.current ? ' is-current' : ''}`}
                onMouseEnter={() => setActive(index)}
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => void choose(option)}
              >
                <span className="menu-option-label">{option.label}</span>
                {option.badge}
                {option.action && <OptionAction action={option.action} busy={busy} onRun={runAction} />}
                {option.detail && <span className="menu-option-detail">{option.detail}</span>}
              </li>,
            ])}
          </ul>
          {activeOption?.action && (
            <p className="menu-hint" id={hintId} data-testid={`${props.triggerTestId}-hint`}>
              <kbd>Shift+Enter</kbd>: {activeOption.action.label}
            </p>
          )}
          {props.footer && (
            <div className="menu-footer" onClick={() => setOpen(false)}>
              {props.footer}
            </div>
          )}
        </div>
      )}
    </div>
  );
}

/**
 * The secondary action drawn on an option. Options may hold no interactive content (a screen reader
 * reads an option as one piece of text, and Tab leaves the menu), so this is not a button: a click
 * runs it, and from the keyboard Shift+Enter runs the highlighted option's action (the hint below
 * the list says so). Its text stays part of the option, which is how a screen reader hears it.
 */
function OptionAction({
  action,
  busy,
  onRun,
}: {
  action: MenuOptionAction;
  busy: boolean;
  onRun: (action: MenuOptionAction) => Promise<void>;
}) {
  return (
    <span
      className={`menu-option-action${action.tone === 'suggest' ? ' is-suggestion' : ''}`}
      data-testid={action.testId}
      aria-disabled={busy || undefined}
      // The option behind it would select the profile; this only changes its marking.
      onMouseDown={(event) => event.preventDefault()}
      onClick={(event) => {
        event.stopPropagation();
        void onRun(action);
      }}
    >
      {action.label}
    </span>
  );
}
