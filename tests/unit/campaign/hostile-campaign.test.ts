import { describe, expect, it } from 'vitest';
import bundledFile from '@/assets/campaign.json';
import { mixedScriptProblem, textProblem } from '@/utils/campaign/text-safety';
import { checkCampaign, checkCampaignBytes } from '@/utils/campaign/validate';
import { HOSTILE_CAMPAIGNS, withHostile } from '../../fixtures/hostile-campaigns';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('a campaign that looks right and is not', () => {
  it.each(HOSTILE_CAMPAIGNS.map((c) => [c.name, c] as const))('%s is refused, naming the field', (_, hostile) => {
    const result = checkCampaign(withHostile(bundledFile, hostile));
    expect(result.ok).toBe(false);
    const error = result.ok ? '' : result.error;
    expect(error).toContain(hostile.error);
    expect(error).not.toContain('\n');
  });

  it('the bundled campaign passes, Russian brand names included ("ЮMoney": no look-alike letter)', () => {
    expect(checkCampaign(bundledFile)).toMatchObject({ ok: true });
    expect(mixedScriptProblem('Кошелёк ЮMoney')).toBeUndefined();
  });

  it('a line feed inside a template is fine; a tab, a CR, a soft hyphen or a zero-width joiner is not', () => {
    expect(textProblem('Line one\n\nline two')).toBeUndefined();
    expect(textProblem('a\tb')).toMatch(/control character \(U\+0009\)/);
    expect(textProblem('a\r\nb')).toMatch(/control character \(U\+000D\)/);
    expect(textProblem('soli\u00ADdarity')).toMatch(/invisible character \(U\+00AD\)/);
    expect(textProblem('a\u200Db')).toMatch(/invisible character \(U\+200D\)/);
    expect(textProblem('Пенза')).toBeUndefined();
    expect(textProblem('Пензa')).toMatch(/"a" \(U\+0061\) is a Latin look-alike/);
  });
});

describe('campaign file bytes', () => {
  const json = JSON.stringify(bundledFile);

  it('are read strictly: a BOM, a broken UTF-8 byte or bad JSON is one line naming the problem', () => {
    expect(checkCampaignBytes(bytes(json))).toMatchObject({ ok: true });
    expect(checkCampaignBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...bytes(json)]))).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^the file starts with a byte order mark/),
    });
    const broken = bytes(json);
    broken[json.indexOf('Penza') + 1] = 0xff;
    expect(checkCampaignBytes(broken)).toMatchObject({ ok: false, error: 'the file is not valid UTF-8 text' });
    expect(checkCampaignBytes(bytes('{"version": 1,'))).toMatchObject({
      ok: false,
      error: expect.stringMatching(/^the file is not valid JSON/),
    });
  });

  it('markup is its own code, so the options page can say why', () => {
    const hostile = HOSTILE_CAMPAIGNS.find((c) => c.path === 'summary.short.en');
    if (!hostile) throw new Error('no markup case');
    expect(checkCampaign(withHostile(bundledFile, hostile))).toMatchObject({ ok: false, code: 'markup' });
  });
});
