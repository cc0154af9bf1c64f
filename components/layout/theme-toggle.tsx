"use client";

import { useSyncExternalStore } from "react";
import { type ThemeChoice, themeStorageKey } from "@/lib/pages/theme";

const labels: Record<ThemeChoice, string> = { system: "automatique", light: "clair", dark: "sombre" };
const next: Record<ThemeChoice, ThemeChoice> = { system: "light", light: "dark", dark: "system" };
const changeEvent = "themechange";

function readChoice(): ThemeChoice {
  const classes = document.documentElement.classList;
  return classes.contains("dark") ? "dark" : classes.contains("light") ? "light" : "system";
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener(changeEvent, onChange);
  return () => window.removeEventListener(changeEvent, onChange);
}

/** The class on <html> is the state (the inline head script set it before paint); storage keeps it for the next visit. */
function apply(choice: ThemeChoice): void {
  const classes = document.documentElement.classList;
  classes.remove("light", "dark");
  if (choice !== "system") classes.add(choice);
  try {
    if (choice === "system") localStorage.removeItem(themeStorageKey);
    else localStorage.setItem(themeStorageKey, choice);
  } catch {
    // storage refused (private mode): the choice holds for this page only
  }
  window.dispatchEvent(new Event(changeEvent));
}

/**
 * Cycles automatique → clair → sombre. Hidden until the head script has
 * marked <html> with `js`: without JavaScript the system's scheme applies and
 * a button that does nothing would only confuse.
 */
export function ThemeToggle() {
  // The server knows no choice: "system" there, the real one once hydrated.
  const choice = useSyncExternalStore(subscribe, readChoice, () => "system" as const);
  return (
    <button
      type="button"
      onClick={() => apply(next[choice])}
      className="hidden min-h-8 items-center gap-1 rounded border border-stone-300 px-2 py-1 text-sm dark:border-stone-700 font-medium hover:text-red-800 hover:underline [.js_&]:inline-flex dark:hover:text-red-300"
      title={`Passer au thème ${labels[next[choice]]}`}
    >
      <span aria-hidden="true">{choice === "dark" ? "☾" : choice === "light" ? "☀" : "◐"}</span>
      Thème{"\u00a0"}: {labels[choice]}
    </button>
  );
}
