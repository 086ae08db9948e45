// The live course's engine, in a Web Worker so that the page stays responsive while a cell runs.
// Messages in:  {type: "run", id, code, timeLimit} | {type: "restart"} (and, queued by itself after start, a warm-up)
// Messages out: {type: "ready", milliseconds} | {type: "result", id, result} | {type: "failed", message}
import { dotnet } from "./_framework/dotnet.js";

let engine = null;
const queue = [];
let busy = false;

// A static host that sends files as they are, without compressing them, would send the runtime at full size (36 MB).
// The .NET SDK wrote a gzip copy beside each file: then fetch those and decompress them with the browser's own gzip
// decoder (DecompressionStream), 13.6 MB instead. (The .br copies are smaller, but browsers have no Brotli decoder for
// scripts, and one in JavaScript would cost more to download and run than it saves.)
async function serverCompresses() {
  try {
    const response = await fetch(new URL("./_framework/dotnet.js", import.meta.url), { method: "HEAD", cache: "no-store" });
    return response.headers.has("content-encoding");
  } catch {
    return true;
  }
}

function fromGzipCopy(type, name, defaultUri, integrity, behavior) {
  if (type !== "assembly" && type !== "dotnetwasm" && type !== "pdb") return defaultUri;
  return fetch(`${defaultUri}.gz`).then((response) => {
    if (!response.ok) return fetch(defaultUri);
    const contentType = type === "dotnetwasm" ? "application/wasm" : "application/octet-stream";
    self.liveGzipCopies = (self.liveGzipCopies || 0) + 1;
    return new Response(response.body.pipeThrough(new DecompressionStream("gzip")), { headers: { "content-type": contentType } });
  });
}

async function start() {
  let builder = dotnet.withConfig({ disableIntegrityCheck: false });
  const compressed = await serverCompresses();
  if (!compressed) builder = builder.withResourceLoader(fromGzipCopy);
  const runtime = await builder.create();
  const exports = await runtime.getAssemblyExports("Calculus.Live");
  engine = exports.Calculus.Live.LiveEngine;
  const started = JSON.parse(await engine.StartAsync());
  self.postMessage({ type: "ready", milliseconds: started.milliseconds, gzipCopies: self.liveGzipCopies || 0, serverCompresses: compressed });
  // While the learner reads, warm the compiler up; a cell run meanwhile waits for it (at most about a second).
  queue.unshift({ type: "warmup" });
  drain();
}

async function drain() {
  if (busy || !engine) return;
  busy = true;
  while (queue.length > 0) {
    const message = queue.shift();
    if (message.type === "warmup") {
      await engine.WarmUpAsync();
      continue;
    }
    if (message.type === "restart") {
      await engine.RestartAsync();
      self.postMessage({ type: "restarted" });
      continue;
    }
    try {
      const json = await engine.RunCellAsync(message.code, message.timeLimit || 0);
      self.postMessage({ type: "result", id: message.id, result: JSON.parse(json) });
    } catch (error) {
      // The runtime itself failed (not learner code, whose exceptions come back as error outputs).
      self.postMessage({ type: "result", id: message.id, result: { ok: false, outputs: [{ output_type: "error", ename: "RuntimeError", evalue: String(error && error.message || error), traceback: [] }], satisfied: [] } });
    }
  }
  busy = false;
}

self.onmessage = (event) => {
  queue.push(event.data);
  drain();
};

start().catch((error) => self.postMessage({ type: "failed", message: String(error && error.stack || error) }));
