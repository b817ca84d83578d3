// `npm install` step: builds the addon from src/ with the machine's C++ compiler through node-gyp.
// Optional by design: without a compiler, Node's headers or an x86-64 CPU, or on any build error, it says
// why and exits 0, and the Universal Sentence Encoder keeps tfjs's own WASM kernels. It never downloads:
// node-gyp only runs with a --nodedir that holds Node's headers on this machine.
"use strict";
const { spawnSync } = require("node:child_process");
const fs = require("node:fs");
const path = require("node:path");

const skip = (reason) => {
  console.warn(`egp-gemm: not built (${reason}); USE keeps tfjs's WASM kernels.`);
  process.exit(0);
};

if (process.arch !== "x64") skip(`the kernels are x86-64 only, this is ${process.arch}`);

const nodeDir = [process.env.npm_config_nodedir, path.resolve(path.dirname(process.execPath), ".."), "/usr"]
  .filter(Boolean)
  .find((dir) => fs.existsSync(path.join(dir, "include", "node", "node_api.h")));
if (!nodeDir) skip("no Node headers on this machine, and node-gyp would try to download them");

const nodeGyp = [
  process.env.npm_config_node_gyp,
  path.resolve(
    path.dirname(process.execPath),
    "../lib/node_modules/npm/node_modules/node-gyp/bin/node-gyp.js",
  ),
].find((file) => file && fs.existsSync(file));
if (!nodeGyp) skip("node-gyp not found");

const build = spawnSync(process.execPath, [nodeGyp, "rebuild", "--loglevel=warn", `--nodedir=${nodeDir}`], {
  cwd: __dirname,
  stdio: ["ignore", "ignore", "inherit"],
  timeout: 300_000,
});
if (build.status !== 0) skip(`node-gyp rebuild failed: ${build.error?.message ?? `exit ${build.status}`}`);

const { addon, loadError } = require("./index.cjs");
if (!addon) skip(`the built addon does not load: ${loadError}`);
console.log(`egp-gemm: built (${addon.isa() || "this CPU has neither AVX2+FMA nor AVX-512: unused"}).`);
