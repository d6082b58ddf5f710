#!/usr/bin/env bash
# Regenerate the nrfutil oracle fixtures in tests/nrf5_settings/oracle/ (run from anywhere).
#
# Nordic's nrfutil (pc-nrfutil 6.1.7) writes settings pages and init packets; dfuforensics must
# read back every value given to it.  The outputs are committed, so the tests never need nrfutil.
#
#   NRFUTIL=/tmp/nrfutil-venv/bin/nrfutil PY=.venv/bin/python tests/nrf5_settings/make_oracle.sh
#
# ECDSA signatures are randomised: a rerun changes the signature bytes (and CRCs over them) of the
# ECDSA variants; the tests verify those signatures with oracle/key.pem instead of comparing bytes.
set -euo pipefail

HERE="$(cd "$(dirname "$0")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
NRFUTIL="${NRFUTIL:-/tmp/nrfutil-venv/bin/nrfutil}"
PY="${PY:-$ROOT/.venv/bin/python}"
OUT="$HERE/oracle"

rm -rf "$OUT"
mkdir -p "$OUT"
cd "$OUT"

# Inputs: an application image, and a SoftDevice image (MBR page + SD with a valid info structure:
# magic 0x51B1E5DB at 0x3004, size at 0x3008, FWID at 0x300C; reference nrf5-sdk.md §2.3).
"$PY" - <<'EOF'
import random
import struct

from intelhex import IntelHex

rnd = random.Random(20240521)
app = IntelHex()
app.frombytes(bytes(rnd.randrange(256) for _ in range(5000)), offset=0x26000)
app.write_hex_file("app.hex")

sd = IntelHex()
sd.frombytes(bytes(rnd.randrange(256) for _ in range(0x1000)), offset=0x0)  # stands in for the MBR
body = bytearray(rnd.randrange(256) for _ in range(0x3000))
struct.pack_into("<III", body, 0x2004, 0x51B1E5DB, 0x4000, 0x0101)
sd.frombytes(bytes(body), offset=0x1000)
sd.write_hex_file("sd.hex")
EOF
"$NRFUTIL" keys generate key.pem >/dev/null

# Package-level init packets (for the init packet decoder).
"$NRFUTIL" pkg generate --hw-version 52 --sd-req 0x101,0xB6 --application app.hex \
    --application-version 7 --app-boot-validation VALIDATE_ECDSA_P256_SHA256 --key-file key.pem \
    pkg_signed.zip >/dev/null
"$NRFUTIL" pkg generate --hw-version 52 --sd-req 0xFFFE --application app.hex \
    --application-version 65537 --debug-mode pkg_unsigned.zip >/dev/null 2>&1
for p in pkg_signed pkg_unsigned; do
    "$PY" -c "import sys, zipfile; z = zipfile.ZipFile(sys.argv[1]); open(sys.argv[2], 'wb').write(z.read('app.dat'))" \
        "$p.zip" "$p.dat"
    "$NRFUTIL" pkg display "$p.zip" > "$p.display.txt"
    rm "$p.zip"
done

MANIFEST_LINES="$OUT/manifest.jsonl"
: > "$MANIFEST_LINES"

# gen ID FAMILY SETTINGS_VERSION APP_VERSION BL_VERSION APP_VAL SD_VAL SOFTDEVICE BACKUP [APP]
#   APP_VAL/SD_VAL: a boot validation type or "-"; SOFTDEVICE: yes/no; BACKUP: default, none or an address
gen() {
    local id="$1" family="$2" sv="$3" appver="$4" blver="$5" appval="$6" sdval="$7" sd="$8" backup="$9"
    local app="${10:-yes}"
    local cmd=("$NRFUTIL" settings generate --family "$family" --bootloader-version "$blver"
               --bl-settings-version "$sv")
    if [ "$app" = yes ]; then cmd+=(--application app.hex --application-version "$appver"); fi
    if [ "$appval" != - ]; then cmd+=(--app-boot-validation "$appval"); fi
    if [ "$sdval" != - ]; then cmd+=(--sd-boot-validation "$sdval"); fi
    if [ "$sd" = yes ]; then cmd+=(--softdevice sd.hex); fi
    case "$appval$sdval" in *ECDSA*) cmd+=(--key-file key.pem) ;; esac
    case "$backup" in
        default) ;;
        none) cmd+=(--no-backup) ;;
        *) cmd+=(--backup-address "$backup") ;;
    esac
    cmd+=("$id.hex")
    "${cmd[@]}" > /dev/null
    "$NRFUTIL" settings display "$id.hex" > "$id.display.txt"
    "$PY" - "$id" "$family" "$sv" "$appver" "$blver" "$appval" "$sdval" "$sd" "$backup" "$app" \
        "${cmd[@]}" >> "$MANIFEST_LINES" <<'EOF'
import json
import sys

a = sys.argv[1:]
cmd = a[10:]
cmd[0] = "nrfutil"
print(json.dumps({
    "id": a[0], "family": a[1], "bl_settings_version": int(a[2]),
    "application": "app.hex" if a[9] == "yes" else None,
    "application_version": int(a[3]) if a[9] == "yes" else None,
    "bootloader_version": int(a[4]),
    "app_boot_validation": None if a[5] == "-" else a[5],
    "sd_boot_validation": None if a[6] == "-" else a[6],
    "softdevice": "sd.hex" if a[7] == "yes" else None,
    "backup": a[8], "key_file": "key.pem" if "--key-file" in cmd else None,
    "output": a[0] + ".hex", "display": a[0] + ".display.txt", "command": cmd,
}, sort_keys=True))
EOF
}

declare -A BACKUP_ALT=([NRF51]=0x3E000 [NRF52]=0x7D000 [NRF52QFAB]=0x3D000 [NRF52810]=0x2D000 [NRF52840]=0xFD000)
n=0
for fam in NRF51 NRF52 NRF52QFAB NRF52810 NRF52840; do
    f="${fam,,}"
    n=$((n + 1))
    gen "${f}_v1_app"            "$fam" 1 $((n * 3))      1  -                          -                          no  default
    gen "${f}_v1_nobackup"       "$fam" 1 $((n * 3 + 1))  2  -                          -                          no  none
    gen "${f}_v1_blonly"         "$fam" 1 0               3  -                          -                          no  default no
    gen "${f}_v2_noval_custbk"   "$fam" 2 $((n * 100))    4  NO_VALIDATION              -                          no  "${BACKUP_ALT[$fam]}"
    gen "${f}_v2_crc_sd"         "$fam" 2 $((n * 100 + 1)) 5 VALIDATE_GENERATED_CRC     VALIDATE_GENERATED_CRC     yes default
    gen "${f}_v2_sha256_sd"      "$fam" 2 $((n * 100 + 2)) 6 VALIDATE_GENERATED_SHA256  VALIDATE_GENERATED_SHA256  yes default
    gen "${f}_v2_ecdsa_sd"       "$fam" 2 $((n * 100 + 3)) 7 VALIDATE_ECDSA_P256_SHA256 VALIDATE_ECDSA_P256_SHA256 yes default
    gen "${f}_v2_crc_nobackup"   "$fam" 2 4294967295      8  VALIDATE_GENERATED_CRC     -                          no  none
done

"$PY" - <<'EOF'
import json

rows = [json.loads(line) for line in open("manifest.jsonl")]
with open("manifest.json", "w") as fh:
    json.dump({"tool": "nrfutil 6.1.7 (pc-nrfutil)", "inputs": {"application": "app.hex",
               "softdevice": "sd.hex", "key_file": "key.pem (a throwaway test key)"},
               "packages": ["pkg_signed.dat", "pkg_unsigned.dat"], "variants": rows}, fh, indent=1,
              sort_keys=True)
    fh.write("\n")
EOF
rm "$MANIFEST_LINES" temp_sd_file.hex 2>/dev/null || true
echo "wrote $(ls "$OUT"/*.hex | wc -l) hex files to $OUT"
