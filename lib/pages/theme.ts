/** The reader's colour scheme: an explicit choice, or the system's (no class, no stored value). */
export type ThemeChoice = "light" | "dark" | "system";

/** localStorage key of an explicit choice; absent means "follow the system". */
export const themeStorageKey = "theme";

/**
 * Runs in <head> before the first paint (see app/layout.tsx): an explicit
 * choice becomes a `light` or `dark` class on <html>; with no choice there is
 * no class and the CSS follows prefers-color-scheme. `js` tells the CSS that
 * the theme button can work. Kept tiny and dependency-free: it is inlined.
 */
export const themeScript = `(function(){var c=document.documentElement.classList;c.add("js");try{var t=localStorage.getItem("${themeStorageKey}");if(t==="light"||t==="dark")c.add(t)}catch(e){}})()`;
