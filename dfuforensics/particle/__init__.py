"""Particle Device OS: module tables (describe / safe-mode events / serial inspect) and their checks.

Facts: ../shared/reference/particle-and-mcuboot.md part A.  Nothing heavy is imported here.
"""
