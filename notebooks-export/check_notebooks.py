"""Validates and executes every exported notebook under a folder; `make notebooks-check` runs it.

For each `NAME/NAME.ipynb` below the folder given (default: this script's folder):

1. the file is nbformat 4.5, valid against nbformat's schema, and unexecuted (no outputs,
   no execution counts);
2. its bytes are exactly what `nbformat.write` writes for it (sorted keys, one-space indent),
   so the exporter's JSON is nbformat's own;
3. a copy of its folder in a temporary directory is executed with nbclient (the python3
   kernel of this virtual environment, matplotlib's Agg backend); any cell error fails;
4. every chart named in the notebook's `metadata.streamcost.charts` was written there as a
   non-empty PNG file.

The committed folders are never modified: outputs and PNG files stay in the temporary copy.
Exit status 0 when every notebook passes, 1 otherwise, 2 when there is no notebook to check.
"""

import io
import os
import shutil
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import nbformat
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
CELL_TIMEOUT_S = 120
WORKERS = max(2, min(4, os.cpu_count() or 1))


def notebooks(root):
    """Every `NAME/NAME.ipynb` directly below `root`, sorted."""
    return sorted(p / f"{p.name}.ipynb" for p in root.iterdir() if (p / f"{p.name}.ipynb").is_file())


def check_file(path):
    """Steps 1 and 2: the problems found in the file as committed."""
    problems = []
    text = path.read_text(encoding="utf-8")
    nb = nbformat.reads(text, as_version=nbformat.NO_CONVERT)
    if (nb.nbformat, nb.nbformat_minor) != (4, 5):
        problems.append(f"nbformat {nb.nbformat}.{nb.nbformat_minor}, expected 4.5")
    try:
        nbformat.validate(nb)
    except nbformat.ValidationError as error:
        problems.append(f"not valid nbformat: {error.message}")
    for cell in nb.cells:
        if cell.cell_type == "code" and (cell.outputs or cell.execution_count is not None):
            problems.append(f"cell {cell.id} has outputs; exported notebooks are unexecuted")
    buffer = io.StringIO()
    nbformat.write(nb, buffer)
    if buffer.getvalue() != text:
        problems.append("bytes differ from what nbformat.write writes for the same notebook")
    if not nb.metadata.get("streamcost", {}).get("charts"):
        problems.append("metadata.streamcost.charts is missing or empty")
    return nb, problems


def execute(path, nb, scratch):
    """Steps 3 and 4 on a copy of the notebook's folder in `scratch`."""
    folder = Path(shutil.copytree(path.parent, scratch / path.parent.name))
    for png in folder.glob("*.png"):
        png.unlink()  # only charts this run writes count
    client = NotebookClient(
        nb, timeout=CELL_TIMEOUT_S, kernel_name="python3", resources={"metadata": {"path": str(folder)}}
    )
    try:
        client.execute()
    except CellExecutionError as error:
        return [f"a cell failed:\n{error}"]
    problems = []
    for chart in nb.metadata["streamcost"]["charts"]:
        png = folder / chart
        if not png.is_file():
            problems.append(f"{chart} was not written")
        elif png.stat().st_size <= len(PNG_SIGNATURE) or png.read_bytes()[:8] != PNG_SIGNATURE:
            problems.append(f"{chart} is not a PNG image")
    return problems


def check(path, scratch):
    """Every step for one notebook: (cells, charts, problems, seconds). Runs in a worker process."""
    t0 = time.monotonic()
    nb, problems = check_file(path)
    if not problems:
        problems = execute(path, nb, Path(scratch))
    charts = len(nb.metadata.get("streamcost", {}).get("charts", []))
    return len(nb.cells), charts, problems, time.monotonic() - t0


def main(argv):
    root = Path(argv[1]) if len(argv) > 1 else Path(__file__).resolve().parent
    found = notebooks(root)
    if not found:
        print(f"check_notebooks: no NAME/NAME.ipynb below {root}", file=sys.stderr)
        return 2
    os.environ["MPLBACKEND"] = "Agg"  # inherited by the workers and their kernels
    started = time.monotonic()
    failures = 0
    with tempfile.TemporaryDirectory(prefix="streamcost-notebooks-") as scratch:
        # One kernel per notebook; a few at a time, since each mostly waits on its own imports.
        with ProcessPoolExecutor(max_workers=min(len(found), WORKERS)) as pool:
            results = pool.map(check, found, [scratch] * len(found))
            for path, (cells, charts, problems, seconds) in zip(found, results):
                status = "ok" if not problems else "FAILED"
                print(f"{path}: {status} ({cells} cells, {charts} charts, {seconds:.1f}s)")
                for problem in problems:
                    print(f"  {problem}")
                failures += bool(problems)
    print(f"check_notebooks: {len(found) - failures} of {len(found)} notebooks pass ({time.monotonic() - started:.1f}s)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
