/** Remembers tsconfig.json before a `next build`; the function returned puts the committed text back. */
export function keepTsconfig(file?: string): () => void;
