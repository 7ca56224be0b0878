import type { PropertyFilterProps } from '@cloudscape-design/components/property-filter';

/** English strings Cloudscape's PropertyFilter needs without an i18n provider in the app. */
export const propertyFilterI18n: PropertyFilterProps.I18nStrings = {
  filteringAriaLabel: 'Filter jobs',
  dismissAriaLabel: 'Dismiss',
  filteringPlaceholder: 'Filter jobs',
  groupValuesText: 'Values',
  groupPropertiesText: 'Properties',
  operatorsText: 'Operators',
  operationAndText: 'and',
  operationOrText: 'or',
  operatorLessText: 'Before',
  operatorGreaterText: 'After',
  operatorContainsText: 'Contains',
  operatorEqualsText: 'Equals',
  editTokenHeader: 'Edit filter',
  propertyText: 'Property',
  operatorText: 'Operator',
  valueText: 'Value',
  cancelActionText: 'Cancel',
  applyActionText: 'Apply',
  allPropertiesLabel: 'All properties',
  tokenLimitShowMore: 'Show more',
  tokenLimitShowFewer: 'Show fewer',
  clearFiltersText: 'Clear filters',
  removeTokenButtonAriaLabel: (token) => `Remove filter ${token.propertyKey ?? ''} ${token.operator} ${token.value}`,
  enteredTextLabel: (text) => `Use: "${text}"`,
};
