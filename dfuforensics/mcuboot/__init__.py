"""MCUboot / nRF Connect SDK: slot images (header, TLVs, trailer), the swap decision, mcumgr output.

Facts: ../shared/reference/particle-and-mcuboot.md part B.  Nothing heavy is imported here.
"""
