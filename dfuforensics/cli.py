"""Command line: arguments -> command module -> exit status.  Thin on purpose.

Exit status (contract): 0 analysed and nothing of severity error/critical; 1 such a finding;
2 usage error or no input could be read.  A traceback is never the interface: unexpected errors
print one line and a hint (``--debug`` shows the traceback).
"""

from __future__ import annotations

import importlib
import sys

from . import __version__
from .commands import COMMANDS
from .errors import DfuForensicsError, UsageError

TYPE_CHECKING = False  # argparse (with re, gettext, shutil) is imported only when a parser is built
if TYPE_CHECKING:
    import argparse
    from typing import Any

DESCRIPTION = """\
Forensic analysis of failed firmware updates and crashes on embedded devices
(nRF5 SDK secure bootloader, MCUboot / nRF Connect SDK, Particle Device OS).

Give it whatever evidence you have -- flash or RAM dumps (bin@0xADDR, hex, elf), a bootloader
settings page, RTT/UART logs, phone app or nrfutil logs, fault prints, the DFU package -- and it
tells you what failed, why, the lines and bytes that prove it, and what to do.
"""

EPILOG = """\
examples:
  dfuforensics analyze flash.bin rtt.log --elf app.elf
  dfuforensics analyze unit42/ --format html --output unit42.html
  dfuforensics settings settings_page.bin --family nrf52840
  dfuforensics timeline rtt.log nrfutil.log --format jsonl

exit status: 0 no error found, 1 an error-severity finding, 2 usage error or nothing readable.
"""


def _parser_class() -> type[argparse.ArgumentParser]:
    import argparse

    class _Parser(argparse.ArgumentParser):
        def error(self, message: str) -> None:  # argparse's own exit code is already 2
            self.print_usage(sys.stderr)
            self.exit(2, f"{self.prog}: error: {message}\n")

    return _Parser


def build_parser(selected: str | None = None) -> argparse.ArgumentParser:
    """The argument parser; only ``selected``'s module is imported (all of them when None)."""
    import argparse

    _Parser = _parser_class()
    parser = _Parser(prog="dfuforensics", description=DESCRIPTION, epilog=EPILOG,
                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--version", action="version", version=f"dfuforensics {__version__}")
    parser.add_argument("--debug", action="store_true", help="show Python tracebacks for internal errors")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for name, summary in COMMANDS.items():
        if selected is not None and name != selected:
            sub.add_parser(name, help=summary)
            continue
        module = importlib.import_module(f"dfuforensics.commands.{name}")
        p = sub.add_parser(name, help=module.HELP, description=getattr(module, "DESCRIPTION", module.HELP),
                           formatter_class=argparse.RawDescriptionHelpFormatter)
        p.add_argument("--debug", action="store_true", default=argparse.SUPPRESS,
                       help="show Python tracebacks for internal errors")
        module.add_arguments(p)
        p.set_defaults(_run=module.run)
    return parser


def _selected_command(argv: list[str]) -> str:
    """The subcommand named on the command line ("" when none): the first word that is one."""
    for word in argv:
        if word in COMMANDS:
            return word
        if not word.startswith("-"):
            break
    return ""


def _quick_args(selected: str, argv: list[str]) -> Any | None:
    """A command module may parse its plainest command lines itself (``quick_args(words)``, None when
    it cannot): argparse's import and set-up cost more than a cached ``symbolize`` does.  Options,
    help and errors always go through argparse."""
    if not selected or argv[0] != selected:
        return None
    module = importlib.import_module(f"dfuforensics.commands.{selected}")
    quick = getattr(module, "quick_args", None)
    args = quick(argv[1:]) if quick is not None else None
    if args is not None:
        args.command, args.debug, args._run = selected, False, module.run
    return args


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    selected = _selected_command(argv)
    args = _quick_args(selected, argv)
    if args is None:
        parser = build_parser(selected)
        args = parser.parse_args(argv)
        if not getattr(args, "command", None):
            parser.print_help()
            return 2
    try:
        return int(args._run(args) or 0)
    except UsageError as exc:
        print(f"dfuforensics {args.command}: {exc}", file=sys.stderr)
        return 2
    except DfuForensicsError as exc:
        print(f"dfuforensics {args.command}: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("dfuforensics: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    except Exception as exc:
        if getattr(args, "debug", False):
            raise
        print(f"dfuforensics {args.command}: internal error: {type(exc).__name__}: {exc}\n"
              "  This is a bug in dfuforensics; run again with --debug for the traceback and report it.",
              file=sys.stderr)
        return 2


if __name__ == "__main__":
    raise SystemExit(main())
