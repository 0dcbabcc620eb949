# Sourced by the install.sh scripts under tools/ (not run on its own): installs Debian packages
# with apt-get, as root or through sudo. The sourcing script defines say() for its messages.
#
# usage: apt_install PACKAGE...

apt_install() {
  local sudo
  if [ "$(id -u)" -eq 0 ]; then
    sudo=()
  elif command -v sudo >/dev/null 2>&1; then
    sudo=(sudo)
  else
    say "need root (or sudo) to apt-get install $*" >&2
    exit 1
  fi
  say "installing Debian packages $* (apt-get update, apt-get install)"
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -q
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "$@"
}
