#!/bin/sh
# embed.sh NAME FILE — prints a C source defining `const char NAME[]` (the bytes of FILE)
# and `const unsigned long NAME_len`, so the compiler carries stdlib/ inside its binary.
name=$1 file=$2
printf '/* generated from %s by mk/embed.sh; do not edit */\n' "$file"
printf 'const char %s[] =\n' "$name"
sed -e 's/\\/\\\\/g' -e 's/"/\\"/g' -e 's/^/    "/' -e 's/$/\\n"/' "$file"
printf ';\nconst unsigned long %s_len = sizeof %s - 1;\n' "$name" "$name"
