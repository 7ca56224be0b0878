import { AwsError, type ProtocolAdapter } from '../types';

// Placeholder so every import resolves while the adapter is being written.
export const restXmlAdapter: ProtocolAdapter = async () => {
  throw new AwsError('NotImplemented', 'This protocol is not implemented yet.', 501);
};
