// Copy-link buttons of section headings, shown only with JavaScript. Where the device offers a share sheet
// they share the section's absolute URL (data-section-url), elsewhere they copy it; one polite live region
// confirms. Written tight: the article page's JavaScript budget is 2 KB gzipped.
const region = document.getElementById('link-status')!;
for (const button of document.querySelectorAll<HTMLElement>('[data-section-url]')) {
  button.hidden = false;
  // Where the button opens the share sheet, its name says so.
  if ('share' in navigator) button.ariaLabel = button.ariaLabel!.replace('Copy', 'Share');
}
addEventListener('click', async (event) => {
  const url = (event.target as HTMLElement).dataset.sectionUrl;
  if (!url) return;
  // The share sheet speaks for itself, and closing it is the reader's choice: only the clipboard needs words.
  // Without a clipboard (a page served over plain http) the address bar shows the section's link instead.
  const showInAddressBar = () => (
    (location.hash = new URL(url).hash),
    'Copying is not available here: the address bar now shows the link to this section'
  );
  region.textContent = await (navigator.share
    ? navigator.share({ url }).then(
        () => '',
        () => '',
      )
    : navigator.clipboard
      ? navigator.clipboard.writeText(url).then(() => 'Link copied', showInAddressBar)
      : showInAddressBar());
  setTimeout(() => (region.textContent = ''), 4000);
});
