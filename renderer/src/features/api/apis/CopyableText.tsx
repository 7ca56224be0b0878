import CopyToClipboard from '@cloudscape-design/components/copy-to-clipboard';

/** A value shown inline with a copy button named after what it copies ("Copy the invoke URL of prod"). */
export function CopyableText({ text, what, testId }: { text: string; what: string; testId?: string }) {
  return (
    <span data-testid={testId} className="api-copyable">
      <CopyToClipboard
        variant="inline"
        textToCopy={text}
        copyButtonAriaLabel={`Copy ${what}`}
        copySuccessText={`Copied ${what}`}
        copyErrorText="Copying failed: select the text and copy it by hand."
      />
    </span>
  );
}
