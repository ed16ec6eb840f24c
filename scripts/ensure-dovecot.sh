#!/usr/bin/env bash
# Make sure a Dovecot IMAP server binary is available for the IMAP tests and benches.
# Installs Debian's dovecot-imapd with apt-get when `dovecot` is missing. The tests start their
# own throwaway instances; nothing here starts, stops or configures a system instance.
set -euo pipefail

have_dovecot() {
    command -v dovecot >/dev/null 2>&1 || [ -x /usr/sbin/dovecot ] || [ -x /usr/local/sbin/dovecot ]
}

if have_dovecot; then
    exit 0
fi

if ! command -v apt-get >/dev/null 2>&1; then
    echo "ensure-dovecot: dovecot is missing and apt-get is not available;" \
         "install Dovecot's IMAP server (Debian/Ubuntu package dovecot-imapd) by hand" >&2
    exit 1
fi

SUDO=()
if [ "$(id -u)" -ne 0 ]; then
    if command -v sudo >/dev/null 2>&1; then
        SUDO=(sudo)
    else
        echo "ensure-dovecot: dovecot is missing; installing it needs root (or sudo):" \
             "apt-get install dovecot-imapd" >&2
        exit 1
    fi
fi

echo "ensure-dovecot: installing dovecot-imapd" >&2
${SUDO[@]+"${SUDO[@]}"} apt-get update
${SUDO[@]+"${SUDO[@]}"} env DEBIAN_FRONTEND=noninteractive \
    apt-get install -y --no-install-recommends dovecot-imapd

if ! have_dovecot; then
    echo "ensure-dovecot: dovecot-imapd installed but no dovecot binary found" >&2
    exit 1
fi
