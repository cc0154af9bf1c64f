"use client";

import { useRouter } from "next/navigation";
import { type KeyboardEvent, useEffect, useId, useRef, useState } from "react";
import type { SearchResponse } from "@/lib/search/search-response";
import { resultCountLabel as resultCount } from "./result-count";
import { SearchForm } from "./search-form";
import { SnippetText } from "./snippet-text";
import { searchUrl } from "@/lib/search/search-params";
import { routes } from "@/lib/site/routes";
import { counted } from "@/lib/text/plural";

type Option = { id: string; href: string; kind: "entity" | "article" | "all"; label: string; detail?: string; response?: SearchResponse["results"][number] };

const debounceMs = 150;
const shownResults = 5;


/**
 * The header's search box. Without JavaScript it is the plain GET form to
 * /recherche; once hydrated it also shows, while the reader types, the
 * entities named and the first results (ARIA combobox with a listbox).
 */
export function SearchBox({ defaultValue = "", id = "recherche-entete" }: { defaultValue?: string; id?: string }) {
  const router = useRouter();
  const listId = useId();
  const [enhanced, setEnhanced] = useState(false);
  const [value, setValue] = useState(defaultValue);
  const [typed, setTyped] = useState(false);
  const [data, setData] = useState<SearchResponse | null>(null);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [status, setStatus] = useState("");
  const rootRef = useRef<HTMLDivElement>(null);

  useEffect(() => setEnhanced(true), []);

  useEffect(() => {
    if (!typed) return;
    const q = value.trim();
    if (q.length < 2) {
      setData(null);
      setOpen(false);
      setStatus("");
      return;
    }
    const controller = new AbortController();
    const timer = setTimeout(async () => {
      try {
        const response = await fetch(`${routes.searchApi}?q=${encodeURIComponent(q.slice(0, 200))}&limite=${shownResults}`, { signal: controller.signal });
        if (!response.ok) return;
        const json = (await response.json()) as SearchResponse;
        setData(json);
        setActive(-1);
        setOpen(true);
        setStatus(resultCount(json.total));
      } catch {
        // Aborted or offline: the form still submits to /recherche.
      }
    }, debounceMs);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [value, typed]);

  const q = value.trim();
  const options: Option[] = data
    ? [
        ...data.entityHits.map((hit) => ({ id: `${listId}-e-${hit.kind}-${hit.slug}`, href: hit.href, kind: "entity" as const, label: hit.name, detail: `${hit.kindLabel} · ${counted(hit.articleCount, "article")}` })),
        ...data.results.slice(0, shownResults).map((r) => ({ id: `${listId}-a-${r.slug}`, href: r.href, kind: "article" as const, label: r.title, detail: r.date.label, response: r })),
        ...(data.total > 0 ? [{ id: `${listId}-all`, href: searchUrl({ q }), kind: "all" as const, label: data.total === 1 ? "Voir le résultat" : `Voir les ${resultCount(data.total).toLowerCase()}` }] : []),
      ]
    : [];
  const expanded = enhanced && open && data !== null;

  const go = (href: string) => {
    setOpen(false);
    router.push(href);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (!enhanced) return;
    if (event.key === "ArrowDown") {
      if (!options.length) return;
      event.preventDefault();
      setOpen(true);
      setActive((i) => (i + 1 >= options.length ? 0 : i + 1));
    } else if (event.key === "ArrowUp") {
      if (!options.length) return;
      event.preventDefault();
      setOpen(true);
      setActive((i) => (i <= 0 ? options.length - 1 : i - 1));
    } else if (event.key === "Enter") {
      if (expanded && active >= 0 && options[active]) {
        event.preventDefault();
        go(options[active].href);
      }
    } else if (event.key === "Escape") {
      if (expanded) {
        event.preventDefault();
        setOpen(false);
        setActive(-1);
      }
    }
  };

  return (
    <div
      ref={rootRef}
      className="relative"
      onBlur={(event) => {
        if (!rootRef.current?.contains(event.relatedTarget as Node | null)) setOpen(false);
      }}
    >
      <SearchForm
        id={id}
        landmarkLabel="Rechercher dans les archives"
        inputProps={{
          value,
          onChange: (event) => {
            setValue(event.target.value);
            setTyped(true);
          },
          onKeyDown,
          onFocus: () => data && setOpen(true),
          ...(enhanced
            ? {
                role: "combobox",
                "aria-autocomplete": "list" as const,
                "aria-expanded": expanded,
                "aria-controls": listId,
                "aria-activedescendant": expanded && active >= 0 ? options[active]?.id : undefined,
              }
            : {}),
        }}
      />
      {enhanced && (
        <>
          <ul
            id={listId}
            role="listbox"
            aria-label="Suggestions de recherche"
            hidden={!expanded}
            className="absolute right-0 left-0 z-40 mt-1 max-h-[70vh] overflow-y-auto rounded border border-stone-300 bg-white py-1 text-sm shadow-lg md:-left-40 dark:border-stone-700 dark:bg-stone-900"
          >
            {expanded && data.suggestion && (
              <li role="presentation" className="px-3 py-2 text-stone-600 dark:text-stone-400">
                Résultats pour «{"\u00a0"}{data.suggestion}{"\u00a0"}»
              </li>
            )}
            {expanded && options.length === 0 && (
              <li role="presentation" className="px-3 py-2 text-stone-600 dark:text-stone-400">
                Aucun résultat pour «{"\u00a0"}{q}{"\u00a0"}»
              </li>
            )}
            {expanded &&
              options.map((option, i) => (
                <li
                  key={option.id}
                  id={option.id}
                  role="option"
                  aria-selected={i === active}
                  onMouseDown={(event) => event.preventDefault()}
                  onClick={() => go(option.href)}
                  onMouseEnter={() => setActive(i)}
                  className={`cursor-pointer px-3 py-2 ${i === active ? "bg-stone-200 dark:bg-stone-700" : ""} ${option.kind === "all" ? "border-t border-stone-200 font-semibold text-red-800 dark:border-stone-700 dark:text-red-300" : ""}`}
                >
                  {option.kind === "entity" ? (
                    <span>
                      <span className="font-semibold">{option.label}</span> <span className="text-stone-600 dark:text-stone-400">— {option.detail}</span>
                    </span>
                  ) : option.kind === "article" ? (
                    <span className="block">
                      <span className="block font-serif font-semibold">{option.label}</span>
                      <span className="block text-xs text-stone-600 dark:text-stone-400">{option.detail}</span>
                      {option.response && option.response.snippet.some((p) => p.mark) && (
                        <span className="snippet mt-0.5 line-clamp-2 block text-xs text-stone-700 dark:text-stone-300">
                          <SnippetText parts={option.response.snippet} />
                        </span>
                      )}
                    </span>
                  ) : (
                    option.label
                  )}
                </li>
              ))}
          </ul>
          <div role="status" aria-live="polite" className="sr-only">
            {status}
          </div>
        </>
      )}
    </div>
  );
}
