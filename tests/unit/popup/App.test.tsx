import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { App } from '@/components/App';
import { bundledCampaign } from '@/utils/campaign/bundled';
import { localize } from '@/utils/campaign/localize';
import type { Lang } from '@/utils/campaign/schema';
import { fillCounts } from '@/utils/campaign/status-counts';
import { stringsFor } from '../../support/render-popup';

function renderApp(lang: Lang = 'en') {
  const onLangChosen = vi.fn();
  render(
    <App
      campaign={bundledCampaign}
      strings={stringsFor(lang)}
      loadStrings={async (next) => stringsFor(next)}
      onLangChosen={onLangChosen}
    />,
  );
  return { onLangChosen };
}

describe('App', () => {
  it('has the landmarks and headings a screen reader navigates by', () => {
    renderApp();
    expect(screen.getByRole('banner')).toBeTruthy();
    expect(screen.getByRole('main')).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(localize(bundledCampaign.title, 'en'));
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual(
      expect.arrayContaining(['Donate for their legal defence', 'Spread the call']),
    );
    expect(screen.getAllByRole('heading', { level: 3 })).toHaveLength(bundledCampaign.donations.length);
  });

  it('the language switch changes the UI strings and the campaign texts, and is remembered', async () => {
    const { onLangChosen } = renderApp('en');
    const russian = screen.getByRole('button', { name: 'RU Русский' });
    expect(russian.getAttribute('aria-pressed')).toBe('false');
    fireEvent.click(russian);
    await waitFor(() =>
      expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(localize(bundledCampaign.title, 'ru')),
    );
    expect(screen.getByRole('heading', { name: 'Помочь с оплатой защиты' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Подробнее' })).toBeTruthy();
    expect(russian.getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByRole('button', { name: 'EN English' }).getAttribute('aria-pressed')).toBe('false');
    expect(document.querySelector('.popup')?.getAttribute('lang')).toBe('ru');
    expect(onLangChosen).toHaveBeenCalledWith('ru');
  });

  it('"Read more" is a disclosure: it opens the full summary and the dated, sourced timeline', () => {
    renderApp('nl');
    const more = screen.getByRole('button', { name: 'Lees meer' });
    const region = document.getElementById(more.getAttribute('aria-controls') ?? '') as HTMLElement;
    expect(more.getAttribute('aria-expanded')).toBe('false');
    expect(region.hidden).toBe(true);
    fireEvent.click(more);
    expect(more.getAttribute('aria-expanded')).toBe('true');
    expect(screen.getByRole('button', { name: 'Minder tonen' })).toBe(more);
    expect(region.hidden).toBe(false);
    // The numbers in the text are filled from the status data ({count:…}).
    expect(region.textContent).toContain(
      fillCounts(localize(bundledCampaign.summary.full, 'nl'), bundledCampaign.status, 'nl'),
    );
    const items = region.querySelectorAll('.timeline li');
    expect(items).toHaveLength(bundledCampaign.timeline.length);
    const first = bundledCampaign.timeline[0];
    expect(items[0]?.querySelector('time')?.getAttribute('datetime')).toBe(first?.date);
    expect(items[0]?.querySelector('a')?.getAttribute('href')).toBe(first?.source.url);
  });

  it('says when the content was last updated', () => {
    renderApp('de');
    expect(screen.getByText(/^Inhalt zuletzt aktualisiert: \d{1,2}\. \S+ \d{4}$/)).toBeTruthy();
  });

  it('an update that lands while it is open: the date line says so in place, and it is announced once', async () => {
    const props = { strings: stringsFor('en'), loadStrings: async (next: Lang) => stringsFor(next) };
    const { rerender } = render(<App campaign={bundledCampaign} {...props} />);
    const line = document.querySelector('.updated') as HTMLElement;
    expect(line.textContent).toMatch(/^Content last updated: /);
    const newer = { ...bundledCampaign, version: bundledCampaign.version + 1, updated: '2026-12-01' };
    rerender(<App campaign={newer} {...props} updatedJustNow />);
    // The same element, so the line keeps its place.
    expect(document.querySelector('.updated')).toBe(line);
    expect(line.textContent).toBe('Updated just now (content of 1 December 2026)');
    expect(line.classList.contains('just-now')).toBe(true);
    await waitFor(() =>
      expect(screen.getByTestId('announcer').textContent).toBe('Updated just now (content of 1 December 2026)'),
    );
  });
});
