import { getArchive, setArchive, settleVersion } from "../archive";
import { getArticleHtml } from "../articles";
import { describeProblem } from "../content/content-error";
import { archiveTag, publicationTags } from "../cache/tags";
import { applyToLiveIndex, dropLiveIndex } from "../search/live-search";
import { syncArchive } from "./sync";

export type Publication = {
  /** Cache tags to invalidate so that every page showing a change renders again. */
  tags: string[];
  changes: { slug: string; action: "added" | "updated" | "removed" }[];
  /** Files refused, as "file › field : problem": their last good version stays online. */
  problems: string[];
};

/**
 * Takes changed content files into the running server: the next archive
 * version becomes current, the search index is updated in place, and the
 * caller gets the tags to invalidate (only a request handler can tell Next:
 * app/api/publish/route.ts). Synchronous, so two publications never interleave.
 * @param files paths relative to the content directory; none: compare everything
 */
export function publishChanges(files?: readonly string[]): Publication {
  const current = getArchive();
  const { archive, changes, problems, registryChanged } = syncArchive(current, files);
  if (registryChanged) dropLiveIndex(current.dir);
  else applyToLiveIndex(current.dir, changes);
  // After the live index: the search view's patch reads the new articles' document ids.
  settleVersion(archive);
  if (archive !== current) setArchive(archive);
  // Rendered now, once, off this thread: the first visitor finds the page's body ready.
  for (const { after } of changes) if (after) void getArticleHtml(after, archive);
  const tags = registryChanged
    ? [archiveTag]
    : [...new Set(changes.flatMap(({ slug, before, after }) => publicationTags(slug, before, after, archive.registry)))];
  const described = problems.map(describeProblem);
  for (const problem of described) console.error(`Publication refusée (la dernière version valide du fichier, s'il en a une, reste en ligne) : ${problem}`);
  return {
    tags,
    changes: changes.map(({ slug, before, after }) => ({ slug, action: !before ? "added" : !after ? "removed" : "updated" })),
    problems: described,
  };
}
