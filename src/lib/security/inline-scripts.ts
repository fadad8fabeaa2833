/**
 * The only inline scripts the site writes: three tiny snippets that must run before first paint. The
 * Content-Security-Policy allows exactly these by hash (headers.ts), and the build fails if a page holds any
 * other inline script (page-scripts.ts). Every other script ships as a file under script-src 'self'.
 */
export const inlineScripts = {
  /** Applies the reader's stored theme before first paint; theme-toggle.ts writes the key. */
  theme: "try{var t=localStorage.getItem('theme');if(t)document.documentElement.dataset.theme=t}catch(e){}",
  /** Applies the reader's stored citation style before first paint; citations.ts writes the key. */
  citeStyle: "try{var s=localStorage.getItem('cite-style');if(s)document.documentElement.dataset.cite=s}catch(e){}",
  /**
   * On the search page: hides what the page lists for readers without JavaScript before first paint, so the results
   * never arrive by pulling that list away under the reader's eyes. A script that fails to load shows it again.
   */
  search:
    "var d=document.documentElement;d.classList.add('search-js');addEventListener('error',function(e){if(e.target&&e.target.tagName==='SCRIPT')d.classList.remove('search-js')},true)",
} as const;

/** The text of every inline script the site may contain. */
export const knownInlineScripts: readonly string[] = Object.values(inlineScripts);
