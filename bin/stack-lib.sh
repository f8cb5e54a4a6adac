# Shared functions of bin/start, bin/stop and bin/status: the embedded default stack of ChildProtect
# (MongoDB-wire server, Kafka, Keycloak and the four services as plain local processes, all on 127.0.0.1).
# Sourced, never run. Run-time state lives in .stack/: logs/<name>.log, pids/<name>.pid, data/, dist/, kafka/.
# shellcheck shell=bash
# shellcheck disable=SC2034 # the settings below are read by the scripts that source this file

STACK_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
STACK_DIR="$STACK_ROOT/.stack"
LOG_DIR="$STACK_DIR/logs"
PID_DIR="$STACK_DIR/pids"
DATA_DIR="$STACK_DIR/data"
KEYCLOAK_VERSION="26.7.3"
KEYCLOAK_HOME="$STACK_DIR/dist/keycloak-$KEYCLOAK_VERSION"
KAFKA_LIB="$STACK_DIR/kafka/lib"
PROJECT_VERSION="0.1.0-SNAPSHOT"
GATEWAY_URL="http://localhost:8080"
KEYCLOAK_URL="http://localhost:8180"
REALM_URL="http://127.0.0.1:8180/realms/childprotect"

# Start order; bin/stop goes the other way.
ALL_COMPONENTS=(mongo kafka keycloak case referral reporting gateway)
INFRA_COMPONENTS=(mongo kafka keycloak)
SERVICE_COMPONENTS=(case referral reporting gateway)

# Keycloak is only ever built with these options; a different list forces a rebuild.
KEYCLOAK_BUILD_OPTIONS=(--db=dev-file --health-enabled=true)

# ---------------------------------------------------------------------------------------------------- messages

info() { printf '%s\n' "$*"; }
warn() { printf 'WARNING: %s\n' "$*" >&2; }
die() {
  printf 'ERROR: %s\n' "$*" >&2
  exit 1
}

# Seconds since an $EPOCHREALTIME reading, one decimal.
elapsed_since() {
  local start="$1" now="$EPOCHREALTIME"
  awk -v a="$start" -v b="$now" 'BEGIN { printf "%.1f", b - a }'
}

# ---------------------------------------------------------------------------------------------------- components

# Accepts the short names and the module names (case-service, mongodb, ...).
canonical_component() {
  case "$1" in
    mongo | mongodb | mongo-wire | mongo-wire-server) echo mongo ;;
    kafka) echo kafka ;;
    keycloak) echo keycloak ;;
    case | case-service) echo case ;;
    referral | referral-service) echo referral ;;
    reporting | reporting-service) echo reporting ;;
    gateway) echo gateway ;;
    *) return 1 ;;
  esac
}

is_service() {
  case "$1" in case | referral | reporting | gateway) return 0 ;; *) return 1 ;; esac
}

# Maven module that holds the component's executable jar (services and the MongoDB-wire server).
component_module() {
  case "$1" in
    mongo) echo mongo-wire-server ;;
    case | referral | reporting) echo "$1-service" ;;
    gateway) echo gateway ;;
  esac
}

component_jar() {
  local module
  module="$(component_module "$1")"
  echo "$STACK_ROOT/$module/target/$module-$PROJECT_VERSION.jar"
}

# Every port the component listens on (all checked before anything starts).
component_ports() {
  case "$1" in
    mongo) echo 27017 ;;
    kafka) echo 9092 9093 ;;
    keycloak) echo 8180 9000 ;;
    case) echo 8081 ;;
    referral) echo 8082 ;;
    reporting) echo 8083 ;;
    gateway) echo 8080 ;;
  esac
}

# Text found in the command line of the component's process: guards against a recycled PID in a stale pid file.
component_marker() {
  case "$1" in
    mongo) echo "mongo-wire-server-$PROJECT_VERSION.jar" ;;
    kafka) echo "kafka.Kafka" ;;
    keycloak) echo "keycloak-$KEYCLOAK_VERSION" ;;
    *) echo "$(component_module "$1")-$PROJECT_VERSION.jar" ;;
  esac
}

component_label() {
  case "$1" in
    mongo) echo "MongoDB-wire server" ;;
    kafka) echo "Kafka" ;;
    keycloak) echo "Keycloak" ;;
    case | referral | reporting) echo "$1-service" ;;
    gateway) echo "gateway" ;;
  esac
}

pid_file() { echo "$PID_DIR/$1.pid"; }
log_file() { echo "$LOG_DIR/$1.log"; }

# ---------------------------------------------------------------------------------------------------- processes

# Prints the PID of the running component, or fails. Every component runs in its own process group (setsid),
# whose id is the recorded PID.
running_pid() {
  local file pid
  file="$(pid_file "$1")"
  [[ -f "$file" ]] || return 1
  pid="$(<"$file")"
  [[ "$pid" =~ ^[0-9]+$ ]] || return 1
  kill -0 "$pid" 2>/dev/null || return 1
  tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null | grep -qF -- "$(component_marker "$1")" || return 1
  echo "$pid"
}

is_running() { running_pid "$1" >/dev/null; }

# True while any process of the component's session is alive (Keycloak's kc.sh runs java as a child). Zombies do
# not count: they hold no port, and an orphan's zombie lingers until init gets round to reaping it.
# shellcheck disable=SC2009 # pgrep cannot leave out zombies
group_alive() { ps -o stat= --sid "$1" 2>/dev/null | grep -qv '^Z'; }

remove_stale_pid_file() {
  local file
  file="$(pid_file "$1")"
  if [[ -f "$file" ]] && ! is_running "$1"; then
    rm -f "$file"
  fi
}

# Resident memory of the component's whole process group, in MB.
component_rss_mb() {
  local pid="$1"
  ps -o rss= --sid "$pid" 2>/dev/null | awk '{ sum += $1 } END { printf "%d", sum / 1024 }'
}

# Starts "$@" detached in its own session and process group, stdout+stderr to the component's log (the previous
# log is kept as <name>.log.1), and records the PID.
launch() {
  local name="$1"
  shift
  local log
  log="$(log_file "$name")"
  mkdir -p "$LOG_DIR" "$PID_DIR"
  [[ -f "$log" ]] && mv -f "$log" "$log.1"
  # Without job control the child is no group leader, so setsid execs in place and $! is the component's PID.
  set +m
  setsid "$@" >"$log" 2>&1 </dev/null &
  echo $! >"$(pid_file "$name")"
}

# SIGTERM to the process group, up to $2 seconds (default 20) for a clean shutdown, then SIGKILL.
stop_component() {
  local name="$1" grace="${2:-20}" pid started waited=0
  if ! pid="$(running_pid "$name")"; then
    remove_stale_pid_file "$name"
    return 1
  fi
  started="$EPOCHREALTIME"
  kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true
  while group_alive "$pid" && ((waited < grace * 5)); do
    sleep 0.2
    waited=$((waited + 1))
  done
  if group_alive "$pid"; then
    warn "$(component_label "$name") (pid $pid) did not stop within ${grace} s of SIGTERM: killing it"
    kill -KILL -- "-$pid" 2>/dev/null || true
    while group_alive "$pid"; do sleep 0.2; done
  fi
  rm -f "$(pid_file "$name")"
  info "stopped $(component_label "$name") (pid $pid) in $(elapsed_since "$started") s"
}

# ---------------------------------------------------------------------------------------------------- ports

port_in_use() {
  local port="$1"
  if command -v ss >/dev/null; then
    [[ -n "$(ss -Hltn "sport = :$port" 2>/dev/null)" ]]
  else
    (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null
  fi
}

# "pid 1234 (java)" of whatever listens on the port, when the system tells us.
port_owner() {
  local port="$1" pid=""
  if command -v ss >/dev/null; then
    pid="$(ss -Hltnp "sport = :$port" 2>/dev/null | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2)"
  fi
  if [[ -z "$pid" ]] && command -v lsof >/dev/null; then
    pid="$(lsof -nP -t -iTCP:"$port" -sTCP:LISTEN 2>/dev/null | head -1)"
  fi
  if [[ -n "$pid" ]]; then
    echo "pid $pid: $(ps -o comm= -p "$pid" 2>/dev/null || echo unknown)"
  else
    echo "pid unknown"
  fi
}

# Fails, naming every conflict at once, if a port of the given components is taken.
check_ports_free() {
  local name port conflicts=()
  for name in "$@"; do
    for port in $(component_ports "$name"); do
      if port_in_use "$port"; then
        conflicts+=("port $port is in use by another process ($(port_owner "$port")); $(component_label "$name") needs it")
      fi
    done
  done
  if ((${#conflicts[@]} > 0)); then
    printf 'ERROR: %s\n' "${conflicts[@]}" >&2
    die "nothing was started; free the port(s) above (or stop the other stack) and run bin/start again"
  fi
}

# ---------------------------------------------------------------------------------------------------- readiness

probe_tcp() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# A Kafka ApiVersions request (v0, correlation id 7) answered with error code 0: the broker serves requests, which
# it only does once it is unfenced, not merely when its port is bound.
probe_kafka() {
  local reply
  reply="$(
    exec 2>/dev/null
    exec 3<>/dev/tcp/127.0.0.1/9092 || exit 1
    printf '\x00\x00\x00\x0a\x00\x12\x00\x00\x00\x00\x00\x07\xff\xff' >&3
    timeout 2 head -c 10 <&3 | od -An -tx1 | tr -d ' \n'
  )" || return 1
  [[ "$reply" == ????????000000070000 ]]
}

probe_http_ok() { [[ "$(curl -s -o /dev/null -m 3 -w '%{http_code}' "$1" 2>/dev/null)" == 200 ]]; }

# Readiness group when the service exposes it, otherwise the overall health.
probe_service() {
  local port="$1" body
  body="$(curl -s -m 3 "http://127.0.0.1:$port/actuator/health/readiness" 2>/dev/null)" || return 1
  if [[ "$body" != *'"status"'* ]]; then
    body="$(curl -s -m 3 "http://127.0.0.1:$port/actuator/health" 2>/dev/null)" || return 1
  fi
  [[ "$body" == *'"status":"UP"'* ]]
}

probe_component() {
  case "$1" in
    mongo) probe_tcp 27017 ;;
    kafka) probe_kafka ;;
    keycloak) probe_http_ok "$REALM_URL/.well-known/openid-configuration" ;;
    *) probe_service "$(component_ports "$1")" ;;
  esac
}

component_timeout() {
  local default
  case "$1" in
    mongo) default=60 ;;
    kafka) default=90 ;;
    *) default=300 ;;
  esac
  echo "${CHILDPROTECT_START_TIMEOUT:-$default}"
}

# Waits until the component answers its readiness probe; fails naming the component and its log when the process
# dies or the timeout passes.
wait_ready() {
  local name="$1" started="$2" pid timeout log deadline
  pid="$(<"$(pid_file "$name")")"
  timeout="$(component_timeout "$name")"
  log="$(log_file "$name")"
  deadline=$((SECONDS + timeout))
  until probe_component "$name"; do
    if ! kill -0 "$pid" 2>/dev/null; then
      show_log_tail "$log"
      die "$(component_label "$name") exited during start-up; see $log"
    fi
    if ((SECONDS >= deadline)); then
      show_log_tail "$log"
      die "$(component_label "$name") was not ready after ${timeout} s; see $log"
    fi
    sleep 0.5
  done
  info "  $(printf '%-20s' "$(component_label "$name")") ready in $(elapsed_since "$started") s  (pid $pid)"
}

show_log_tail() {
  [[ -f "$1" ]] || return 0
  printf -- '----- last lines of %s -----\n' "$1" >&2
  tail -n 25 "$1" >&2
  printf -- '-----\n' >&2
}

# ---------------------------------------------------------------------------------------------------- tools

require_command() {
  command -v "$1" >/dev/null || die "'$1' is not installed or not on the PATH: $2"
}

require_java_17() {
  require_command java "install a JDK 17 or newer (Debian: apt-get install openjdk-17-jdk-headless)"
  local version
  version="$(java -version 2>&1 | awk -F'"' '/version/ { print $2; exit }')"
  if ! [[ "${version%%.*}" =~ ^[0-9]+$ ]] || ((${version%%.*} < 17)); then
    die "Java 17 or newer is needed, found '${version:-unknown}' ($(command -v java))"
  fi
}
