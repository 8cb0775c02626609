/** Groups of four, the way people read a number aloud or compare it by eye; an e-mail address stays whole. */
export function groupsOf(value: string, size = 4): string[] {
  if (value.includes('@')) return [value];
  return value.match(new RegExp(`.{1,${size}}`, 'g')) ?? [value];
}

/**
 * An address or account in monospace, spaced into groups by CSS margins, not
 * characters: selecting and copying it by hand yields exactly the value.
 */
export function AccountValue({ value, id }: { value: string; id: string }) {
  return (
    <code class="account" id={id} translate={false}>
      {groupsOf(value).map((group, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: the groups of one fixed value, in order
        <span key={i}>{group}</span>
      ))}
    </code>
  );
}
