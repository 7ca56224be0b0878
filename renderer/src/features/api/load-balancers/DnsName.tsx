import CopyToClipboard from '@cloudscape-design/components/copy-to-clipboard';

/** A load balancer's DNS name with a copy button: what callers and health probes resolve. */
export function DnsName({ name, dnsName }: { name: string; dnsName: string }) {
  return (
    <CopyToClipboard
      variant="inline"
      textToCopy={dnsName}
      copyButtonAriaLabel={`Copy the DNS name of ${name}`}
      copySuccessText="DNS name copied"
      copyErrorText="The DNS name could not be copied"
      wrapText
    />
  );
}
