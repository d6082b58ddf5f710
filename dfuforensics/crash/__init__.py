"""Crash forensics: Cortex-M fault state decoded, located in RAM, symbolized and unwound."""
