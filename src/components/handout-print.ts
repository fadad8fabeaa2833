// Shows the handout's Print button and prints on a press; without JavaScript the browser's own print works.
for (const button of document.querySelectorAll<HTMLButtonElement>('.handout-print')) {
  button.hidden = false;
  button.addEventListener('click', () => window.print());
}
