// Bundles the phone page's sources (src/Beleidsdag.Web/phone/) into src/Beleidsdag.Web/wwwroot/participant/,
// minified. The bundle is committed, like the SignalR client, so `dotnet run` needs no Node.js.
//   npm ci && npm run build:phone     after changing a file in phone/
//   npm run check:phone               fails when the committed bundle does not match its sources (.ci/run runs it)
import { build } from "esbuild";
import { readFileSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const sources = join(root, "src", "Beleidsdag.Web", "phone");
const target = join(root, "src", "Beleidsdag.Web", "wwwroot", "participant");
const check = process.argv.includes("--check");

const banner = "/* Built from src/Beleidsdag.Web/phone/ by scripts/build-phone.mjs (npm run build:phone): do not edit. */";
const result = await build({
  // The group work is its own file, loaded by app.js only when a group item starts: the first screen stays light.
  entryPoints: [join(sources, "app.js"), join(sources, "groupwork.js"), join(sources, "app.css")],
  external: ["./groupwork.js"],
  outdir: target,
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
});

if (check) {
  const stale = result.outputFiles.filter((file) => {
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
