// Copies the SignalR browser client and its licence into src/Beleidsdag.Web/wwwroot/lib/signalr/.
// The copied files are committed, so `dotnet run` needs no Node.js and the room needs no internet (no CDN).
// After changing the pinned version: npm install && npm run copy-signalr
import { copyFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const pkgDir = join(root, "node_modules", "@microsoft", "signalr");
const target = join(root, "src", "Beleidsdag.Web", "wwwroot", "lib", "signalr");

// dotnet/aspnetcore's LICENSE.txt, which covers @microsoft/signalr.
const MIT_ASPNETCORE = `The MIT License (MIT)

Copyright (c) .NET Foundation and Contributors

All rights reserved.

Permission is hereby granted, free of charge, to any person obtaining a copy
of this software and associated documentation files (the "Software"), to deal
in the Software without restriction, including without limitation the rights
to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
copies of the Software, and to permit persons to whom the Software is
furnished to do so, subject to the following conditions:

The above copyright notice and this permission notice shall be included in all
copies or substantial portions of the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE
SOFTWARE.
`;

if (!existsSync(pkgDir)) {
  fail("@microsoft/signalr is not installed: run `npm install` first.");
}
const pkg = JSON.parse(readFileSync(join(pkgDir, "package.json"), "utf8"));

mkdirSync(target, { recursive: true });
copy(join(pkgDir, "dist", "browser", "signalr.min.js"), "signalr.min.js");
writeLicence();
// signalr.min.js bundles third-party code (es6-promise); its notices travel with it.
const notices = join(pkgDir, "src", "third-party-notices.txt");
if (existsSync(notices)) {
  copy(notices, "third-party-notices.txt");
}
console.log(`@microsoft/signalr ${pkg.version} -> ${target}`);

function writeLicence() {
  const shipped = ["LICENSE", "LICENSE.txt", "LICENSE.md"].map((n) => join(pkgDir, n)).find(existsSync);
  if (shipped) {
    copy(shipped, "LICENSE.txt");
    return;
  }
  // 10.0.x ships no licence file; it declares MIT and points at dotnet/aspnetcore, whose LICENSE.txt
  // is the MIT text below. Refuse to guess for any other licence.
  if (pkg.license !== "MIT") {
    fail(`@microsoft/signalr declares licence "${pkg.license}" and ships no licence file: check it by hand.`);
  }
  writeFileSync(join(target, "LICENSE.txt"), MIT_ASPNETCORE);
  console.log("wrote LICENSE.txt (MIT, from dotnet/aspnetcore; the package ships none)");
}

function copy(from, name) {
  copyFileSync(from, join(target, name));
  console.log(`copied ${name}`);
}

function fail(message) {
  console.error(message);
  process.exit(1);
}
