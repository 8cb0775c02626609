import { cleanup } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { TemplatePreview } from '@/components/options/TemplatePreview';
import { bundledCampaign } from '@/utils/campaign/bundled';
import { PLACES } from '@/utils/place';
import { renderInOptions } from '../options/render-options';

beforeEach(() => {
  fakeBrowser.reset();
});
afterEach(cleanup);

const link = bundledCampaign.links[0]!;
const row = (id: string) => document.querySelector(`tr[data-place="${id}"]`);
const cells = (id: string) => [...(row(id)?.querySelectorAll('td') ?? [])].map((td) => td.textContent);

describe('TemplatePreview: the own wording, measured per place', () => {
  it('is not shown while the campaign’s wording is used', () => {
    renderInOptions(<TemplatePreview campaign={bundledCampaign} lang="en" template={undefined} />);
    expect(document.querySelector('table.places')).toBeNull();
  });

  it('has a row for every place of the table', () => {
    renderInOptions(<TemplatePreview campaign={bundledCampaign} lang="en" template={`Free them {link:${link.id}}`} />);
    const ids = [...document.querySelectorAll('tr[data-place]')].map((tr) => tr.getAttribute('data-place'));
    expect(ids.sort()).toEqual(Object.keys(PLACES).sort());
    expect(row('webmail')?.querySelector('th')?.textContent).toBe('optionsPlaceEmail');
  });

  it('counts a link as X and Mastodon do (23), and as written on Bluesky', () => {
    const words = 'Solidarity. '.repeat(20); // 240
    renderInOptions(<TemplatePreview campaign={bundledCampaign} lang="en" template={`${words}{link:${link.id}}`} />);
    expect(cells('x')[0]).toMatch(/^2\d\d \/ 280$/);
    // X: 240 + 23, and the hashtags when they fit.
    expect(Number(cells('x')[0]?.split(' ')[0])).toBeGreaterThanOrEqual(240 + 23);
    expect(cells('x')[1]).toBe('optionsPlaceOwn');
    expect(cells('bluesky')[0]).toBe(`${240 + link.url.length} / 300`);
    expect(cells('bluesky')[1]).toBe('optionsPlaceCampaign | optionsVariant_short');
    expect(row('bluesky')?.className).toBe('over');
  });

  it('says which of the campaign’s versions steps in where the wording is too long', () => {
    renderInOptions(
      <TemplatePreview campaign={bundledCampaign} lang="ru" template={`${'x'.repeat(600)} {link:${link.id}}`} />,
    );
    expect(cells('mastodon')[1]).toBe('optionsPlaceCampaign | optionsVariant_standard');
    expect(cells('threads')[1]).toBe('optionsPlaceCampaign | optionsVariant_standard');
    expect(cells('webmail')).toEqual([String(601 + link.url.length), 'optionsPlaceOwn']);
    expect(cells('discord')[1]).toBe('optionsPlaceOwn');
  });
});
