#!/bin/sh
# html.sh COMPILER OUTDIR — the pages of --emit=borrowck-html (spec 21.8) as a browser
# sees them: three programs' pages are loaded in headless Chromium (in parallel, to stay
# fast), their DOM dumped after the page's script ran, and checked: the loan bars, the
# permission cells, the error markers, the highlight of a loan named in the address
# (#loan=BODY-LOAN, what hovering does), and that the page fetches nothing. Prints
# PASS/FAIL lines like run-one.sh; without Chromium (Debian package `chromium`, which
# `make test` installs when run as root), one SKIP note.
compiler=$1 out=$2/html
dir=$(cd "$(dirname "$0")" && pwd)
mkdir -p "$out"
browser=$(command -v chromium || command -v chromium-browser)
if [ -z "$browser" ]; then
    echo "SKIP html: no chromium (apt-get install chromium): --emit=borrowck-html not checked"
    exit 0
fi
programs="e0502-push-while-shared disjoint-fields closure-captures-mutably"
for p in $programs; do
    "$compiler" "$dir/borrowck-emit/$p.rs" --emit=borrowck-html="$out/$p.html" \
        > /dev/null 2>&1 < /dev/null
done
# each load in its own profile; the first page with loan 3 of body 0 highlighted
for p in $programs; do
    hash=""
    [ "$p" = e0502-push-while-shared ] && hash="#loan=0-3"
    timeout 60 "$browser" --headless --no-sandbox --disable-gpu --no-first-run \
        --disable-extensions --disable-background-networking --disable-component-update \
        --disable-sync --disable-dev-shm-usage --user-data-dir="$out/profile-$p" \
        --dump-dom "file://$out/$p.html$hash" > "$out/$p.dom" 2> "$out/$p.browser-err" &
done
wait

# check NAME PAGE LINE TEXT...: the DOM's row of source line LINE (every row when LINE is
# -) holds each TEXT
check() {
    name=$1 page=$2 line=$3; shift 3
    if [ "$line" = - ]; then row=$(cat "$out/$page.dom")
    else row=$(grep "<tr [^>]*data-line=\"$line\"" "$out/$page.dom"); fi
    for want in "$@"; do
        case $row in
            *"$want"*) ;;
            *) echo "FAIL html/$name"; echo "    $page.html line $line lacks: $want"
               printf '%s\n' "$row" | head -3 | cut -c1-300 | sed 's/^/    /'
               return ;;
        esac
    done
    echo "PASS html/$name"
}
# the script ran: it marks the page ready and titles each bar with its loan
check script-ran e0502-push-while-shared - 'data-ready="yes"' 'data-loan="3" title="d shared v'
check self-contained-page e0502-push-while-shared - '<style>'
if grep -q 'src=\|href=\|https\?://\|@import' "$out/"*.html; then
    echo "FAIL html/no-network"; echo "    a page refers to something outside itself"
else echo "PASS html/no-network"; fi
# E0502: the shared loan d of `v` (line 6) conflicts with the push on line 8, later used on 9
check error-marker e0502-push-while-shared 8 'class="line has-error' 'err-mark'
check error-block e0502-push-while-shared - 'data-error="E0502" data-line="8" data-loan="3"'
check conflict-bar e0502-push-while-shared 8 'class="bar conflict c3" data-loan="3"'
check live-bar-through-blank-line e0502-push-while-shared 7 'class="bar live c3" data-loan="3"'
check permissions-before-loan e0502-push-while-shared 6 'data-path="v" data-perm="RWO"'
check permissions-shared-loan e0502-push-while-shared 8 'data-path="v" data-perm="R"' \
    'data-path="first" data-perm="RO"'
check highlight-created e0502-push-while-shared 6 'class="line hl-used hl-created"' \
    'class="bar created c3" data-loan="3"'
check highlight-used-and-end e0502-push-while-shared 9 'class="line hl-used hl-end"'
# two loans of disjoint fields live together; the struct has no permission while they live
check disjoint-bars disjoint-fields 12 'class="bar live c0" data-loan="0"' \
    'class="bar live c1" data-loan="1"'
check disjoint-permissions disjoint-fields 12 'data-path="p" data-perm=""' \
    'data-path="x" data-perm="RO"'
check disjoint-permissions-back disjoint-fields 14 'data-path="p" data-perm="RWO"'
# the closure's mutable loan of `n` takes every permission until the closure's last call
check closure-loan closure-captures-mutably 6 'class="bar live c0" data-loan="0"' \
    'data-path="n" data-perm=""'
check closure-loan-ended closure-captures-mutably 8 'data-path="n" data-perm="RWO"'
check closure-body-section closure-captures-mutably - '<h2>closure at line 5</h2>'
