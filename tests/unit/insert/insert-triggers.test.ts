import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { InsertMessage, isFromOwnPage } from '@/utils/insert/background/insert-triggers';
import { choiceOf, otherFrameOrigin } from '@/utils/menu/setup-context-menu';

const ID = 'abcdef';
const OWN = 'chrome-extension://abcdef/';

describe('isFromOwnPage', () => {
  it.each([
    [{ id: ID, url: 'chrome-extension://abcdef/popup.html' }, true],
    [{ id: ID, url: 'moz-extension://abcdef/popup.html' }, false],
    // Our own content script, if we ever had one, carries our id but the web page's URL.
    [{ id: ID, url: 'https://evil.example/' }, false],
    [{ id: 'other', url: 'chrome-extension://other/popup.html' }, false],
    [{ id: ID }, false],
    [{}, false],
  ])('%o → %s', (sender, ok) => {
    expect(isFromOwnPage(sender, ID, OWN)).toBe(ok);
  });
});

describe('InsertMessage', () => {
  it.each([
    [{ type: 'insert-call', tabId: 3 }, true],
    [{ type: 'insert-call', tabId: 3, frameId: 0, variant: 'short', lang: 'ru' }, true],
    [{ type: 'insert-call', tabId: -1 }, false],
    [{ type: 'insert-call', tabId: 3, variant: 'huge' }, false],
    [{ type: 'insert-call', tabId: 3, lang: 'fr' }, false],
    [{ type: 'other', tabId: 3 }, false],
    ['insert-call', false],
  ])('%o valid: %s', (message, valid) => {
    expect(v.safeParse(InsertMessage, message).success).toBe(valid);
  });
});

describe('menu choices', () => {
  it.each([
    ['insert-call', {}],
    ['insert-call:variant:short', { variant: 'short' }],
    ['insert-call:lang:de', { lang: 'de' }],
    ['insert-call:lang:fr', undefined],
    ['someone-else', undefined],
  ])('%s → %o', (id, choice) => {
    expect(choiceOf(id)).toEqual(choice);
  });

  it.each([
    [{ frameUrl: 'https://widget.example/c', pageUrl: 'https://blog.example/post' }, 'https://widget.example'],
    [{ frameUrl: 'https://blog.example/f', pageUrl: 'https://blog.example/post' }, undefined],
    [{ frameUrl: 'about:blank', pageUrl: 'https://blog.example/' }, undefined],
    [{ pageUrl: 'https://blog.example/' }, undefined],
  ])('frame origin needing access for %o: %s', (info, origin) => {
    expect(otherFrameOrigin(info)).toBe(origin);
  });
});
