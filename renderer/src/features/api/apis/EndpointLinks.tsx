import Link from '@cloudscape-design/components/link';
import { endpointHref } from '../../endpoints/endpoint-routes';

/** The SageMaker endpoints an API serves, each linked to its page in the Endpoints area. */
export function EndpointLinks({ names }: { names: readonly string[] }) {
  if (names.length === 0) return <>—</>;
  return (
    <ul className="api-plain-list">
      {names.map((name) => (
        <li key={name}>
          <Link href={endpointHref(name)}>{name}</Link>
        </li>
      ))}
    </ul>
  );
}
