"""Capture from a unit on the bench: read its memory and registers through a probe, write a bundle.

Read-only by construction: the GDB client (``rsp``) only builds the read packets it needs and refuses
anything else; the J-Link backend (``jlink``) only calls pylink's read functions.  ``bundle`` decides
what to read (from the chip's FICR, the user's ``--device``, the server's memory map or defaults) and
writes ``FILE@ADDR`` images, ``registers.txt`` and ``manifest.json`` that ``analyze DIR`` reads.
See docs/capture.md.
"""
