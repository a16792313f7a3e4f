# common.sh — sourced by the tests/cli/*.sh scenarios (not a test itself: no .exp).
# Gives T, a temporary folder removed at exit; norm, which replaces the temp folder by TMP and the
# interpreter's name (with any directory) by PROG; and show CMD..., which runs CMD and prints its
# normalised stdout, stderr and exit status. The scenario sets PY and PY_NAME (tests/run.sh does).
T=$(mktemp -d) && T=$(cd "$T" && pwd -P) || exit 1
trap 'rm -rf "$T"' EXIT
# norm: temp dir -> TMP, interpreter name (with any directory) -> PROG
norm() { sed -e "s#$T#TMP#g" -e "s#[^ '\"]*/$PY_NAME\\b#PROG#g" -e "s#\\b$PY_NAME\\b#PROG#g"; }
# show CMD...: run CMD; print its normalised stdout, stderr and exit status
show() {
    "$@" >"$T/.out" 2>"$T/.err"
    local rc=$? s
    for s in out err; do
        echo "[std$s]"
        norm <"$T/.$s"
        if [ -s "$T/.$s" ] && [ -n "$(tail -c1 "$T/.$s")" ]; then echo; echo "[no newline at end]"; fi
    done
    echo "[exit $rc]"
}
