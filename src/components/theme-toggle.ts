// The dark-theme switch: shows the button, reflects the theme in effect and stores the reader's choice
// under the key ThemeInit.astro reads before first paint. Kept small: it ships on every page.
const root = document.documentElement;
const button = document.getElementById('theme-toggle')!;
const system = matchMedia('(prefers-color-scheme: dark)');

/** Whether the dark theme is in effect: the stored choice, else the system's preference. */
const isDark = () => (root.dataset.theme ? root.dataset.theme === 'dark' : system.matches);
const show = () => button.setAttribute('aria-pressed', String(isDark()));

button.hidden = false;
show();
system.addEventListener('change', show);
button.addEventListener('click', () => {
  const theme = isDark() ? 'light' : 'dark';
  root.dataset.theme = theme;
  show();
  // Storage can be blocked (privacy settings, some embedded browsers): the choice then lasts for this page only.
  try {
    localStorage.setItem('theme', theme);
  } catch {}
});

export {}; // A module: its names stay out of the global scope the other page scripts share.
