"""Exceptions that cross room boundaries.  Each one carries a message meant for the user."""


class DfuForensicsError(Exception):
    """Base class: the message is shown to the user as is, never a traceback."""


class UsageError(DfuForensicsError):
    """The command line asks for something impossible (exit status 2)."""


class WrongFormat(DfuForensicsError):
    """Raised by a parser only while sniffing/starting: this input is not of my kind.

    Once a parser has accepted an input, damage is reported as ParseWarning, not raised.
    """
