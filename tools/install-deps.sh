#!/usr/bin/env bash
# Installs what careerpath needs to build, test and draw pictures, from
# Debian 12's packages only: the compilers and libraries, the web server
# library, the Python binding's build and test tools (pybind11, NumPy,
# pandas, Dask, pytest), a headless browser for the web app's tests, and
# clang's libFuzzer for the fuzz targets. Installs nothing that is already there.
set -euo pipefail

packages=(
  build-essential cmake
  libeigen3-dev libboost-graph-dev libcli11-dev nlohmann-json3-dev
  libgtest-dev libgmock-dev libbenchmark-dev libsimdjson-dev
  graphviz gnuplot-nox
  libcpp-httplib-dev pkg-config
  python3 python3-dev pybind11-dev python3-pybind11 python3-numpy python3-pandas
  python3-dask python3-distributed python3-pytest
  chromium chromium-driver python3-selenium
  python3-networkx python3-igraph libopenblas0-pthread
  clang libfuzzer-14-dev libclang-rt-14-dev
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

sudo=""
if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
echo "installing: ${missing[*]}" >&2
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
