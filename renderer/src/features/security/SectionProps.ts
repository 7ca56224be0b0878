/** What the area hands each section: the address below `#/security/<section>`. */
export interface SectionProps {
  rest: string[];
  params: URLSearchParams;
}
