import Box from '@cloudscape-design/components/box';
import Container from '@cloudscape-design/components/container';
import Header from '@cloudscape-design/components/header';
import SpaceBetween from '@cloudscape-design/components/space-between';
import type { ApiModelView } from '../../../../../../shared/domain/apis';
import { HighlightedCode } from '../highlight/HighlightedCode';

/** Pretty-printed when the stored schema is JSON (AWS keeps it as typed), as stored otherwise. */
function readable(schema: string): string {
  try {
    return JSON.stringify(JSON.parse(schema), null, 2);
  } catch {
    return schema;
  }
}

/** The API's models: the JSON Schemas its validators check request bodies against. */
export function ModelsTab({ models }: { models: ApiModelView[] }) {
  if (models.length === 0) return <Box data-testid="api-models-none">No models: no request body is checked against a schema.</Box>;
  return (
    <SpaceBetween size="l">
      {models.map((model) => (
        <div key={model.name} data-testid={`api-model-${model.name}`}>
          <Container header={<Header variant="h2" description={model.description}>{model.name}</Header>}>
            <SpaceBetween size="s">
              <Box>Content type: {model.contentType}</Box>
              {model.schema ? <HighlightedCode code={readable(model.schema)} label={`Schema of ${model.name}`} testId={`model-schema-${model.name}`} /> : <Box>No schema.</Box>}
            </SpaceBetween>
          </Container>
        </div>
      ))}
    </SpaceBetween>
  );
}
