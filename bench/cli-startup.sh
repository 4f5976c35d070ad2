#!/usr/bin/env bash
# How long the headless commands take to answer, from ./smartmat and from the installed launcher, as a multiple of a
# bare `java -version` measured in the same run (the ratio is what compares across machines and loads).
#
#   bench/cli-startup.sh [--runs N] [--data-dir DIR] [--date DATE] [--launcher PATH]...
#
#   --runs N        measured runs of each command (default 7; one warm-up run each is not counted)
#   --data-dir DIR  the kitchen to run them on (default: the demo kitchen, made once in a temporary folder)
#   --date DATE     the day for `slots --date` (default 2026-11-24, a day of the demo kitchen)
#   --launcher P    a launcher to measure (repeatable). Default: ./smartmat, and the installed one if there is one:
#                   installer/target/dist/Smart Mat Console/bin/smartmat (./smartmat package --app-image) and
#                   /opt/smartmat-console/bin/smartmat (the .deb)
#
# Runs go in turn (java -version, then each command, then again), and each command's ratio is taken against the
# java -version of the same round, so a machine that gets busier half-way moves both. Medians are printed: one slow
# or lucky run does not move them; min-max shows the spread. Wall time from bash's own clock, no tool needed.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
RUNS=7
DATA=""
DATE="2026-11-24"
LAUNCHERS=()
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) RUNS="$2"; shift 2 ;;
    --data-dir) DATA="$2"; shift 2 ;;
    --date) DATE="$2"; shift 2 ;;
    --launcher) LAUNCHERS+=("$2"); shift 2 ;;
    -h|--help) sed -n '2,18p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "cli-startup: unknown argument $1 (see --help)" >&2; exit 2 ;;
  esac
done

if [ ${#LAUNCHERS[@]} -eq 0 ]; then
  LAUNCHERS=("$ROOT/smartmat")
  image="$ROOT/installer/target/dist/Smart Mat Console/bin/smartmat"
  [ -x "$image" ] && LAUNCHERS+=("$image")
  [ -x /opt/smartmat-console/bin/smartmat ] && LAUNCHERS+=(/opt/smartmat-console/bin/smartmat)
fi

# ./smartmat builds what is missing and prints the JDK it runs; this also makes sure the build is done before timing.
"$ROOT/smartmat" --version >/dev/null
JAVA="$(sed -n 's/^Java: *[^(]*(.*, \(.*\))$/\1/p' <<<"$("$ROOT/smartmat" --lang en --version)")/bin/java"
[ -x "$JAVA" ] || { echo "cli-startup: cannot tell which java ./smartmat runs" >&2; exit 1; }

if [ -z "$DATA" ]; then
  DATA="$(mktemp -d)/kitchen"
  trap 'rm -rf "$(dirname "$DATA")"' EXIT
  echo "cli-startup: making the demo kitchen in $DATA (a minute) ..." >&2
  "$ROOT/smartmat" --data-dir "$DATA" demo --date 2026-11-23 >/dev/null
fi

COMMANDS=("--version" "info" "slots --date $DATE" "haccp status")

now() { echo "${EPOCHREALTIME/[.,]/}"; }   # microseconds, without starting a process

time_once() { # prints the wall time of "$@" in microseconds; fails loudly if the command fails
  local start end
  start="$(now)"
  "$@" >/dev/null 2>&1 || { echo "cli-startup: failed: $*" >&2; exit 1; }
  end="$(now)"
  echo $((end - start))
}

median() { sort -n | awk '{v[NR]=$1} END {printf "%s %s %s", v[int((NR+1)/2)], v[1], v[NR]}'; }

declare -A walls ratios
java_walls=()
for launcher in "${LAUNCHERS[@]}"; do
  for c in "${COMMANDS[@]}"; do read -r -a args <<<"$c"; "$launcher" --data-dir "$DATA" "${args[@]}" >/dev/null 2>&1 || true; done
done
"$JAVA" -version >/dev/null 2>&1

echo "cli-startup: $RUNS rounds of ${#COMMANDS[@]} commands x ${#LAUNCHERS[@]} launchers, load $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || echo '?')" >&2
for ((i = 1; i <= RUNS; i++)); do
  base="$(time_once "$JAVA" -version)"
  java_walls+=("$base")
  for launcher in "${LAUNCHERS[@]}"; do
    for c in "${COMMANDS[@]}"; do
      read -r -a args <<<"$c"
      t="$(time_once "$launcher" --data-dir "$DATA" "${args[@]}")"
      walls["$launcher|$c"]+="$t "
      ratios["$launcher|$c"]+="$(awk -v a="$t" -v b="$base" 'BEGIN {printf "%.2f", a / b}') "
    done
  done
done

read -r jm jmin jmax <<<"$(printf '%s\n' "${java_walls[@]}" | median)"
printf '\n%-58s %10s %14s %18s\n' "command (median of $RUNS)" "wall s" "x java -version" "ratio min-max"
printf '%-58s %10.3f %14s %18s\n' "java -version ($JAVA)" "$(awk -v v="$jm" 'BEGIN {print v / 1e6}')" "1.0" "-"
for launcher in "${LAUNCHERS[@]}"; do
  for c in "${COMMANDS[@]}"; do
    read -r wm _ _ <<<"$(tr ' ' '\n' <<<"${walls["$launcher|$c"]}" | grep . | median)"
    read -r rm rmin rmax <<<"$(tr ' ' '\n' <<<"${ratios["$launcher|$c"]}" | grep . | median)"
    name="${launcher/#$ROOT\//./}"
    printf '%-58s %10.3f %14s %18s\n' "$name $c" "$(awk -v v="$wm" 'BEGIN {print v / 1e6}')" "$rm" "$rmin-$rmax"
  done
done
