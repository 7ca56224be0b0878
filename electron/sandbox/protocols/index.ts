import type { ProtocolAdapter, WireProtocol } from '../types';
import { awsJsonAdapter } from './aws-json';
import { awsQueryAdapter } from './aws-query';
import { restJsonAdapter } from './rest-json';
import { restXmlAdapter } from './rest-xml';

export const PROTOCOL_ADAPTERS: Record<WireProtocol, ProtocolAdapter> = {
  awsJson1_0: awsJsonAdapter,
  awsJson1_1: awsJsonAdapter,
  restJson1: restJsonAdapter,
  restXml: restXmlAdapter,
  awsQuery: awsQueryAdapter,
};
