// Copy buttons: copy the text of the element named by data-copy, then say so on the button and to screen readers.
for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-copy]')) {
  button.hidden = false;
  const label = button.textContent;
  button.addEventListener('click', async () => {
    const target = document.getElementById(button.dataset.copy ?? '');
    if (!target) return;
    document.dispatchEvent(new CustomEvent('before-copy', { detail: target }));
    const status = button.nextElementSibling;
    try {
      await navigator.clipboard.writeText(target.innerText.trim());
      button.textContent = 'Copied';
      if (status) status.textContent = `${label} copied to the clipboard.`;
    } catch {
      button.textContent = 'Copy failed: select the text instead';
      if (status) status.textContent = 'Copying failed. Select the text and copy it instead.';
    }
    setTimeout(() => (button.textContent = label), 2500);
  });
}
