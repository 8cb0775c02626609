import { screen, within } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { CaseStatus, newestEvent } from '@/components/CaseStatus';
import { SafetyNote } from '@/components/SafetyNote';
import { bundledCampaign } from '@/utils/campaign/bundled';
import { LANGS, type Status } from '@/utils/campaign/schema';
import { MESSAGES, renderInPopup } from '../../support/render-popup';

const status = bundledCampaign.status as Status;

describe('CaseStatus', () => {
  it('says where things stand, with counts from the names and a source on every line', () => {
    renderInPopup(<CaseStatus status={status} />);
    const section = screen.getByRole('region', { name: 'Where things stand' });
    expect(
      within(section).getByText(/^Of the 10 people sentenced, 3 have been released; for 7, no release/),
    ).toBeTruthy();
    const items = within(section).getAllByRole('listitem');
    expect(items).toHaveLength(status.lines.length);
    for (const [i, item] of items.entries()) {
      const link = within(item).getByRole('link');
      expect(link.getAttribute('href')).toBe(status.lines[i]?.source.url);
      expect(link.textContent).toBe(`Source: ${status.lines[i]?.source.label}`);
      expect(link.getAttribute('rel')).toContain('noopener');
    }
    expect(section.textContent).toContain('No release found.');
    expect(section.textContent).toContain('deported to Kazakhstan');
  });

  it('labels the newest event and the date the sources were checked, each for what it is', () => {
    renderInPopup(<CaseStatus status={status} />);
    expect(newestEvent(status)).toBe('2025-01');
    expect(screen.getByText('Newest event: January 2025 · sources checked on 1 December 2026')).toBeTruthy();
  });

  it.each(LANGS)('speaks %s, its numbers in the language’s format, with no placeholder left', (lang) => {
    renderInPopup(<CaseStatus status={status} />, lang);
    const section = screen.getByRole('region');
    expect(section.textContent).not.toMatch(/\{count:|\$\d/);
    expect(within(section).getByRole('heading').textContent).toBe(MESSAGES[lang].popupStatusHeading.message);
    if (lang !== 'en') expect(section.textContent).toContain('5,5');
  });

  it('has nothing to say about lines that are not there', () => {
    const one = { ...status, lines: status.lines.slice(0, 1) };
    renderInPopup(<CaseStatus status={one} />);
    expect(screen.getAllByRole('listitem')).toHaveLength(1);
    expect(screen.getByText(/^Newest event: 21 October 2020/)).toBeTruthy();
  });
});

describe('SafetyNote', () => {
  it('tells readers of the Russian interface, calmly, in Russian', () => {
    renderInPopup(<SafetyNote />, 'ru');
    const note = screen.getByRole('note');
    expect(note.textContent).toContain('«Сеть» террористической организацией');
    expect(note.textContent).toContain('оправдании терроризма');
    expect(note.getAttribute('lang')).toBe('ru');
    // A note, not a refusal: nothing in it to click or dismiss.
    expect(within(note).queryByRole('button')).toBeNull();
  });

  it.each(['en', 'nl', 'de'] as const)('stays out of the %s interface unless asked for', (lang) => {
    renderInPopup(<SafetyNote />, lang);
    expect(screen.queryByRole('note')).toBeNull();
  });

  it('speaks to people who share with readers in Russia where the popup asks for it', () => {
    renderInPopup(<SafetyNote forOthers />, 'en');
    expect(screen.getByRole('note').textContent).toContain('Sharing with people in Russia?');
  });

  it('follows a lang prop over the interface language', () => {
    renderInPopup(<SafetyNote lang="ru" />, 'ru');
    expect(screen.getByRole('note')).toBeTruthy();
  });
});
