"""One module per subcommand: ``add_arguments(parser)`` and ``run(args) -> exit status``.

Command modules import nothing heavy at module level: `dfuforensics --help` imports them all.
"""

COMMANDS: tuple[str, ...] = ("analyze", "timeline", "settings", "symbolize", "rules", "batch", "capture")
