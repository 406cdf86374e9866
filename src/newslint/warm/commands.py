"""`newslint daemon start|status|stop`: the warm check daemon's commands, beside the full
command line's others (`newslint.cli`)."""

from __future__ import annotations

import click

from newslint.launch import user_errors


@click.group()
def daemon() -> None:
    """The warm check daemon: a process that answers `newslint check` without importing and
    building everything on each run (opt-in; POSIX)."""


@daemon.command("start")
@click.option(
    "--idle", type=click.FloatRange(min=1), default=3600, show_default=True,
    help="Seconds without a request after which the daemon leaves by itself.",
)  # fmt: skip
@user_errors
def daemon_start(idle: float) -> None:
    """Start the check daemon for this user and install (harmless when one runs)."""
    from newslint.warm.control import start

    facts, new = start(idle)
    state = "started" if new else "already running"
    click.echo(
        f"newslint: check daemon {state} (pid {facts['pid']}, idle timeout {facts['idle']:g} s)"
    )
    _say_when_unused()


@daemon.command("status")
@user_errors
def daemon_status() -> None:
    """Say whether a check daemon runs for this install (exit 1 when none)."""
    from newslint.launch import daemon_socket
    from newslint.warm.control import status

    facts = status()
    if facts is None:
        click.echo(f"newslint: no check daemon for this install ({daemon_socket()})")
        raise SystemExit(1)
    click.echo(
        f"newslint: check daemon running (pid {facts['pid']}, newslint {facts['version']}, "
        f"install {facts['install']}, up {facts['up']:g} s, idle timeout {facts['idle']:g} s, "
        f"resident {facts['rss_kib'] / 1024:.0f} MiB, socket {daemon_socket()})"
    )
    _say_when_unused()


def _say_when_unused() -> None:
    from newslint.warm.control import cold_reason

    reason = cold_reason()
    if reason:
        click.echo(f"newslint: but `check` runs without it: {reason}")


@daemon.command("stop")
@user_errors
def daemon_stop() -> None:
    """Stop the check daemon of this install; `check` then runs cold again."""
    from newslint.warm.control import stop

    facts = stop()
    click.echo(
        "newslint: no check daemon was running"
        if facts is None
        else f"newslint: check daemon stopped (pid {facts['pid']})"
    )
