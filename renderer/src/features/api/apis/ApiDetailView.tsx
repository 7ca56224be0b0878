/** Placeholder until the API page lands. */
export default function ApiDetailView({ apiId }: { apiId: string; tab?: string }) {
  return <section data-testid="api-detail" aria-label={`API ${apiId}`} />;
}
