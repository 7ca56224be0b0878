export const APIS_REQUESTS = ['apis.list', 'apis.describe', 'apis.expose', 'apis.testInvoke', 'apis.invoke'] as const;
export const APIS_STREAMS = [] as const;
