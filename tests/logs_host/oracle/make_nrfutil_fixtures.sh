#!/bin/sh
# Regenerate tests/logs_host/fixtures/nrfutil/*.txt: real nrfutil 6.1.7 output against the fake serial
# target (fake_serial_target.py), one file per scenario.  Needs nrfutil at $NRFUTIL.  Takes ~1 minute.
set -u
NRFUTIL=${NRFUTIL:-/tmp/nrfutil-venv/bin/nrfutil}
PY=${PY:-python3}
HERE=$(cd "$(dirname "$0")" && pwd)
OUT=$HERE/../fixtures/nrfutil
WORK=$(mktemp -d)
cd "$WORK" || exit 1
$PY -c "
from intelhex import IntelHex
import random
r = random.Random(1); ih = IntelHex()
for i in range(6000): ih[0x27000 + i] = r.randrange(256)
ih.write_hex_file('app.hex')"
$NRFUTIL keys generate key.pem >/dev/null
$NRFUTIL pkg generate --hw-version 52 --sd-req 0xB6 --application-version 1 --application app.hex \
    --key-file key.pem pkg.zip >/dev/null
run() {  # scenario output-suffix nrfutil-verbosity...
    sc=$1; suffix=$2; shift 2
    $PY "$HERE/fake_serial_target.py" "$WORK/tty_$sc" "$sc" 2>/dev/null &
    tp=$!
    i=0; while [ ! -e "$WORK/tty_$sc" ] && [ $i -lt 50 ]; do sleep 0.1; i=$((i+1)); done
    timeout 120 $NRFUTIL "$@" dfu serial -pkg pkg.zip -p "$WORK/tty_$sc" -b 115200 -t 2 >"$OUT/$sc$suffix.txt" 2>&1
    kill $tp 2>/dev/null; wait $tp 2>/dev/null
    rm -f "$WORK/tty_$sc"
}
for sc in sd_req invalid_object op_failed hash no_room success silent; do run $sc ""; done
run sd_req _v -v -v -v
run success _v -v -v -v -v
run hash _v -v -v
