"""Vendor Natural Earth country shapes (npm ``world-atlas``) into the web app's static folder.

Run once at build time (``python scripts/vendor_geometry.py``); the server never fetches
geometry at run time. Needs ``npm`` (the npm registry only); writes the TopoJSON file plus a
licence note next to it, and checks the file is TopoJSON with a ``countries`` object.
"""
from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

PACKAGE = "world-atlas@2.0.2"
FILE = "countries-110m.json"
DEST = Path(__file__).resolve().parents[1] / "src" / "parley" / "web" / "static" / "geo"

NOTE = """countries-110m.json: TopoJSON of Natural Earth 1:110m admin-0 countries (public domain,
https://www.naturalearthdata.com/), as packaged by the npm package {package}.
Vendored by scripts/vendor_geometry.py. Licence of the package ({package}):

{licence}"""


def main() -> int:
    if shutil.which("npm") is None:
        sys.stderr.write("vendor_geometry: npm is not installed (apt-get install npm)\n")
        return 2
    with tempfile.TemporaryDirectory() as tmp:
        out = subprocess.run(["npm", "pack", PACKAGE, "--silent"], cwd=tmp, check=True,
                             capture_output=True, text=True).stdout.strip().splitlines()[-1]
        with tarfile.open(Path(tmp) / out) as tar:
            tar.extractall(tmp, filter="data")
        pkg = Path(tmp) / "package"
        data = json.loads((pkg / FILE).read_text(encoding="utf-8"))
        if data.get("type") != "Topology" or "countries" not in data.get("objects", {}):
            sys.stderr.write(f"vendor_geometry: {FILE} is not the expected TopoJSON\n")
            return 1
        DEST.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(pkg / FILE, DEST / FILE)
        licence = (pkg / "LICENSE").read_text(encoding="utf-8")
        (DEST / "LICENSE.txt").write_text(NOTE.format(package=PACKAGE, licence=licence),
                                          encoding="utf-8")
    print(f"wrote {DEST / FILE} and its licence note")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
