/** Copy buttons for citations: shown only when the clipboard can be used; the text stays selectable anyway. */
for (const button of document.querySelectorAll<HTMLButtonElement>('button.copy-cite')) {
  const text = button.previousElementSibling;
  if (!navigator.clipboard || !text) continue;
  button.hidden = false;
  const label = button.textContent ?? '';
  button.addEventListener('click', () => {
    void navigator.clipboard.writeText(text.textContent ?? '').then(() => {
      button.textContent = button.dataset.copied ?? label;
      setTimeout(() => (button.textContent = label), 2000);
    });
  });
}

// A module, imported on demand by src/client/page.ts.
export {};
