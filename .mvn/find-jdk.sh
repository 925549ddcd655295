# Sourced by ./mvnw, ./issa and .ci/run (POSIX sh; works under set -euf).
# issa_find_jdk prints the home of a JDK (java and javac) whose major version is >= 21:
#   1. $JAVA_HOME, if it qualifies;
#   2. the java on PATH (its home found through readlink -f);
#   3. the usual folders, highest version first.
# Prints a message on stderr and returns 1 when there is none.

ISSA_MIN_JAVA=21

# issa_java_major HOME: prints the major version of HOME/bin/java (8 for "1.8.0_x"), or fails.
issa_java_major() {
    [ -x "$1/bin/java" ] || return 1
    _ijm_v=$("$1/bin/java" -version 2>&1 | sed -n 's/^[^"]* version "\([^"]*\)".*/\1/p' | head -n 1)
    case "$_ijm_v" in
        1.*) _ijm_v=${_ijm_v#1.} ;;
        '') return 1 ;;
    esac
    _ijm_v=${_ijm_v%%[!0-9]*}
    [ -n "$_ijm_v" ] || return 1
    echo "$_ijm_v"
}

# issa_is_jdk HOME: true when HOME has java and javac and java's major version is >= 21.
issa_is_jdk() {
    [ -n "$1" ] && [ -x "$1/bin/javac" ] || return 1
    _iij_m=$(issa_java_major "$1") || return 1
    [ "$_iij_m" -ge "$ISSA_MIN_JAVA" ]
}

issa_find_jdk() {
    if issa_is_jdk "${JAVA_HOME-}"; then
        echo "$JAVA_HOME"
        return 0
    fi
    _ifj_java=$(command -v java 2>/dev/null || true)
    if [ -n "$_ifj_java" ]; then
        _ifj_home=$(readlink -f "$_ifj_java" 2>/dev/null || echo "$_ifj_java")
        _ifj_home=$(dirname "$(dirname "$_ifj_home")")
        if issa_is_jdk "$_ifj_home"; then
            echo "$_ifj_home"
            return 0
        fi
    fi
    # The usual folders; the callers may run with globbing off (mvnw uses set -f).
    case $- in *f*) _ifj_noglob=1; set +f ;; *) _ifj_noglob= ;; esac
    _ifj_best= _ifj_best_major=0
    for _ifj_home in /usr/lib/jvm/* /opt/java/* /opt/jdk* \
        /Library/Java/JavaVirtualMachines/*/Contents/Home "${HOME-}/.sdkman/candidates/java/"*; do
        [ -d "$_ifj_home" ] && [ -x "$_ifj_home/bin/javac" ] || continue
        _ifj_major=$(issa_java_major "$_ifj_home") || continue
        if [ "$_ifj_major" -ge "$ISSA_MIN_JAVA" ] && [ "$_ifj_major" -gt "$_ifj_best_major" ]; then
            _ifj_best=$_ifj_home _ifj_best_major=$_ifj_major
        fi
    done
    [ -z "$_ifj_noglob" ] || set -f
    if [ -n "$_ifj_best" ]; then
        echo "$_ifj_best"
        return 0
    fi
    echo "ISSA needs a JDK 21 or newer; found none in JAVA_HOME, PATH or /usr/lib/jvm." \
        "Install one, e.g. apt-get install openjdk-21-jdk or temurin-21-jdk" >&2
    return 1
}
