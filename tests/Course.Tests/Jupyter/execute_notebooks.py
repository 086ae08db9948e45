"""Executes notebooks one after another in a Jupyter kernel with nbclient, as CI and Jupyter users do.

Each notebook runs in a fresh kernel (the kernelspec named by --kernel, found on JUPYTER_PATH) whose working
directory is the notebook's own folder. Every cell runs even after an error (allow_errors), so that all errors are
collected. The executed copy goes to --out under the notebook's name; the kernel's own console output goes to
<name>.kernel.log beside it. --summary receives a JSON list, one entry per notebook, in input order:
{"notebook", "seconds", "executed", "failure"}, where failure is what stopped the executor (a cell timeout, a kernel
that died or did not start) or null. The source notebooks are only read.
"""
import argparse
import json
import os
import sys
import time

import nbformat
from nbclient import NotebookClient


def execute(path, out, kernel, timeout, startup_timeout):
    notebook = nbformat.read(path, as_version=4)
    name = os.path.basename(path)
    executed = os.path.join(out, name)
    failure = None
    start = time.monotonic()
    with open(os.path.join(out, name + ".kernel.log"), "wb") as log:
        client = NotebookClient(
            notebook,
            kernel_name=kernel,
            timeout=timeout,
            startup_timeout=startup_timeout,
            allow_errors=True,
            resources={"metadata": {"path": os.path.dirname(os.path.abspath(path))}},
        )
        try:
            client.execute(stdout=log, stderr=log)
        except Exception as error:  # a timeout, a dead kernel, a kernel that never started: report it, go on
            failure = f"{type(error).__name__}: {error}"
    seconds = time.monotonic() - start
    nbformat.write(notebook, executed)
    return {"notebook": name, "seconds": round(seconds, 2), "executed": executed, "failure": failure}


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", required=True, help="folder for the executed copies")
    parser.add_argument("--summary", required=True, help="JSON file for the per-notebook results")
    parser.add_argument("--kernel", default=".net-csharp", help="kernelspec name")
    parser.add_argument("--timeout", type=int, default=600, help="seconds one cell may run")
    parser.add_argument("--startup-timeout", type=int, default=300, help="seconds the kernel may take to start")
    parser.add_argument("notebooks", nargs="+")
    args = parser.parse_args()

    os.makedirs(args.out, exist_ok=True)
    results = []
    total = time.monotonic()
    for path in args.notebooks:
        result = execute(path, args.out, args.kernel, args.timeout, args.startup_timeout)
        results.append(result)
        status = "executor failed: " + result["failure"] if result["failure"] else "executed"
        print(f"{result['notebook']}: {result['seconds']:.1f} s, {status}", flush=True)
    print(f"total: {time.monotonic() - total:.1f} s for {len(results)} notebook(s)", flush=True)
    with open(args.summary, "w", encoding="utf-8") as summary:
        json.dump(results, summary, indent=1)


if __name__ == "__main__":
    sys.exit(main())
