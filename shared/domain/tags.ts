/** A filter on resource tags: `key` alone matches any value. */
export interface TagFilter {
  key: string;
  value?: string;
}

export interface TaggedResources {
  /** ARNs of the resources carrying every tag of the filter. */
  arns: string[];
  /** Resource kinds that could not be searched, in words. */
  notice?: string;
}
