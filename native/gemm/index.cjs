// The addon that `npm install` built from src/ (install.cjs), or null with the reason it is missing.
"use strict";
let addon = null;
let loadError = null;
try {
  addon = require("./build/Release/egp_gemm.node");
} catch (error) {
  loadError = error instanceof Error ? error.message : String(error);
}
module.exports = { addon, loadError };
