import { fireEvent, screen, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { CopyButton } from '@/components/CopyButton';
import { renderInPopup } from '../../support/render-popup';

const ADDRESS = '1EKGZT2iMjNKHz8oVt7svXpUdcPAXkRBAH';

function renderCopy() {
  return renderInPopup(
    <>
      <code id="value">{ADDRESS}</code>
      <CopyButton value={ADDRESS} what="Bitcoin account" target={() => document.getElementById('value')} />
    </>,
  );
}

describe('CopyButton', () => {
  afterEach(() => vi.restoreAllMocks());

  it('copies exactly the value, shows "Copied" and announces it', async () => {
    const write = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue(undefined);
    renderCopy();
    const button = screen.getByRole('button', { name: 'Copy: Bitcoin account' });
    fireEvent.click(button);
    await waitFor(() => expect(button.dataset.state).toBe('copied'));
    expect(button.getAttribute('aria-label')).toBe('Copied: Bitcoin account');
    expect(write).toHaveBeenCalledWith(ADDRESS);
    // The visible word swaps; both stay in the button so its width never changes.
    expect(button.querySelector('.swap > span:not(.off)')?.textContent).toBe('✓ Copied');
    await waitFor(() =>
      expect(screen.getByTestId('announcer').textContent).toBe('Bitcoin account copied to the clipboard'),
    );
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('when the clipboard refuses: selects the value for a manual copy and says so', async () => {
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new DOMException('denied', 'NotAllowedError'));
    renderCopy();
    fireEvent.click(screen.getByRole('button', { name: 'Copy: Bitcoin account' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toMatch(/did not allow copying.*Ctrl\+C/);
    expect(document.getSelection()?.toString()).toBe(ADDRESS);
    expect(screen.getByRole('button').dataset.state).toBe('failed');
  });

  it('when there is no Clipboard API at all: the same fallback', async () => {
    vi.spyOn(navigator, 'clipboard', 'get').mockReturnValue(undefined as unknown as Clipboard);
    renderCopy();
    fireEvent.click(screen.getByRole('button', { name: 'Copy: Bitcoin account' }));
    await screen.findByRole('alert');
    expect(document.getSelection()?.toString()).toBe(ADDRESS);
  });
});
