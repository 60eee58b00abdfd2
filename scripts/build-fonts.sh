#!/usr/bin/env bash
# Rebuilds the self-hosted Arabic font files in src/app/fonts/ from Debian's Noto Naskh Arabic
# (package fonts-noto-core, version 2.004): an Arabic subset, woff2, regular and bold.
#
# Why this build and not @fontsource's (2.021): that newer build draws every dotted letter as a
# dotless body plus separate dot glyphs placed by GPOS mark attachment, and WebKit (WebKitGTK
# 2.50, checked by tests/e2e/engines/font-marks.test.ts) draws those dots displaced from their
# letters. Debian's build has each letter form with its dots in one outline; only real marks
# (harakat, hamza) go through GPOS, and WebKit places those right.
#
# Needs: apt-get install fonts-noto-core python3-fonttools python3-brotli.
# The output is committed; run this only to change the subset: `npm run fonts`.
set -euo pipefail
cd "$(dirname "$0")/.."

SRC=${NOTO_NASKH_DIR:-/usr/share/fonts/truetype/noto}
OUT=src/app/fonts
# Arabic, Arabic Supplement, Extended-A, presentation forms, joiners and marks, plus the
# characters the article sets among Arabic words: space, no-break space, Western digits,
# . , : ! and guillemets (keep in step with unicode-range in src/app/fonts.css).
UNICODES="U+0600-06FF,U+0750-077F,U+08A0-08FF,U+FB50-FDFF,U+FE70-FEFC,U+200C-200F,U+0020-0021,U+002C,U+002E,U+0030-003A,U+00A0,U+00AB,U+00BB"

for weight in 400:Regular 700:Bold; do
  /usr/bin/env python3 -m fontTools.subset "$SRC/NotoNaskhArabic-${weight#*:}.ttf" \
    --unicodes="$UNICODES" --layout-features='*' --no-hinting --flavor=woff2 \
    --output-file="$OUT/noto-naskh-arabic-arabic-${weight%%:*}-normal.woff2"
done
ls -l "$OUT"/*.woff2
