// Times corridor::model::load in this Node's V8 (scripts/loader-bench.sh
// passes V8's flags): node [flags] run.mjs <wasm> <data file> <loads>.
// Prints the first load (which also compiles, function by function, what
// it calls) and the median of the others.
import { readFileSync } from 'node:fs';

const [wasmPath, dataPath, loadsArg] = process.argv.slice(2);
const loads = Number(loadsArg || 20);
const module = new WebAssembly.Module(readFileSync(wasmPath));
// The library's few imports are JS's Math functions (src/js_math.rs);
// anything else would be a call the loader should not make.
const imports = {};
for (const { module: from, name, kind } of WebAssembly.Module.imports(module)) {
  if (kind !== 'function') continue;
  const math = /^__wbg_([a-z0-9]+)_[0-9a-f]{16}$/.exec(name);
  const fn = math && typeof Math[math[1]] === 'function' ? Math[math[1]]
    : () => { throw new Error(`the loader called ${from}.${name}`); };
  (imports[from] ||= {})[name] = fn;
}
const { exports } = new WebAssembly.Instance(module, imports);
const data = readFileSync(dataPath);
// After `input`, which may grow the memory (and so detach an older view).
const at = exports.input(data.length);
new Uint8Array(exports.memory.buffer, at, data.length).set(data);
const times = [];
let problems;
for (let i = 0; i < loads; i++) {
  const start = performance.now();
  problems = exports.load();
  times.push(performance.now() - start);
}
if (problems === 0xFFFFFFFF) throw new Error(`${dataPath} could not be read as a corridor`);
const rest = times.slice(1).sort((a, b) => a - b);
const median = rest.length ? rest[rest.length >> 1] : NaN;
console.log(`first load ${times[0].toFixed(1)} ms, then ${median.toFixed(2)} ms (median of ${rest.length}); ${problems} problems`);
