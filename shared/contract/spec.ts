import { z } from 'zod';

/** Carries a TypeScript type without a runtime value: the output of a request or event of a stream. */
export type Returns<T> = { readonly __returns?: T };
export const returns = <T>(): Returns<T> => ({});

export interface MutationSpec<I> {
  /** Human words for the journal and the confirmation dialog: "Reset settings". */
  action: string;
  /** The resource acted on, shown in the dialog and typed on production profiles. */
  target: (input: I) => string;
  /** Destructive actions need an explicit confirmation before the host runs them. */
  destructive: boolean;
}

export interface RequestSpec<S extends z.ZodType, O> {
  input: S;
  output: Returns<O>;
  mutation?: MutationSpec<z.infer<S>>;
}

export interface StreamSpec<S extends z.ZodType, E> {
  input: S;
  event: Returns<E>;
  /**
   * Streams of AWS resources belong to the session that opened them: the dispatcher ends them
   * on a profile or region switch, so no handler has to remember to. App-wide streams (session,
   * journal, prompts) leave it unset.
   */
  sessionScoped?: boolean;
}

export type AnyRequestSpec = RequestSpec<z.ZodType, unknown>;
export type AnyStreamSpec = StreamSpec<z.ZodType, unknown>;

export const request = <S extends z.ZodType, O>(spec: RequestSpec<S, O>) => spec;
export const stream = <S extends z.ZodType, E>(spec: StreamSpec<S, E>) => spec;
export const empty = z.object({}).strict();

/** Proves an area's spec map and its zod-free channel list name the same channels. */
export type SameKeys<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;

/** `true` when no key appears in two of the records, `never` (a type error where used) otherwise. */
export type Disjoint<T extends readonly object[], Seen = never> = T extends readonly [infer Head, ...infer Tail extends readonly object[]]
  ? [keyof Head & Seen] extends [never]
    ? Disjoint<Tail, Seen | keyof Head>
    : never
  : true;
