// The two tables of response headers in docs/deployment.md ("Headers" and "Security headers"),
// read for the tests that compare them with what nginx and caddy send (servers/headers.spec.mjs)
// and with deploy/_headers (headers-file.spec.mjs).
import { readdirSync, readFileSync } from "node:fs";
import { unhashed } from "./assessment.mjs";

export const POLICY = readFileSync(new URL("../../deploy/content-security-policy.txt", import.meta.url), "utf8").trim();
export const DOC = readFileSync(new URL("../../docs/deployment.md", import.meta.url), "utf8");
export const DIST = readdirSync(new URL("../../dist/", import.meta.url)).filter((f) => !/\.(br|gz)$/.test(f));

/** The table of headers: per row, the files (`<hash>` standing for a file's hash) and
 *  the values each column allows. */
export function table() {
  const section = DOC.split("\n## Headers\n")[1]?.split("\n#")[0];
  if (!section) throw new Error("docs/deployment.md has no ## Headers section");
  const rows = section.split("\n").filter((line) => line.startsWith("| `"));
  const cells = (line) => line.split("|").slice(1, -1).map((cell) => [...cell.matchAll(/`([^`]+)`/g)].map((m) => m[1]));
  return rows.map((line) => {
    const [files, type, cache, encoding] = cells(line);
    return { files, type, cache, encoding };
  });
}

/** The security headers: per row, the header's name, its value and what it is sent
 *  with ("every response", "the pages", files' names, "an error (404)"). */
export function securityTable(doc = DOC) {
  const section = doc.split("\n## Security headers\n")[1]?.split("\n#")[0];
  if (!section) throw new Error("docs/deployment.md has no ## Security headers section");
  return section
    .split("\n")
    .filter((line) => line.startsWith("| `"))
    .map((line) => {
      const [name, value, sentWith] = line.split(" | ").map((cell) => cell.replace(/^\| /, "").trim());
      return { name: name.replaceAll("`", "").toLowerCase(), value: value.replace(/^`|`$/g, ""), sentWith };
    });
}

/** The security headers a response to `file` must carry (name → value), and those it must not. */
export function expectedSecurity(file, status = 200) {
  const page = file === "./" || file.endsWith("/") || file.endsWith(".html");
  const want = {};
  const not = [];
  for (const row of securityTable()) {
    const applies =
      row.sentWith === "every response" ||
      (row.sentWith === "the pages" && page) ||
      (row.sentWith.split(", ").includes(`\`${file}\``) && status === 200) ||
      (row.sentWith.startsWith("an error") && status >= 400);
    if (applies) want[row.name] = row.value;
    else if (row.name !== "cache-control") not.push(row.name);
  }
  return { want, not };
}

/** The file in dist/ a name in the table stands for. */
export function named(file) {
  if (!file.includes("<hash>")) return file;
  const found = DIST.find((f) => unhashed(f) === file.replace(".<hash>", ""));
  if (!found) throw new Error(`dist/ has no ${file}`);
  return found;
}
