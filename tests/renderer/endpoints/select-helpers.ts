import createWrapper, { type SelectWrapper } from '@cloudscape-design/components/test-utils/dom';
import { fireEvent, waitFor } from '@testing-library/react';

type OptionWrapper = NonNullable<ReturnType<ReturnType<SelectWrapper['findDropdown']>['findOptionByValue']>>;

/** The option of a Cloudscape select (or multiselect) once its list has loaded, the list opened. */
export async function openOption(testId: string, value: string, multi = false, open = true): Promise<OptionWrapper> {
  const root = createWrapper(document.body);
  const select = multi
    ? root.findMultiselect(`[data-testid="${testId}"]`)
    : root.findSelect(`[data-testid="${testId}"]`);
  if (!select) throw new Error(`no select ${testId}`);
  if (open) fireEvent.mouseDown(select.findTrigger().getElement());
  return waitFor(() => {
    const option = select.findDropdown().findOptionByValue(value);
    if (!option) throw new Error(`no option ${value} in ${testId} yet`);
    return option;
  });
}

/** Picks that option. */
export async function choose(testId: string, value: string, multi = false): Promise<void> {
  fireEvent.mouseUp((await openOption(testId, value, multi)).getElement());
}
