import createWrapper from '@cloudscape-design/components/test-utils/dom';
import { fireEvent, screen } from '@testing-library/react';

/** The `<input>` behind a test id: Cloudscape puts the id on its wrapper, plain inputs carry it. */
export function inputOf(testId: string): HTMLInputElement {
  const root = screen.getByTestId(testId);
  const input = root instanceof HTMLInputElement ? root : root.querySelector('input');
  if (!input) throw new Error(`no input in ${testId}`);
  return input;
}

/** Replaces a field's value as typing would (Cloudscape inputs listen to React's change event). */
export function typeInto(testId: string, value: string): void {
  fireEvent.change(inputOf(testId), { target: { value } });
}

/**
 * Picks an option of a Cloudscape Select by value. Cloudscape's wrappers find the parts; the events
 * go through Testing Library, whose act marks this as a test environment (the wrappers' own act warns).
 */
export function chooseOption(testId: string, value: string): void {
  const select = createWrapper(document.body).findSelect(`[data-testid="${testId}"]`);
  if (!select) throw new Error(`no select ${testId}`);
  fireEvent.mouseDown(select.findTrigger().getElement());
  const option = select.findDropdown().findOptionByValue(value);
  if (!option) throw new Error(`no option ${value} in ${testId}`);
  fireEvent.mouseUp(option.getElement());
}
