"""Executes notebooks headless and fails on any error.

Usage: python execute.py OUTPUT_DIR NOTEBOOK...

Each notebook runs top to bottom in a fresh Python kernel (nbclient); the executed copy,
with its outputs, is written to OUTPUT_DIR. A cell that raises (budgetcast disagreeing
with the independent re-computation) stops that notebook and makes the exit status 1.
BUDGETCAST_ARCHIVE and BUDGETCAST_RUN pass through to the notebooks.
"""

import pathlib
import sys

import nbformat
from nbclient import NotebookClient
from nbclient.exceptions import CellExecutionError


def main():
    output = pathlib.Path(sys.argv[1])
    output.mkdir(parents=True, exist_ok=True)
    failed = []
    for path in map(pathlib.Path, sys.argv[2:]):
        notebook = nbformat.read(path, as_version=4)
        client = NotebookClient(notebook, timeout=600, kernel_name="python3")
        target = output / f"executed-{path.name}"
        try:
            client.execute()
            print(f"{path}: every check passed ({target})")
        except CellExecutionError as error:
            failed.append(path)
            print(f"{path}: FAILED\n{error}", file=sys.stderr)
        nbformat.write(notebook, target)
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
