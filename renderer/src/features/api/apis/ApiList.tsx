/** Placeholder until the APIs list lands: every REST API with its stages and invoke URLs. */
export function ApiList() {
  return <section data-testid="api-list" aria-label="REST APIs" />;
}
