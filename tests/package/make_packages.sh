#!/bin/sh
# Regenerate the DFU package fixtures with Nordic's nrfutil 6.1.7 (the oracle).
#   sh tests/package/make_packages.sh        (from the project root)
# Writes tests/package/fixtures/: keys, packages/*.zip, display/*.txt (`nrfutil pkg display`),
# told.tsv (package name, then the exact nrfutil options it was generated with: the tests read
# the expected values from these options) and bootloader_key_a/bootloader.bin@0x78000 (a bootloader stand-in
# holding key A's public key array, for the key search).  Keys and ECDSA signatures are random:
# a rerun changes the bytes, never what the tests check.
set -eu
NRFUTIL=${NRFUTIL:-/tmp/nrfutil-venv/bin/nrfutil}
PY=${PY:-.venv/bin/python}
HERE=tests/package
FIX=$HERE/fixtures
IMG=$(mktemp -d)
trap 'rm -rf "$IMG"' EXIT
rm -rf "$FIX/packages" "$FIX/display"
mkdir -p "$FIX/packages" "$FIX/display"

"$NRFUTIL" version > "$FIX/nrfutil_version.txt"
for k in a b; do
    [ -f "$FIX/key_$k.pem" ] || "$NRFUTIL" keys generate "$FIX/key_$k.pem" > /dev/null
    "$NRFUTIL" keys display --key pk --format pem "$FIX/key_$k.pem" > "$FIX/key_${k}_pub.pem"
    "$NRFUTIL" keys display --key pk --format code "$FIX/key_$k.pem" > "$FIX/key_${k}_dfu_public_key.c"
done
"$PY" "$HERE/make_images.py" "$IMG" "$FIX/key_a_dfu_public_key.c"
rm -rf "$FIX/bootloader_key_a"; mkdir -p "$FIX/bootloader_key_a"
cp "$IMG/bl.bin" "$FIX/bootloader_key_a/bootloader.bin@0x78000"   # a folder: the name gives the address

printf 'package\tnrfutil options\n' > "$FIX/told.tsv"
gen() {
    name=$1; shift
    "$NRFUTIL" pkg generate "$@" "$FIX/packages/$name.zip" > /dev/null 2>&1
    "$NRFUTIL" pkg display "$FIX/packages/$name.zip" > "$FIX/display/$name.txt"
    # image paths recorded by file name only
    printf '%s\t%s\n' "$name" "$(echo "$*" | sed "s#$IMG/##g; s#$FIX/##g")" >> "$FIX/told.tsv"
}
A="--key-file $FIX/key_a.pem"
B="--key-file $FIX/key_b.pem"
APP="--application $IMG/app.bin"

gen app_signed       $APP --application-version 4 --hw-version 52 --sd-req 0xB7 $A
gen app_unsigned     $APP --application-version 4 --hw-version 52 --sd-req 0xB7
gen app_sdreq_other  $APP --application-version 4 --hw-version 52 --sd-req 0xAF,0xA8 $A
gen app_sdreq_multi  $APP --application-version 4 --hw-version 52 --sd-req 0xAF,0xB7,0x101 $A
gen app_hw51         $APP --application-version 4 --hw-version 51 --sd-req 0xB7 $A
gen app_downgrade    $APP --application-version 2 --hw-version 52 --sd-req 0xB7 $A
gen app_same_version $APP --application-version 3 --hw-version 52 --sd-req 0xB7 $A
gen app_debug        $APP --application-version 1 --hw-version 52 --sd-req 0xB7 --debug-mode $A
gen app_bv_sha256    $APP --application-version 4 --hw-version 52 --sd-req 0xB7 --app-boot-validation VALIDATE_GENERATED_SHA256 $A
gen app_bv_ecdsa     $APP --application-version 4 --hw-version 52 --sd-req 0xB7 --app-boot-validation VALIDATE_ECDSA_P256_SHA256 $A
gen app_key_b        $APP --application-version 4 --hw-version 52 --sd-req 0xB7 $B
gen app_linked_at0   --application "$IMG/app_at0.bin" --application-version 4 --hw-version 52 --sd-req 0xB7 $A
gen app_too_big      --application "$IMG/app_big.bin" --application-version 4 --hw-version 52 --sd-req 0xB7 $A
gen app_landed       --application "$IMG/app_landed.bin" --application-version 3 --hw-version 52 --sd-req 0xB7 $A
gen bl_only          --bootloader "$IMG/bl.bin" --bootloader-version 3 --hw-version 52 --sd-req 0xB7 $A
gen bl_not_newer     --bootloader "$IMG/bl.bin" --bootloader-version 2 --hw-version 52 --sd-req 0xB7 $A
gen sd_only          --softdevice "$IMG/sd.bin" --hw-version 52 --sd-req 0xB7 $A
gen sd_bl_app        --softdevice "$IMG/sd.bin" --bootloader "$IMG/bl.bin" $APP --bootloader-version 3 --application-version 4 --hw-version 52 --sd-req 0xB7 --sd-id 0xAF $A
gen sd_bl_app_bad_sd_id --softdevice "$IMG/sd.bin" --bootloader "$IMG/bl.bin" $APP --bootloader-version 3 --application-version 4 --hw-version 52 --sd-req 0xB7 --sd-id 0xB6 $A
# nrfutil stores members uncompressed; repack the 320 KiB one with deflate (member bytes unchanged)
"$PY" - "$FIX/packages/app_too_big.zip" <<'PYEOF'
import sys, zipfile
path = sys.argv[1]
with zipfile.ZipFile(path) as z:
    members = [(i, z.read(i)) for i in z.infolist()]
with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
    for info, data in members:
        info.compress_type = zipfile.ZIP_DEFLATED
        z.writestr(info, data)
PYEOF
"$PY" "$HERE/derive.py" "$FIX"
echo "fixtures written to $FIX"
