/** A template cut into what it says: plain text, a link from the campaign, the donation channels, or a number from the status. */
export type Segment =
  | { kind: 'text'; text: string }
  | { kind: 'link'; id: string }
  | { kind: 'donations' }
  | { kind: 'count'; id: string };

const PLACEHOLDER = /\{(?:link:([a-z][a-z0-9-]*)|(donations)|count:([a-z][a-z0-9-]*))\}/g;

/** Anything that looks like a placeholder; those that are not one of ours are typos. */
const PLACEHOLDER_LIKE = /\{[A-Za-z]+(?::[^{}\s]*)?\}/g;

/** A placeholder that would not say what the writer meant, as written in the template. */
export type PlaceholderProblem = { kind: 'unknownLink' | 'unknownPlaceholder'; placeholder: string };

/**
 * In template order: each {link:ID} naming none of `linkIds`, and each typo that looks
 * like a placeholder (e.g. {donation}). The one rule for the build's validator and the options page.
 */
export function placeholderProblems(segments: Segment[], linkIds: readonly string[]): PlaceholderProblem[] {
  return segments.flatMap((segment): PlaceholderProblem[] => {
    if (segment.kind === 'link')
      return linkIds.includes(segment.id) ? [] : [{ kind: 'unknownLink', placeholder: `{link:${segment.id}}` }];
    if (segment.kind === 'text')
      return [...segment.text.matchAll(PLACEHOLDER_LIKE)].map(([placeholder]) => ({
        kind: 'unknownPlaceholder',
        placeholder,
      }));
    return [];
  });
}

export function parseTemplate(template: string): Segment[] {
  const segments: Segment[] = [];
  let last = 0;
  for (const match of template.matchAll(PLACEHOLDER)) {
    if (match.index > last) segments.push({ kind: 'text', text: template.slice(last, match.index) });
    if (match[1]) segments.push({ kind: 'link', id: match[1] });
    else if (match[3]) segments.push({ kind: 'count', id: match[3] });
    else segments.push({ kind: 'donations' });
    last = match.index + match[0].length;
  }
  if (last < template.length) segments.push({ kind: 'text', text: template.slice(last) });
  return segments;
}
