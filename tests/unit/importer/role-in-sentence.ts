import { roleFromContext } from "@/lib/importer/entities/roles";

/** The role the words around `name` give it in a made-up sentence (its first occurrence). */
export const roleIn = (sentence: string, name: string) => {
  const at = sentence.indexOf(name);
  return roleFromContext(sentence.slice(0, at), sentence.slice(at + name.length));
};
