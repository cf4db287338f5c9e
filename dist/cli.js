#!/usr/bin/env node
import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 91:
/***/ ((module, __unused_webpack___webpack_exports__, __nccwpck_require__) => {

__nccwpck_require__.a(module, async (__webpack_handle_async_dependencies__, __webpack_async_result__) => { try {
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(5919);
/* harmony import */ var node_worker_threads__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_worker_threads__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _common_timings_js__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(4214);
/* harmony import */ var _common_version_js__WEBPACK_IMPORTED_MODULE_3__ = __nccwpck_require__(9521);
/* harmony import */ var _common_compile_cache_js__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(7800);
/* harmony import */ var _common_exit_js__WEBPACK_IMPORTED_MODULE_4__ = __nccwpck_require__(4365);





(0,_common_timings_js__WEBPACK_IMPORTED_MODULE_1__/* .lap */ .Mm)('node start');
// Before the scanner's modules load: a second run on this machine then compiles little of the bundle. Only in
// the CLI's own thread: a parse worker the action starts (this file is its entry too) loads no cached code.
if (node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.isMainThread)
    (0,_common_compile_cache_js__WEBPACK_IMPORTED_MODULE_2__/* .enableCompileCache */ .L)();
// The same file is the parse worker's entry (src/scan/parse-worker.ts), so a worker needs no bundle of its own;
// a CLI that someone runs in a thread of their own is still the CLI.
const worker = node_worker_threads__WEBPACK_IMPORTED_MODULE_0__.isMainThread ? undefined : await Promise.all(/* import() */[__nccwpck_require__.e(980), __nccwpck_require__.e(9)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3009));
const argv = process.argv.slice(2);
if (worker?.isParseWorker())
    await worker.serveParseWorker();
// `--version` answers before the scanner is loaded: compiling the whole bundle is most of a cold start.
else if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-v'))
    process.stdout.write(`${_common_version_js__WEBPACK_IMPORTED_MODULE_3__/* .toolVersion */ .fX}\n`);
else {
    const { main } = await Promise.all(/* import() */[__nccwpck_require__.e(980), __nccwpck_require__.e(6), __nccwpck_require__.e(9), __nccwpck_require__.e(329)]).then(__nccwpck_require__.bind(__nccwpck_require__, 329));
    (0,_common_timings_js__WEBPACK_IMPORTED_MODULE_1__/* .lap */ .Mm)('bundle load');
    process.exitCode = await main(argv);
    (0,_common_timings_js__WEBPACK_IMPORTED_MODULE_1__/* .printTimings */ .fE)();
    (0,_common_exit_js__WEBPACK_IMPORTED_MODULE_4__/* .exitOnceWritten */ .B)();
}

__webpack_async_result__();
} catch(e) { __webpack_async_result__(e); } }, 1);

/***/ }),

/***/ 7800:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  L: () => (/* binding */ enableCompileCache)
});

// UNUSED EXPORTS: compileCacheFolder

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
;// CONCATENATED MODULE: external "node:module"
const external_node_module_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:module");
var external_node_module_default = /*#__PURE__*/__nccwpck_require__.n(external_node_module_namespaceObject);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __nccwpck_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
;// CONCATENATED MODULE: ./src/common/compile-cache.ts




/**
 * The folder for V8's compile cache: the OS temp folder's, never the scanned checkout's, one per user so
 * no other account's files are ever loaded as compiled code. Undefined when it is not a real folder of
 * this user's (another account made it first, or it is a link), and the cache is then not used.
 */
function compileCacheFolder(temp = (0,external_node_os_.tmpdir)()) {
    const uid = process.getuid?.();
    const folder = (0,external_node_path_.join)(temp, `ses-credential-hygiene-compile-cache${uid === undefined ? '' : `-${uid}`}`);
    try {
        (0,external_node_fs_.mkdirSync)(folder, { recursive: true, mode: 0o700 });
        const stats = (0,external_node_fs_.lstatSync)(folder);
        const mine = uid === undefined || stats.uid === uid;
        return stats.isDirectory() && mine && (stats.mode & 0o022) === 0 ? folder : undefined;
    }
    catch {
        return undefined;
    }
}
/**
 * Caches the bundle's compiled code between runs on Node \u2265 22.1 (`module.enableCompileCache`), so a
 * second scan on the same machine compiles little of it. Node 20 has no such cache: nothing happens.
 * Returns the folder used, or undefined.
 */
function enableCompileCache(temp) {
    // Typed as always there (@types/node 24), absent on Node 20 and 22.0.
    const enable = (external_node_module_default()).enableCompileCache;
    if (typeof enable !== 'function' || process.env.NODE_DISABLE_COMPILE_CACHE)
        return undefined;
    const folder = compileCacheFolder(temp);
    if (!folder)
        return undefined;
    try {
        const { status } = enable(folder);
        const { ENABLED = 1, ALREADY_ENABLED = 2 } = (external_node_module_default()).constants?.compileCacheStatus ?? {};
        return status === ENABLED || status === ALREADY_ENABLED ? folder : undefined;
    }
    catch {
        return undefined;
    }
}


/***/ }),

/***/ 4365:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   B: () => (/* binding */ exitOnceWritten)
/* harmony export */ });
/**
 * Ends the process at once when standard output and standard error hold nothing unwritten; gives whether it did.
 * Left to end by itself, Node first takes apart the heap a scan has grown (over 100 MB on a large repository):
 * about 10 ms of a cold scan's wall time on Node 24 (measured from the end of `main` to the process's end, 26\u201329
 * against 16\u201321 ms). `process.exit` skips that and still writes V8's compile cache (checked: the cache folder is
 * filled the same).
 *
 * The streams are asked on every system: a pipe takes what fits in its buffer (64 KiB on Linux) at once and the
 * rest later, so a report larger than that may still be pending when `main` returns (exiting then cut a 550 KB
 * report to 64 KiB). Asking for standard error creates it if nothing wrote to it: well under a millisecond once
 * standard output exists. The exit status is `process.exitCode`, as set.
 */
function exitOnceWritten(streams = [process.stdout, process.stderr], exit = () => process.exit()) {
    if (streams.some((stream) => stream.writableLength > 0))
        return false;
    exit();
    return true;
}


/***/ }),

/***/ 4214:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Mm: () => (/* binding */ lap),
/* harmony export */   S$: () => (/* binding */ countInTimings),
/* harmony export */   YA: () => (/* binding */ parseStage),
/* harmony export */   aF: () => (/* binding */ timingsReport),
/* harmony export */   ay: () => (/* binding */ timed),
/* harmony export */   bH: () => (/* binding */ timingsEnabled),
/* harmony export */   fE: () => (/* binding */ printTimings),
/* harmony export */   lc: () => (/* binding */ addWorkerTimings),
/* harmony export */   qI: () => (/* binding */ timedAsync)
/* harmony export */ });
// Node's global `performance`, not `node:perf_hooks`: the global loads its code when first asked for the time,
// which only a scan with timings on does; the import would load it in every run (2\u20133 ms of a cold start on Node 24).
/**
 * Time per pipeline stage, for the benchmark: with SES_CREDENTIAL_HYGIENE_TIMINGS=1 the CLI prints one JSON
 * line of stage \u2192 milliseconds on stderr. Stages nest, and each counts only its own time (a stage inside
 * another pauses the outer one), so the stages add up to the scan. Off, `timed` is one branch and a call.
 */
const timingsEnabled = process.env.SES_CREDENTIAL_HYGIENE_TIMINGS === '1';
const totals = new Map();
const open = [];
function enter(stage) {
    const now = performance.now();
    const outer = open.at(-1);
    if (outer)
        add(outer.stage, now - outer.since);
    open.push({ stage, since: now });
}
function leave() {
    const now = performance.now();
    const closed = open.pop();
    if (closed)
        add(closed.stage, now - closed.since);
    const outer = open.at(-1);
    if (outer)
        outer.since = now;
}
function add(stage, ms) {
    totals.set(stage, (totals.get(stage) ?? 0) + ms);
}
const workerTotals = new Map();
/**
 * Stages a parse worker timed beside the main thread: reported as `worker <stage>`, outside the total,
 * summed over the workers of a run (the CLI scans several paths one after the other).
 */
function addWorkerTimings(report) {
    for (const [stage, ms] of Object.entries(report)) {
        if (stage === 'untimed')
            continue;
        const name = `worker ${stage}`;
        workerTotals.set(name, (workerTotals.get(name) ?? 0) + ms);
    }
}
const counts = new Map();
/** Adds to a count reported beside the stages (the cache's hits and misses): a number of files, not milliseconds. */
function countInTimings(name, n) {
    if (timingsEnabled)
        counts.set(name, (counts.get(name) ?? 0) + n);
}
/** Runs `work` as part of `stage`. */
function timed(stage, work) {
    if (!timingsEnabled)
        return work();
    enter(stage);
    try {
        return work();
    }
    finally {
        leave();
    }
}
/** The same for asynchronous work: the stage lasts until it settles. The scan awaits one step at a time. */
async function timedAsync(stage, work) {
    if (!timingsEnabled)
        return work();
    enter(stage);
    try {
        return await work();
    }
    finally {
        leave();
    }
}
/**
 * Gives `stage` the time since the process started that no stage has counted yet: the gaps between
 * stages at the top level of the scan, marked with one line at each boundary.
 */
function lap(stage) {
    if (!timingsEnabled || open.length > 0)
        return;
    let counted = 0;
    for (const ms of totals.values())
        counted += ms;
    add(stage, performance.now() - counted);
}
/** The stage an adapter's parse counts under: the YAML formats, Terraform, or the rest. */
function parseStage(adapterId) {
    if (adapterId === 'terraform')
        return 'hcl parse';
    if (adapterId === 'dotenv')
        return 'other parse';
    return 'yaml parse';
}
/**
 * Stage \u2192 milliseconds (rounded to 0.1); `untimed` is the rest since the process started (Node's start,
 * loading the bundle, reading the config), `total` the whole.
 */
function timingsReport() {
    const round = (ms) => Math.round(ms * 10) / 10;
    const total = performance.now();
    const report = {};
    let timedSum = 0;
    for (const [stage, ms] of totals) {
        report[stage] = round(ms);
        timedSum += ms;
    }
    report.untimed = round(total - timedSum);
    report.total = round(total);
    for (const [stage, ms] of workerTotals)
        report[stage] = round(ms);
    for (const [name, n] of counts)
        report[name] = n;
    return report;
}
/** Writes the report as one JSON line when timings are on. */
function printTimings(write = (text) => process.stderr.write(text)) {
    if (timingsEnabled)
        write(`${JSON.stringify(timingsReport())}\n`);
}


/***/ }),

/***/ 9521:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   B9: () => (/* binding */ toolInformationUri),
/* harmony export */   Uf: () => (/* binding */ toolName),
/* harmony export */   fX: () => (/* binding */ toolVersion)
/* harmony export */ });
/** Kept equal to package.json's version and repository by tests. */
const toolName = 'ses-credential-hygiene';
const toolVersion = '1.0.0';
const toolInformationUri = 'https://github.com/ses-credential-hygiene/ses-credential-hygiene';


/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 1943:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("fs/promises");

/***/ }),

/***/ 3339:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("module");

/***/ }),

/***/ 4573:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:buffer");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 8161:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 7975:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:util");

/***/ }),

/***/ 8877:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:v8");

/***/ }),

/***/ 5919:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/async module */
/******/ (() => {
/******/ 	var webpackQueues = typeof Symbol === "function" ? Symbol("webpack queues") : "__webpack_queues__";
/******/ 	var webpackExports = typeof Symbol === "function" ? Symbol("webpack exports") : "__webpack_exports__";
/******/ 	var webpackError = typeof Symbol === "function" ? Symbol("webpack error") : "__webpack_error__";
/******/ 	var resolveQueue = (queue) => {
/******/ 		if(queue && queue.d < 1) {
/******/ 			queue.d = 1;
/******/ 			queue.forEach((fn) => (fn.r--));
/******/ 			queue.forEach((fn) => (fn.r-- ? fn.r++ : fn()));
/******/ 		}
/******/ 	}
/******/ 	var wrapDeps = (deps) => (deps.map((dep) => {
/******/ 		if(dep !== null && typeof dep === "object") {
/******/ 			if(dep[webpackQueues]) return dep;
/******/ 			if(dep.then) {
/******/ 				var queue = [];
/******/ 				queue.d = 0;
/******/ 				dep.then((r) => {
/******/ 					obj[webpackExports] = r;
/******/ 					resolveQueue(queue);
/******/ 				}, (e) => {
/******/ 					obj[webpackError] = e;
/******/ 					resolveQueue(queue);
/******/ 				});
/******/ 				var obj = {};
/******/ 				obj[webpackQueues] = (fn) => (fn(queue));
/******/ 				return obj;
/******/ 			}
/******/ 		}
/******/ 		var ret = {};
/******/ 		ret[webpackQueues] = x => {};
/******/ 		ret[webpackExports] = dep;
/******/ 		return ret;
/******/ 	}));
/******/ 	__nccwpck_require__.a = (module, body, hasAwait) => {
/******/ 		var queue;
/******/ 		hasAwait && ((queue = []).d = -1);
/******/ 		var depQueues = new Set();
/******/ 		var exports = module.exports;
/******/ 		var currentDeps;
/******/ 		var outerResolve;
/******/ 		var reject;
/******/ 		var promise = new Promise((resolve, rej) => {
/******/ 			reject = rej;
/******/ 			outerResolve = resolve;
/******/ 		});
/******/ 		promise[webpackExports] = exports;
/******/ 		promise[webpackQueues] = (fn) => (queue && fn(queue), depQueues.forEach(fn), promise["catch"](x => {}));
/******/ 		module.exports = promise;
/******/ 		body((deps) => {
/******/ 			currentDeps = wrapDeps(deps);
/******/ 			var fn;
/******/ 			var getResult = () => (currentDeps.map((d) => {
/******/ 				if(d[webpackError]) throw d[webpackError];
/******/ 				return d[webpackExports];
/******/ 			}))
/******/ 			var promise = new Promise((resolve) => {
/******/ 				fn = () => (resolve(getResult));
/******/ 				fn.r = 0;
/******/ 				var fnQueue = (q) => (q !== queue && !depQueues.has(q) && (depQueues.add(q), q && !q.d && (fn.r++, q.push(fn))));
/******/ 				currentDeps.map((dep) => (dep[webpackQueues](fnQueue)));
/******/ 			});
/******/ 			return fn.r ? promise : getResult();
/******/ 		}, (err) => ((err ? reject(promise[webpackError] = err) : outerResolve(exports)), resolveQueue(queue)));
/******/ 		queue && queue.d < 0 && (queue.d = 0);
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/create fake namespace object */
/******/ (() => {
/******/ 	var getProto = Object.getPrototypeOf ? (obj) => (Object.getPrototypeOf(obj)) : (obj) => (obj.__proto__);
/******/ 	var leafPrototypes;
/******/ 	// create a fake namespace object
/******/ 	// mode & 1: value is a module id, require it
/******/ 	// mode & 2: merge all properties of value into the ns
/******/ 	// mode & 4: return value when already ns object
/******/ 	// mode & 16: return value when it's Promise-like
/******/ 	// mode & 8|1: behave like require
/******/ 	__nccwpck_require__.t = function(value, mode) {
/******/ 		if(mode & 1) value = this(value);
/******/ 		if(mode & 8) return value;
/******/ 		if(typeof value === 'object' && value) {
/******/ 			if((mode & 4) && value.__esModule) return value;
/******/ 			if((mode & 16) && typeof value.then === 'function') return value;
/******/ 		}
/******/ 		var ns = Object.create(null);
/******/ 		__nccwpck_require__.r(ns);
/******/ 		var def = {};
/******/ 		leafPrototypes = leafPrototypes || [null, getProto({}), getProto([]), getProto(getProto)];
/******/ 		for(var current = mode & 2 && value; typeof current == 'object' && !~leafPrototypes.indexOf(current); current = getProto(current)) {
/******/ 			Object.getOwnPropertyNames(current).forEach((key) => (def[key] = () => (value[key])));
/******/ 		}
/******/ 		def['default'] = () => (value);
/******/ 		__nccwpck_require__.d(ns, def);
/******/ 		return ns;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "" + chunkId + ".index.js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/publicPath */
/******/ (() => {
/******/ 	var scriptUrl;
/******/ 	if (typeof import.meta.url === "string") scriptUrl = import.meta.url
/******/ 	// When supporting browsers where an automatic publicPath is not supported you must specify an output.publicPath manually via configuration
/******/ 	// or pass an empty string ("") and set the __webpack_public_path__ variable from your code to use your own logic.
/******/ 	if (!scriptUrl) throw new Error("Automatic publicPath is not supported in this browser");
/******/ 	scriptUrl = scriptUrl.replace(/#.*$/, "").replace(/\?.*$/, "").replace(/\/[^\/]+$/, "/");
/******/ 	__nccwpck_require__.p = scriptUrl;
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	__nccwpck_require__.b = new URL("./", import.meta.url);
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
/******/ 
/******/ // startup
/******/ // Load entry module and return exports
/******/ // This entry module used 'module' so it can't be inlined
/******/ var __webpack_exports__ = __nccwpck_require__(91);
/******/ __webpack_exports__ = await __webpack_exports__;
/******/ 
