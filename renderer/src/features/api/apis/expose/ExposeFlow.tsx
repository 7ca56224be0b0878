/** Placeholder until the expose flow lands. */
export default function ExposeFlow({ endpointName }: { endpointName?: string }) {
  return <section data-testid="expose-flow" aria-label={`Expose ${endpointName ?? 'an endpoint'} as an API`} />;
}
