import DOMPurify from 'dompurify';

/**
 * HTML we did not write, made safe to show: DOMPurify parses it and returns a
 * fragment to append, so our code never assigns markup through innerHTML.
 * Scripts, event handlers and non-https links are gone from the result.
 */
export function toSafeFragment(html: string): DocumentFragment {
  const fragment = DOMPurify.sanitize(html, { RETURN_DOM_FRAGMENT: true });
  for (const link of fragment.querySelectorAll('a[href]')) {
    if (!link.getAttribute('href')?.startsWith('https://')) link.removeAttribute('href');
  }
  return fragment;
}
