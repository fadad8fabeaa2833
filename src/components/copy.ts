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
      // No clipboard here (plain http, a refused permission): select the text so one keystroke copies it.
      getSelection()?.selectAllChildren(target);
      button.textContent = 'Text selected: copy it with your keyboard or menu';
      if (status) status.textContent = 'Copying is not available here. The text is selected: copy it with your keyboard or menu.';
    }
    setTimeout(() => (button.textContent = label), 2500);
  });
}
