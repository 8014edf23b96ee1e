// Bundles the phone page's sources (src/Beleidsdag.Web/phone/) into src/Beleidsdag.Web/wwwroot/participant/,
// minified. The bundle is committed, like the SignalR client, so `dotnet run` needs no Node.js.
//   npm ci && npm run build:phone     after changing a file in phone/
//   npm run check:phone               fails when the committed bundle does not match its sources (.ci/run runs it)
import { build } from "esbuild";
import { readFileSync } from "node:fs";
import { basename, dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const sources = join(root, "src", "Beleidsdag.Web", "phone");
const target = join(root, "src", "Beleidsdag.Web", "wwwroot", "participant");
const check = process.argv.includes("--check");

const banner = "/* Built from src/Beleidsdag.Web/phone/ by scripts/build-phone.mjs (npm run build:phone): do not edit. */";
const common = {
  outdir: target,
  entryNames: "[name]",
  bundle: true,
  minify: true,
  format: "esm",
  // The syntax stays as written (the sources already run on the room's phones): only minified, never lowered.
  target: "esnext",
  banner: { js: banner, css: banner },
  legalComments: "none",
  charset: "utf8",
  write: !check,
  logLevel: "warning",
};
// The parts the first screen does not need, each a chunk of its own that the page imports when it is shown
// (lazy.js). They use the page only through page.js, which app.js exports: their import of it becomes an
// import of app.js, the module the browser already has (one copy of the state, the store and lit-html).
const lazyParts = ["questions/scale.js", "questions/words.js", "questions/text.js", "questions/ranking.js",
  "questions/points.js", "results-view.js", "hyphenate.js"];
const lazyNames = new Set(lazyParts.map((part) => `./${basename(part)}`));
/** @type {import("esbuild").Plugin} */
const page = {
  name: "page",
  setup(b) {
    b.onResolve({ filter: /^\.\.?\// }, (args) => {
      if (args.kind === "dynamic-import" && lazyNames.has(args.path)) return { path: args.path, external: true };
      if (!lazyParts.some((part) => args.importer === join(sources, part))) return undefined;
      if (/\/page\.js$/.test(args.path)) return { path: "./app.js", external: true };
      return { errors: [{ text: `${args.path}: a lazy part imports the page only through page.js (one copy of its state)` }] };
    });
  },
};
const results = await Promise.all([
  build({
    ...common,
    entryPoints: [join(sources, "app.js"), join(sources, "app.css"), join(sources, "styles", "groupwork.css")],
    external: ["./groupwork.js"],
    plugins: [page],
  }),
  build({ ...common, entryPoints: lazyParts.map((part) => join(sources, part)), plugins: [page] }),
  // The group work is its own file, loaded by grouphost.js only when a group item starts, with its styles
  // (groupwork.css); it gets what it needs of the page from grouphost.js.
  build({ ...common, entryPoints: [join(sources, "groupwork.js")] }),
]);
const outputFiles = results.flatMap((r) => r.outputFiles ?? []);

if (check) {
  const stale = outputFiles.filter((file) => {
    let committed = "";
    try {
      committed = readFileSync(file.path, "utf8");
    } catch {
      // missing: stale
    }
    return committed !== file.text;
  });
  for (const file of stale) {
    console.error(`${relative(root, file.path)} does not match its sources in src/Beleidsdag.Web/phone/: run npm ci && npm run build:phone and commit it.`);
  }
  process.exit(stale.length === 0 ? 0 : 1);
}
