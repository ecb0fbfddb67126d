"""Vendor Leaflet and Leaflet.markercluster (npm) into the web app's static folder.

Run once at build time (``python scripts/vendor_leaflet.py``); the server never loads a script
or style from elsewhere. Needs ``npm`` (the npm registry only). Copies each package's built
files and its licence to ``static/vendor/<name>/``.
"""
from __future__ import annotations

import shutil
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

DEST = Path(__file__).resolve().parents[1] / "src" / "parley" / "web" / "static" / "vendor"
#: package -> (folder, files from the package's dist/, licence file)
PACKAGES = {
    "leaflet@1.9.4": ("leaflet", ["leaflet.js", "leaflet.css", "images/layers.png",
                                  "images/layers-2x.png", "images/marker-icon.png",
                                  "images/marker-icon-2x.png", "images/marker-shadow.png"],
                      "LICENSE"),
    "leaflet.markercluster@1.5.3": ("markercluster", [
        "leaflet.markercluster.js", "MarkerCluster.css", "MarkerCluster.Default.css"],
        "MIT-LICENCE.txt"),
}


def main() -> int:
    if shutil.which("npm") is None:
        sys.stderr.write("vendor_leaflet: npm is not installed (apt-get install npm)\n")
        return 2
    for package, (folder, files, licence) in PACKAGES.items():
        with tempfile.TemporaryDirectory() as tmp:
            out = subprocess.run(["npm", "pack", package, "--silent"], cwd=tmp, check=True,
                                 capture_output=True, text=True).stdout.strip().splitlines()[-1]
            with tarfile.open(Path(tmp) / out) as tar:
                tar.extractall(tmp, filter="data")
            pkg = Path(tmp) / "package"
            dest = DEST / folder
            for name in files:
                (dest / name).parent.mkdir(parents=True, exist_ok=True)
                shutil.copyfile(pkg / "dist" / name, dest / name)
            shutil.copyfile(pkg / licence, dest / "LICENSE.txt")
            (dest / "VERSION").write_text(package + "\n", encoding="utf-8")
        print(f"vendored {package} into {DEST / folder}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
