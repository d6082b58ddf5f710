"""One module per subcommand: ``HELP``, ``add_arguments(parser)`` and ``run(args) -> exit status``.

Command modules import nothing heavy at module level.  The CLI imports only the module of the
command being run; the one-line summaries below serve `dfuforensics --help` without importing any
(a test keeps them equal to each module's ``HELP``).
"""

COMMANDS: dict[str, str] = {
    "analyze": "analyse one unit's evidence and report what failed, why, and what to do",
    "timeline": "print every event parsed from the evidence, in order (rich, jsonl or csv)",
    "settings": "decode an nRF5 bootloader settings page (or the one inside a flash dump)",
    "symbolize": "symbolize addresses with an ELF (addr2line -a -f -i compatible text, or JSON)",
    "rules": "list, show, lint and test the failure signature rules",
    "batch": "analyse many units (folders or archives) in parallel and summarise the fleet",
    "capture": "capture flash, RAM, registers and logs from a unit through a J-Link or a GDB server",
}
