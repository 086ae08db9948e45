// The live course's engine, in a Web Worker so that the page stays responsive while a cell runs.
// Messages in:  {type: "run", id, code, timeLimit} | {type: "restart"} (and, queued by itself after start, a warm-up)
// Messages out: {type: "ready", milliseconds} | {type: "result", id, result} | {type: "failed", message}
import { dotnet } from "./_framework/dotnet.js";

let engine = null;
const queue = [];
let busy = false;

async function start() {
  const runtime = await dotnet.withConfig({ disableIntegrityCheck: false }).create();
  const exports = await runtime.getAssemblyExports("Calculus.Live");
  engine = exports.Calculus.Live.LiveEngine;
  const started = JSON.parse(await engine.StartAsync());
  self.postMessage({ type: "ready", milliseconds: started.milliseconds });
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
