"""`dfuforensics settings FILE`: every field of an nRF5 bootloader settings page."""

from __future__ import annotations

import argparse

HELP = "decode an nRF5 bootloader settings page (or the one inside a flash dump)"


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("file", metavar="FILE", help="settings page or flash dump (bin, hex; FILE@0xADDR)")
    p.add_argument("--family", metavar="CHIP", help="nrf51, nrf52810, nrf52811, nrf52820, nrf52832, nrf52833, nrf52840")
    p.add_argument("--format", choices=("rich", "json"), default="rich")


def run(args: argparse.Namespace) -> int:
    from ..errors import UsageError

    raise UsageError("settings is not available in this build yet")
