// The live pages: every code cell of the learner's copy is an editor whose C# runs in this browser. The .NET runtime,
// Roslyn and the course library run in a Web Worker (assets/live/live-worker.js), so the page stays responsive; cells run
// one at a time, in the order they are run, with variables carried from one to the next as in the notebook kernel.
// Edits are kept in this browser's local storage, per page and cell.

const params = new URLSearchParams(location.search);
const TIME_LIMIT_SECONDS = Number(params.get("timelimit")) || 60;
const pageName = location.pathname.split("/").pop() || "index.html";
const storageKey = (id) => `calculus-live:${pageName}:${id}`;

const notebookElement = document.getElementById("live-notebook");
const notebook = JSON.parse(notebookElement.textContent);
const statusLine = document.getElementById("live-status");
const buttons = {
  runAll: document.getElementById("live-run-all"),
  stop: document.getElementById("live-stop"),
  restart: document.getElementById("live-restart"),
  resetPage: document.getElementById("live-reset-page"),
  download: document.getElementById("live-download"),
};

const cells = [...document.querySelectorAll("section.cell.code.live")].map((section) => ({
  section,
  id: section.dataset.cell,
  editor: section.querySelector("textarea.live-editor"),
  outputs: section.querySelector(".live-outputs"),
  note: section.querySelector(".live-note"),
  prompt: section.querySelector(".prompt"),
  run: section.querySelector("button.live-run"),
  reset: section.querySelector("button.live-reset"),
  edited: section.querySelector(".live-edited"),
  original: section.querySelector("textarea.live-editor").value,
  lastOutputs: [],
  count: null,
}));

function setStatus(text, kind) {
  statusLine.textContent = text;
  statusLine.dataset.kind = kind || "";
}

function fit(editor) {
  editor.style.height = "auto";
  editor.style.height = `${editor.scrollHeight + 2}px`;
}

function markEdited(cell) {
  cell.edited.hidden = cell.editor.value === cell.original;
}

// Edits: restored from local storage, saved on every keystroke, and reset per cell or for the whole page.
for (const cell of cells) {
  const saved = localStorage.getItem(storageKey(cell.id));
  if (saved !== null) cell.editor.value = saved;
  markEdited(cell);
  fit(cell.editor);
  cell.editor.addEventListener("input", () => {
    if (cell.editor.value === cell.original) localStorage.removeItem(storageKey(cell.id));
    else localStorage.setItem(storageKey(cell.id), cell.editor.value);
    markEdited(cell);
    fit(cell.editor);
  });
  cell.editor.addEventListener("keydown", (event) => {
    if (event.key === "Enter" && event.shiftKey) {
      event.preventDefault();
      runCell(cell);
    } else if (event.key === "Tab" && !event.shiftKey) {
      event.preventDefault();
      cell.editor.setRangeText("    ", cell.editor.selectionStart, cell.editor.selectionEnd, "end");
      cell.editor.dispatchEvent(new Event("input"));
    }
  });
  cell.reset.addEventListener("click", () => {
    cell.editor.value = cell.original;
    cell.editor.dispatchEvent(new Event("input"));
  });
  cell.run.addEventListener("click", () => runCell(cell));
}

buttons.resetPage.addEventListener("click", () => {
  if (!confirm("Put every cell of this page back to the course's code? Your edits on this page will be lost.")) return;
  for (const cell of cells) {
    cell.editor.value = cell.original;
    cell.editor.dispatchEvent(new Event("input"));
  }
});

buttons.download.addEventListener("click", download);

// The code editor (CodeMirror with C# highlighting, assets/live-editor.js) takes each textarea's place once it has
// loaded; the textarea stays what runs and is saved. Should the editor fail to load, the textareas are edited as they are.
import("./live-editor.js")
  .then(({ attachEditor }) => {
    for (const cell of cells) cell.view = attachEditor(cell.editor, () => runCell(cell));
    document.body.dataset.editor = "codemirror";
  })
  .catch((error) => console.warn(`The code editor did not load (${error}); cells are plain text boxes.`));

// The engine: one worker at a time; a cell's run is a message and its answer.
let worker = null;
let ready = false;
let nextId = 0;
const waiting = new Map();
let executionCount = 0;
let history = [];      // the code of every cell that compiled, in the order run: replayed after Stop
let queue = Promise.resolve();

// The page adds this module only when it is served; opened from a file, its own script says how to serve it.
startEngine();

function startEngine(replay) {
  ready = false;
  setButtons(false);
  // The page's head started the first worker early (while plotly.js loaded); a restart after Stop makes a new one.
  const early = !replay && window.liveWorker;
  worker = early ? window.liveWorker : new Worker(new URL("./live/live-worker.js", import.meta.url), { type: "module" });
  const started = early ? 0 : performance.now();
  worker.onmessage = async (event) => {
    const message = event.data;
    if (message.type === "ready") {
      ready = true;
      window.liveReadyMilliseconds = performance.now() - started; // after navigation, for the first worker
      window.liveGzipCopies = message.gzipCopies;
      if (replay && replay.length > 0) {
        setStatus(`C# restarted; re-running ${replay.length} earlier cell(s) to restore their variables…`, "busy");
        for (const code of replay) await send(code);
      }
      setStatus(replay ? "C# is ready again: the stopped cell's work is lost, earlier cells' variables are restored." :
        `C# is ready (started in ${(window.liveReadyMilliseconds / 1000).toFixed(1)} s). Run the cells in order, from the setup.`, "ready");
      setButtons(true);
    } else if (message.type === "result") {
      const resolve = waiting.get(message.id);
      waiting.delete(message.id);
      if (resolve) resolve(message.result);
    } else if (message.type === "failed") {
      setStatus(`C# could not start in this browser: ${message.message}`, "failed");
    }
  };
  worker.onerror = (event) => setStatus(`C# could not start in this browser: ${event.message || "the worker failed to load"}`, "failed");
  if (early) {
    if (window.liveEarlyError) setStatus(`C# could not start in this browser: ${window.liveEarlyError}`, "failed");
    for (const event of window.liveEarlyMessages.splice(0)) worker.onmessage(event);
  }
}

function setButtons(enabled) {
  buttons.runAll.disabled = !enabled;
  buttons.restart.disabled = !enabled;
  for (const cell of cells) cell.run.disabled = !enabled;
}

function send(code) {
  return new Promise((resolve) => {
    const id = ++nextId;
    waiting.set(id, resolve);
    worker.postMessage({ type: "run", id, code, timeLimit: TIME_LIMIT_SECONDS * 1000 });
  });
}

function compiled(result) {
  const errors = result.outputs.filter((output) => output.output_type === "error");
  return result.ok || !(errors.length === 1 && errors[0].ename === "Error" && result.outputs.length === 1);
}

function runCell(cell) {
  queue = queue.then(() => runNow(cell));
  return queue;
}

async function runNow(cell) {
  if (!ready) return;
  const code = cell.editor.value;
  cell.section.dataset.state = "running";
  cell.prompt.textContent = "[*]";
  buttons.stop.disabled = false;
  const sent = performance.now();
  const result = await send(code);
  buttons.stop.disabled = true;
  // Timings for benchmarks: each cell's round trip, and when (after navigation) the first output appeared.
  (window.liveCellTimes = window.liveCellTimes || []).push({ id: cell.id, milliseconds: performance.now() - sent, engine: result.milliseconds });
  if (result.outputs.length > 0 && window.liveFirstOutputMilliseconds === undefined) window.liveFirstOutputMilliseconds = performance.now();
  if (result.stopped) {
    cell.section.dataset.state = "failed";
    cell.prompt.textContent = "[ ]";
    show(cell, result);
    return;
  }
  executionCount++;
  cell.count = executionCount;
  cell.prompt.textContent = `[${executionCount}]`;
  cell.section.dataset.state = result.ok ? "done" : "failed";
  if (compiled(result)) history.push(code);
  cell.lastOutputs = result.outputs.map((output) =>
    output.output_type === "execute_result" ? { ...output, execution_count: executionCount } : output);
  show(cell, result);
}

function show(cell, result) {
  cell.outputs.innerHTML = (result.html || []).join("");
  // Scripts inserted as HTML do not run: replace each with a copy that does (JSON data blocks stay as they are).
  for (const old of cell.outputs.querySelectorAll("script")) {
    if (old.type && old.type !== "text/javascript" && old.type !== "module") continue;
    const script = document.createElement("script");
    for (const attribute of old.attributes) script.setAttribute(attribute.name, attribute.value);
    script.textContent = old.textContent;
    old.replaceWith(script);
  }
  if (window.courseRender) window.courseRender(cell.outputs);
  const satisfied = result.satisfied || [];
  cell.note.hidden = satisfied.length === 0;
  cell.note.textContent = satisfied.length === 0 ? "" :
    `Done by this page, not run: ${satisfied.join(" and ")}. The course library is already loaded in your browser.`;
}

buttons.runAll.addEventListener("click", async () => {
  for (const cell of cells) await runCell(cell);
});

buttons.restart.addEventListener("click", () => {
  queue = queue.then(() => new Promise((resolve) => {
    const listener = (event) => {
      if (event.data.type === "restarted") {
        worker.removeEventListener("message", listener);
        history = [];
        executionCount = 0;
        for (const cell of cells) {
          cell.prompt.textContent = "[ ]";
          cell.outputs.innerHTML = "";
          cell.lastOutputs = [];
          cell.count = null;
          delete cell.section.dataset.state;
        }
        setStatus("C# restarted: every variable is forgotten. Run the cells again from the setup.", "ready");
        resolve();
      }
    };
    worker.addEventListener("message", listener);
    worker.postMessage({ type: "restart" });
  }));
});

// Stop ends the worker (nothing else can interrupt running code), starts a new one, and replays the cells that ran.
buttons.stop.addEventListener("click", () => {
  worker.terminate();
  const replay = history.slice();
  for (const [id, resolve] of waiting) {
    waiting.delete(id);
    resolve({
      ok: false,
      stopped: true,
      outputs: [],
      html: ['<div class="output error"><pre>Stopped by you. C# was restarted, and the cells run before this one are being re-run to restore their variables.</pre></div>'],
      satisfied: [],
    });
  }
  buttons.stop.disabled = true;
  startEngine(replay);
});

function download() {
  const copy = JSON.parse(JSON.stringify(notebook));
  const codeCells = copy.cells.filter((cell) => cell.cell_type === "code");
  codeCells.forEach((cell, i) => {
    const live = cells[i];
    const lines = live.editor.value.split("\n");
    cell.source = lines.map((line, j) => (j < lines.length - 1 ? `${line}\n` : line)).filter((line) => line.length > 0);
    cell.outputs = live.lastOutputs;
    cell.execution_count = live.count;
  });
  const blob = new Blob([`${JSON.stringify(copy, null, 1)}\n`], { type: "application/x-ipynb+json" });
  const link = document.createElement("a");
  link.href = URL.createObjectURL(blob);
  link.download = notebookElement.dataset.download;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 10000);
}
