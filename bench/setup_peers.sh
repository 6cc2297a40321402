#!/usr/bin/env bash
# Install the peers the bench compares apismith with, each in its own environment
# under bench/.peers/ (gitignored). Only PyPI and npm are used: the
# openapi-generator jar ships inside the openapi-generator-cli wheel and runs on
# the system Java 17. Safe to re-run: an environment that already has the pinned
# version is left alone.
#
#   bash bench/setup_peers.sh            # PYTHON=python3.11 bash ... to pick the interpreter
set -euo pipefail

BENCH="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
PEERS="$BENCH/.peers"
PYTHON="${PYTHON:-python3}"

OPC_VERSION="0.29.1"          # openapi-python-client
OGEN_VERSION="7.26.0"         # openapi-generator-cli (PyPI wheel, bundles openapi-generator.jar)
OSV_VERSION="0.9.0"           # openapi-spec-validator
REDOCLY_VERSION="2.77.0"      # @redocly/cli
SPECTRAL_VERSION="6.16.3"     # @stoplight/spectral-cli
OPTIC_VERSION="1.0.9"         # @useoptic/optic (apismith diff's peer)
OPTIC_AJV="8.20.0"            # one ajv for all of Optic's deps: with two, ajv-errors
                              # emits code the other one cannot compile and optic dies
# runtime venv: one set of libraries for every generated client, so the
# runtime figures compare the generated code, not library versions
RUNTIME_PKGS=(pydantic==2.14.3 urllib3==2.8.0 httpx==0.28.1 attrs==26.1.0
              python-dateutil==4.0.0 typing-extensions==4.16.0)

mkdir -p "$PEERS"

venv() {  # venv NAME MARKER PKG...: create bench/.peers/NAME with the packages
    local name="$1" marker="$2"; shift 2
    local dir="$PEERS/$name"
    if [[ -f "$dir/.installed" && "$(cat "$dir/.installed")" == "$marker" ]]; then
        echo "== $name: already installed ($marker)"
        return
    fi
    echo "== $name: installing $*"
    rm -rf "$dir"
    "$PYTHON" -m venv "$dir"
    "$dir/bin/pip" install --quiet --disable-pip-version-check "$@"
    echo "$marker" > "$dir/.installed"
}

venv opc "opc-$OPC_VERSION" "openapi-python-client==$OPC_VERSION"
venv ogen "ogen-$OGEN_VERSION" "openapi-generator-cli==$OGEN_VERSION"
venv osv "osv-$OSV_VERSION" "openapi-spec-validator==$OSV_VERSION"
venv runtime "runtime-${RUNTIME_PKGS[*]}" "${RUNTIME_PKGS[@]}"

NODE_DIR="$PEERS/node"
NODE_MARKER="redocly-$REDOCLY_VERSION spectral-$SPECTRAL_VERSION"
if [[ -f "$NODE_DIR/.installed" && "$(cat "$NODE_DIR/.installed")" == "$NODE_MARKER" ]]; then
    echo "== node: already installed ($NODE_MARKER)"
else
    echo "== node: installing @redocly/cli@$REDOCLY_VERSION @stoplight/spectral-cli@$SPECTRAL_VERSION"
    mkdir -p "$NODE_DIR"
    cat > "$NODE_DIR/package.json" <<JSON
{"name": "apismith-bench-peers", "private": true}
JSON
    (cd "$NODE_DIR" && npm install --no-audit --no-fund --save-exact \
        "@redocly/cli@$REDOCLY_VERSION" "@stoplight/spectral-cli@$SPECTRAL_VERSION")
    echo "$NODE_MARKER" > "$NODE_DIR/.installed"
fi

OPTIC_DIR="$PEERS/optic"
OPTIC_MARKER="optic-$OPTIC_VERSION ajv-$OPTIC_AJV"
if [[ -f "$OPTIC_DIR/.installed" && "$(cat "$OPTIC_DIR/.installed")" == "$OPTIC_MARKER" ]]; then
    echo "== optic: already installed ($OPTIC_MARKER)"
else
    echo "== optic: installing @useoptic/optic@$OPTIC_VERSION"
    rm -rf "$OPTIC_DIR" && mkdir -p "$OPTIC_DIR"
    cat > "$OPTIC_DIR/package.json" <<JSON
{"name": "apismith-bench-optic", "private": true,
 "dependencies": {"@useoptic/optic": "$OPTIC_VERSION"}, "overrides": {"ajv": "$OPTIC_AJV"}}
JSON
    (cd "$OPTIC_DIR" && npm install --no-audit --no-fund)
    echo "$OPTIC_MARKER" > "$OPTIC_DIR/.installed"
fi

echo "== checks"
java -version 2>&1 | head -1
"$PEERS/opc/bin/openapi-python-client" --version
echo "openapi-generator $("$PEERS/ogen/bin/openapi-generator-cli" version 2>/dev/null | tail -1)"
"$PEERS/osv/bin/openapi-spec-validator" --version
echo "redocly $("$NODE_DIR/node_modules/.bin/redocly" --version)"
echo "spectral $("$NODE_DIR/node_modules/.bin/spectral" --version)"
echo "optic $(OPTIC_TELEMETRY_LEVEL=off "$OPTIC_DIR/node_modules/.bin/optic" --version)"
