#!/bin/sh
# Debian's Chromium for the browser tests (test/browser), at /usr/bin/chromium. No test tool downloads a
# browser of its own: this installs the distribution's package when it is missing, and does nothing otherwise.
set -eu
CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$CHROMIUM" ]; then
  exit 0
fi
if ! command -v apt-get >/dev/null 2>&1; then
  echo "Chromium não encontrado em $CHROMIUM e não há apt-get: instale o Chromium e defina CHROMIUM_PATH." >&2
  exit 1
fi
SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  SUDO="sudo"
fi
echo "Instalando o pacote chromium do Debian para os testes no navegador…" >&2
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null
